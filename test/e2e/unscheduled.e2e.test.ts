import { describe, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './support/chromium';
import { expect, inspector, newAppContext, openApp, pageErrors, screenshot } from './support/app';

const tray = (page: Page) => page.getByRole('complementary', { name: 'Unscheduled' });
const bar = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^${title}, `) });

describe('unscheduled initiatives: the tray beside the timeline', () => {
  const browser = useChromium();

  it('drags an idea from the tray onto a lane to give it dates, and unschedules it again', async () => {
    const page = await openApp(await newAppContext(browser(), { locale: 'en-US' }), inject('baseUrl'));
    await tray(page)
      .getByRole('button', { name: /^▾ Unscheduled \(2\)$/ })
      .waitFor();
    const idea = tray(page).getByRole('button', { name: /^Slack notifications/ });
    expect(await bar(page, 'Slack notifications').count()).toBe(0);
    await screenshot(page, 'unscheduled-tray');

    // Dropped on Improve retention's lane: scheduled there from the day under the pointer, two weeks long.
    const laneHeader = (await page
      .getByRole('group', { name: 'Roadmap timeline' })
      .getByText('Improve retention', { exact: true })
      .first()
      .boundingBox())!;
    const timelineBox = (await page.getByRole('group', { name: 'Roadmap timeline' }).boundingBox())!;
    const from = (await idea.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    const to = { x: timelineBox.x + timelineBox.width * 0.75, y: laneHeader.y + 40 };
    await page.mouse.move(to.x - 20, to.y, { steps: 5 });
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    await bar(page, 'Slack notifications').waitFor();
    await expect
      .poll(() =>
        tray(page)
          .getByRole('button', { name: /Unscheduled \(1\)/ })
          .count(),
      )
      .toBe(1);
    await expect
      .poll(() => inspector(page).getByLabel('Goal', { exact: true }).locator('option:checked').textContent())
      .toBe('Improve retention');
    const start = await inspector(page).getByLabel('Start date').inputValue();
    const end = await inspector(page).getByLabel('End date').inputValue();
    expect((Date.parse(end) - Date.parse(start)) / 86_400_000).toBe(13);
    await page
      .getByRole('status')
      .filter({ hasText: /^Scheduled Slack notifications on Improve retention from / })
      .waitFor({ state: 'attached' });

    // One undo puts it back in the tray.
    await page.keyboard.press('Control+z');
    await expect.poll(() => bar(page, 'Slack notifications').count()).toBe(0);
    await tray(page)
      .getByRole('button', { name: /Unscheduled \(2\)/ })
      .waitFor();

    // A scheduled one taken off the timeline from its inspector.
    await bar(page, 'Onboarding checklist').click();
    await inspector(page).getByRole('button', { name: 'Unschedule (no dates yet)' }).click();
    await expect.poll(() => bar(page, 'Onboarding checklist').count()).toBe(0);
    await tray(page)
      .getByRole('button', { name: /^Onboarding checklist/ })
      .waitFor();
    await inspector(page).getByText('Unscheduled: not on the timeline yet.').waitFor();
    await screenshot(page, 'unscheduled-inspector');
    await inspector(page).getByRole('button', { name: 'schedule it from today' }).click();
    await bar(page, 'Onboarding checklist').waitFor();
    expect(pageErrors(page)).toEqual([]);
  });
});

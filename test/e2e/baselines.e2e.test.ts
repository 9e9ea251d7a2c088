import { describe, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './support/chromium';
import {
  boxOf as box,
  checkInKeyResult,
  drag,
  expect,
  inspector,
  newAppContext,
  openApp,
  pageErrors,
  screenshot,
} from './support/app';

const PX_PER_DAY = 4; // month zoom: dragging snaps to Mondays
const view = (page: Page, name: string) => page.getByRole('tablist', { name: 'View' }).getByRole('tab', { name });
const group = (page: Page, goal: string) => page.getByRole('region', { name: `Changes in ${goal}` });
const line = (page: Page, goal: string, title: string) =>
  group(page, goal).getByRole('listitem').filter({ hasText: title });

describe('the quarterly review: a baseline and the changes since', () => {
  const browser = useChromium();

  it('opens on the sample’s review: what changed since its baseline six weeks ago', async () => {
    const context = await newAppContext(browser(), { locale: 'en-US' });
    const page = await openApp(context, inject('baseUrl'));

    await view(page, 'Changes').click();
    // Jan 16 2027 in Auckland: the review of last quarter, taken six weeks before.
    await expect.poll(() => page.getByRole('heading', { name: 'Changes since Q4 review' }).count()).toBe(1);
    // The baseline's plan is rebuilt after the view has painted ("Reading the plan…" until then).
    await expect
      .poll(() => page.locator('.changes-view > p.muted').textContent())
      .toBe(
        'Taken Dec 5, 2026 by Maya Chen. Initiatives: 1 added, 1 rescheduled (1 slipped), 1 re-aligned, 1 changed status. Key results changed: 5.',
      );
    expect(await line(page, 'Improve retention', 'Weekly progress digest').textContent()).toContain('slipped +14 d');
    expect(await line(page, 'Improve retention', 'Review mode for stakeholders').textContent()).toContain(
      'from Grow activation',
    );
    expect(await line(page, 'Grow activation', 'Onboarding checklist').textContent()).toContain(
      'Planned → In progress',
    );
    expect(await line(page, 'Unaligned', 'Customer interviews').textContent()).toContain('new');
    expect(await line(page, 'Win team accounts', 'Paying teams').textContent()).toMatch(/\(\+18 pts\)/);
    await screenshot(page, 'sample-changes');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('takes a baseline, then shows exactly the move, the delete, the addition and the check-in since', async () => {
    const context = await newAppContext(browser(), { locale: 'en-US' });
    const page = await openApp(context, inject('baseUrl'));

    // Without the sample's baseline, the review starts empty.
    await view(page, 'Changes').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Changes since Q4 review' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Delete baseline' }).click();
    await expect.poll(() => page.locator('.changes-empty').textContent()).toContain('No baseline yet');
    // From the toolbar (the Changes view and the View menu open the same dialog).
    await page.getByRole('toolbar', { name: 'Roadmap tools' }).getByRole('button', { name: 'Take baseline' }).click();
    const dialog = page.getByRole('dialog', { name: 'Take baseline' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Q1 review');
    await dialog.getByRole('textbox', { name: 'Name' }).press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: 'Changes since Q1 review' }).count()).toBe(1);
    await expect.poll(() => page.locator('.changes-empty').textContent()).toContain('Nothing changed since Q1 review');

    // On the timeline: drag a bar to another lane and later, delete one, add one, check in a key result.
    await view(page, 'Timeline').click();
    await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Months' }).click();
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    const bar = page.getByRole('button', { name: /^Onboarding checklist/ });
    const start = await box(bar);
    const target = await box(page.getByRole('region', { name: 'Improve retention' }));
    const from = { x: start.x + 30, y: start.y + start.height / 2 };
    await drag(page, from, { x: from.x + 14 * PX_PER_DAY, y: target.y + target.height - 12 });
    await expect.poll(() => bar.getAttribute('aria-label')).toContain('Jan 18');

    await page.getByRole('button', { name: /^Large roadmap performance/ }).click();
    await inspector(page).getByRole('button', { name: 'Delete initiative' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Large roadmap performance/ }).count()).toBe(0);

    await page.getByRole('button', { name: 'New initiative' }).click();
    const title = inspector(page).getByLabel('Initiative title', { exact: true });
    await title.fill('Referral program');
    await title.press('Enter');

    await page
      .getByRole('region', { name: 'Improve retention' })
      .getByRole('button', { name: 'Improve retention', exact: true })
      .click();
    const churn = inspector(page).getByRole('group', { name: /^Monthly churn/ });
    await checkInKeyResult(churn, '3.1', { confidence: 'On track' });

    // The review shows exactly those.
    await view(page, 'Changes').click();
    const moved = line(page, 'Improve retention', 'Onboarding checklist');
    await expect.poll(() => moved.textContent()).toContain('from Grow activation');
    expect(await moved.textContent()).toMatch(/slipped \+17 d/);
    expect(await line(page, 'Scale the platform', 'Large roadmap performance').textContent()).toContain('removed');
    // A new initiative goes to the first lane.
    expect(await line(page, 'Grow activation', 'Referral program').textContent()).toContain('new');
    expect(await line(page, 'Improve retention', 'Monthly churn').textContent()).toMatch(/% → .*% \(\+\d+ pts\)/);
    const initiativeLines = page.locator('.change-group .change-list[aria-label^="Initiatives"] li');
    expect(await initiativeLines.count()).toBe(3);
    await screenshot(page, 'changes-since-baseline');

    // A change leads back to the item on the timeline.
    await moved.getByRole('button', { name: 'Onboarding checklist' }).click();
    await expect.poll(() => view(page, 'Timeline').getAttribute('aria-selected')).toBe('true');
    await expect
      .poll(() => inspector(page).getByLabel('Initiative title', { exact: true }).inputValue())
      .toBe('Onboarding checklist');

    // Renaming it keeps what it recorded.
    await view(page, 'Changes').click();
    await page.getByRole('button', { name: 'Rename baseline' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename baseline' });
    await rename.getByRole('textbox', { name: 'Name' }).fill('Q1 kick-off');
    await rename.getByRole('textbox', { name: 'Name' }).press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: 'Changes since Q1 kick-off' }).count()).toBe(1);
    expect(await initiativeLines.count()).toBe(3);

    // Deleting the baseline is one undo step.
    await view(page, 'Changes').click();
    await page.getByRole('button', { name: 'Delete baseline' }).click();
    await expect.poll(() => page.locator('.changes-empty').textContent()).toContain('No baseline yet');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Changes since Q1 kick-off' }).count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

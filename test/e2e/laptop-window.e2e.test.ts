import { describe, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useChromium } from './support/chromium';
import {
  consoleErrors,
  expect,
  inspector,
  newAppContext,
  openApp,
  pageErrors,
  reloadWhenSaved,
  screenshot,
} from './support/app';

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not visible');
  return found;
}

const timeline = (page: Page) => page.getByRole('group', { name: 'Roadmap timeline' });
/** The share of the window's width the timeline has. */
const timelineShare = async (page: Page) => (await box(timeline(page))).width / page.viewportSize()!.width;
/** The part of the timeline's width the inspector leaves uncovered, as a share of the window. */
async function uncoveredShare(page: Page) {
  const canvas = await box(timeline(page));
  const panel = (await inspector(page).count()) > 0 ? await box(inspector(page)) : null;
  const right = panel ? Math.min(canvas.x + canvas.width, panel.x) : canvas.x + canvas.width;
  return (right - canvas.x) / page.viewportSize()!.width;
}
const bar = (page: Page) => page.getByRole('button', { name: /^Onboarding checklist/ });

describe('a laptop window', () => {
  const browser = useChromium();

  it('at 1024×700 keeps most of the width for the timeline; the panels fold away and stay folded', async () => {
    const context = await newAppContext(browser(), { viewport: { width: 1024, height: 700 } });
    const page = await openApp(context, inject('baseUrl'));
    await bar(page).waitFor();
    // The inspector would leave the timeline too little beside it: it opens over the canvas, for a selection.
    expect(await timelineShare(page)).toBeGreaterThanOrEqual(0.6);
    expect(await inspector(page).count()).toBe(0);
    await screenshot(page, 'laptop-1024x700');
    await bar(page).click();
    await expect
      .poll(() => inspector(page).getByRole('textbox', { name: 'Initiative title' }).inputValue())
      .toBe('Onboarding checklist');
    expect(await timelineShare(page)).toBeGreaterThanOrEqual(0.6);
    await screenshot(page, 'laptop-1024x700-inspector-over');
    // An item where the panel opens is brought into view beside it (clicked while the panel is closed).
    await inspector(page).getByRole('button', { name: 'Close inspector' }).click();
    await expect.poll(() => inspector(page).count()).toBe(0);
    const milestone = page.getByRole('button', { name: /^Annual planning, milestone/ });
    const rail = await box(page.getByRole('button', { name: 'Show inspector' }));
    expect((await box(milestone)).x).toBeGreaterThan(rail.x - 340);
    await milestone.click();
    await expect.poll(() => inspector(page).getByRole('textbox', { name: 'Milestone title' }).count()).toBe(1);
    const panelLeft = async () => (await box(inspector(page))).x;
    await expect.poll(async () => (await box(milestone)).x + 16 < (await panelLeft())).toBe(true);
    // Close closes it (as a click on empty canvas does); the strip at the edge opens the roadmap’s settings.
    await inspector(page).getByRole('button', { name: 'Close inspector' }).click();
    await expect.poll(() => inspector(page).count()).toBe(0);
    await page.getByRole('button', { name: 'Show inspector' }).click();
    await expect.poll(() => inspector(page).getByRole('form', { name: 'Roadmap' }).count()).toBe(1);
    await inspector(page).getByRole('button', { name: 'Close inspector' }).click();

    // The roadmap list folded away: now the inspector fits beside the canvas, and the timeline keeps 60%.
    await page.getByRole('button', { name: 'Hide roadmap list' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Show roadmap list' }).count()).toBe(1);
    await bar(page).click();
    await inspector(page).waitFor();
    expect(await uncoveredShare(page)).toBeGreaterThanOrEqual(0.6);
    expect(await timelineShare(page)).toBeGreaterThanOrEqual(0.6);
    await screenshot(page, 'laptop-1024x700-list-folded');

    // The inspector folded away too: the timeline has nearly all the window, and both stay so after a reload.
    await inspector(page).getByRole('button', { name: 'Hide inspector' }).click();
    await expect.poll(() => inspector(page).count()).toBe(0);
    expect(await timelineShare(page)).toBeGreaterThan(0.9);
    await reloadWhenSaved(page);
    await bar(page).waitFor();
    expect(await page.getByRole('button', { name: 'Show roadmap list' }).count()).toBe(1);
    expect(await inspector(page).count()).toBe(0);
    expect(await timelineShare(page)).toBeGreaterThan(0.9);
    // A new item opens the inspector, for its title.
    await page.getByRole('button', { name: 'New goal', exact: true }).click();
    const goalTitle = inspector(page).getByRole('textbox', { name: 'Goal title', exact: true });
    await expect.poll(() => goalTitle.evaluate((element) => element === document.activeElement)).toBe(true);
    // And the list comes back.
    await page.getByRole('button', { name: 'Show roadmap list' }).click();
    await page.getByRole('navigation', { name: 'Roadmaps' }).getByRole('button', { name: 'New roadmap' }).waitFor();
    expect(pageErrors(page)).toEqual([]);
    expect(consoleErrors(page)).toEqual([]);
    await context.close();
  });

  it('at 1440×900 shows the roadmap list, the timeline and the inspector side by side', async () => {
    const context = await newAppContext(browser(), { viewport: { width: 1440, height: 900 } });
    const page = await openApp(context, inject('baseUrl'));
    await bar(page).click();
    await inspector(page).waitFor();
    expect(await uncoveredShare(page)).toBeGreaterThanOrEqual(0.6);
    const canvas = await box(timeline(page));
    expect((await box(inspector(page))).x).toBeGreaterThanOrEqual(canvas.x + canvas.width - 1);
    await screenshot(page, 'laptop-1440x900');
    await context.close();
  });
});

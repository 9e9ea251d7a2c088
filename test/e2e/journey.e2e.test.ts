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
  waitUntilSaved,
  checkInKeyResult,
  currentValueOf,
} from './support/app';

async function enter(field: Locator, text: string) {
  await field.fill(text);
  await field.press('Enter');
}

/** The accessible names of a region's form controls, from its accessibility tree. */
async function controlNames(region: Locator): Promise<string[]> {
  const tree = await region.ariaSnapshot();
  return [...tree.matchAll(/- (?:textbox|combobox|checkbox|searchbox|spinbutton) "([^"]+)"/g)].map(
    (match) => match[1]!,
  );
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not visible');
  return found;
}

/** A pointer drag in steps, so the canvas sees a gesture. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 8; step++)
    await page.mouse.move(from.x + ((to.x - from.x) * step) / 8, from.y + ((to.y - from.y) * step) / 8);
  await page.mouse.up();
}

describe('a whole journey, by role and accessible name only', () => {
  const browser = useChromium();

  it('creates a goal, a key result and an initiative on that goal, drags, undoes and reloads', async () => {
    const context = await newAppContext(browser(), { locale: 'en-US' });
    const page = await openApp(context, inject('baseUrl'));
    const panel = inspector(page);

    await page.getByRole('button', { name: 'New roadmap', exact: true }).click();
    const roadmapTitle = page.getByRole('textbox', { name: 'Roadmap title', exact: true });
    await expect.poll(() => roadmapTitle.inputValue()).toBe('Untitled roadmap');
    await enter(roadmapTitle, 'Launch plan');

    // A goal, its title ready to type.
    await page.getByRole('button', { name: 'New goal', exact: true }).click();
    const goalTitle = panel.getByRole('textbox', { name: 'Goal title', exact: true });
    await expect.poll(() => goalTitle.evaluate((element) => element === document.activeElement)).toBe(true);
    await enter(goalTitle, 'Grow activation');
    await enter(panel.getByRole('textbox', { name: 'Goal owner', exact: true }), 'Maya Chen');
    const lane = page.getByRole('region', { name: 'Grow activation', exact: true });
    await lane.waitFor();

    // A key result, found by its own group.
    await panel.getByRole('button', { name: 'Add key result', exact: true }).click();
    const keyResultTitle = panel.getByRole('textbox', { name: 'Key result title', exact: true });
    await expect.poll(() => keyResultTitle.evaluate((element) => element === document.activeElement)).toBe(true);
    await enter(keyResultTitle, 'Activated accounts');
    const keyResult = panel.getByRole('group', { name: /^Activated accounts/ });
    await enter(keyResult.getByRole('textbox', { name: 'Baseline', exact: true }), '30');
    await enter(keyResult.getByRole('textbox', { name: 'Target', exact: true }), '50000');
    await checkInKeyResult(keyResult, '12500');
    await expect.poll(() => lane.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('25');
    // Each control of the goal's form has a name of its own.
    const goalNames = await controlNames(panel);
    expect(goalNames).toContain('Goal title');
    expect(new Set(goalNames).size).toBe(goalNames.length);

    // An initiative on that goal (the goal is selected, so it goes on its lane).
    await page.getByRole('button', { name: 'New initiative', exact: true }).click();
    const initiativeTitle = panel.getByRole('textbox', { name: 'Initiative title', exact: true });
    await expect.poll(() => initiativeTitle.evaluate((element) => element === document.activeElement)).toBe(true);
    await enter(initiativeTitle, 'Onboarding checklist');
    await enter(panel.getByRole('textbox', { name: 'Start date', exact: true }), '2027-02-01');
    await enter(panel.getByRole('textbox', { name: 'End date', exact: true }), '2027-03-31');
    const goalChoice = panel.getByRole('combobox', { name: 'Goal', exact: true });
    expect(await goalChoice.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]!.text)).toBe(
      'Grow activation',
    );
    const initiativeNames = await controlNames(panel);
    expect(new Set(initiativeNames).size).toBe(initiativeNames.length);
    // The header's title and the inspector's are told apart; so is the view bar's color choice.
    expect(await page.getByRole('textbox', { name: 'Roadmap title', exact: true }).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Color bars by', exact: true }).count()).toBe(1);

    const bar = lane.getByRole('button', { name: /^Onboarding checklist/ });
    const placed = 'Onboarding checklist, Feb 1 – Mar 31, 2027, Planned';
    await expect.poll(() => bar.getAttribute('aria-label')).toBe(placed);

    // Drag it four weeks later at month zoom (4 px a day; it snaps to weeks).
    await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Months', exact: true }).click();
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    const start = await box(bar);
    const from = { x: start.x + start.width / 2, y: start.y + start.height / 2 };
    await drag(page, from, { x: from.x + 28 * 4, y: from.y });
    await expect.poll(() => bar.getAttribute('aria-label')).toBe('Onboarding checklist, Mar 1 – Apr 28, 2027, Planned');

    // Undo puts it back, in one step (the keys: the canvas swallows a click in the instant after a drop).
    await page.keyboard.press('Control+z');
    await expect.poll(() => bar.getAttribute('aria-label')).toBe(placed);
    expect(await page.getByRole('button', { name: 'Redo', exact: true }).isEnabled()).toBe(true);
    await waitUntilSaved(page);

    // Reload: all of it is still there.
    await reloadWhenSaved(page);
    await page.getByRole('toolbar', { name: 'Roadmap tools' }).waitFor();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Roadmap title', exact: true }).inputValue())
      .toBe('Launch plan');
    const reloadedLane = page.getByRole('region', { name: 'Grow activation', exact: true });
    await expect
      .poll(() => reloadedLane.getByRole('button', { name: /^Onboarding checklist/ }).getAttribute('aria-label'))
      .toBe(placed);
    await reloadedLane.getByRole('button', { name: 'Grow activation', exact: true }).click();
    const reloaded = inspector(page).getByRole('group', { name: /^Activated accounts/ });
    await expect.poll(() => reloaded.getByRole('textbox', { name: 'Target', exact: true }).inputValue()).toBe('50,000');
    expect(await currentValueOf(reloaded)).toBe('12,500');
    expect(await inspector(page).getByRole('textbox', { name: 'Goal owner', exact: true }).inputValue()).toBe(
      'Maya Chen',
    );

    expect(pageErrors(page)).toEqual([]);
    expect(consoleErrors(page)).toEqual([]);
    await context.close();
  });
});

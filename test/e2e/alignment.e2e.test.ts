import { describe, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './support/chromium';
import {
  checkInKeyResult,
  consoleErrors,
  currentValueOf,
  expect,
  inspector,
  newAppContext,
  openApp,
  pageErrors,
  screenshot,
} from './support/app';

/** Selects a goal by its lane header; its inspector lists its key results. */
async function openGoal(page: Page, title: string) {
  await page.getByRole('region', { name: title }).getByRole('button', { name: title, exact: true }).click();
  await expect.poll(() => inspector(page).getByLabel('Goal title').inputValue()).toBe(title);
}

const laneStatus = (page: Page, title: string) =>
  page.getByRole('region', { name: title }).locator('.lane-meta .goal-status').textContent();

const flagList = (page: Page, title: string) =>
  page.getByRole('region', { name: 'Alignment' }).getByRole('region', { name: title, exact: true });

describe('goal alignment: check-ins, pace, health and the alignment view', () => {
  const browser = useChromium();

  it('checks in a key result, and the chart, the health, the pace and the alignment view follow', async () => {
    const context = await newAppContext(browser(), { locale: 'en-US' });
    const page = await openApp(context, inject('baseUrl'));

    // A bar says which key results it serves: on hover (its tooltip), and under it while it has the focus.
    const digest = page.getByRole('button', { name: /^Weekly progress digest/ });
    expect(await digest.getAttribute('title')).toContain('Serves: Monthly churn');
    await digest.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await digest.evaluate((bar) => getComputedStyle(bar, '::after').content)).toBe('"Serves: Monthly churn"');

    // The sample's churn is behind pace, so its goal is at risk, from its check-ins.
    expect(await laneStatus(page, 'Improve retention')).toBe('At risk');
    expect(await page.getByRole('region', { name: 'Improve retention' }).locator('.lane-mark.behind').count()).toBe(1);
    await openGoal(page, 'Improve retention');
    const churn = inspector(page).getByRole('group', { name: /^Monthly churn/ });
    await expect.poll(() => churn.locator('.flag-chip.behind').count()).toBe(1);
    const points = () => churn.locator('.kr-chart-point').count();
    const before = await points();

    // Check in: a few keystrokes, Enter saves.
    await checkInKeyResult(churn, '3.1', { confidence: 'On track', note: 'Digest shipped' });
    await expect.poll(() => currentValueOf(churn)).toBe('3.1%');
    expect(await points()).toBe(before + 1);
    await expect.poll(() => churn.locator('.flag-chip.behind').count()).toBe(0);
    await expect.poll(() => laneStatus(page, 'Improve retention')).toBe('On track');
    await churn.getByText(/^Check-ins \(/).click();
    const history = churn.getByRole('list', { name: 'Check-ins of Monthly churn' });
    expect(await history.getByRole('listitem').first().textContent()).toContain('Digest shipped');
    await screenshot(page, 'alignment-check-in');

    // A value that is not a number is refused in the field, and nothing is checked in.
    await checkInKeyResult(churn, 'soon');
    await expect.poll(() => churn.getByRole('alert').textContent()).toBe('Enter the value as a number');
    await churn.getByRole('button', { name: 'Cancel' }).click();
    // Nor is a check-in dated in the future, or a weight below 0.
    await churn.getByRole('button', { name: /^Check in / }).click();
    const form = churn.getByRole('group', { name: 'Save check-in' });
    await form.getByRole('textbox', { name: /^Value/ }).fill('3');
    await form.getByLabel('Date').fill('2027-12-01');
    await form.getByRole('textbox', { name: /^Value/ }).press('Enter');
    await expect.poll(() => churn.getByRole('alert').textContent()).toBe('A check-in cannot be dated in the future');
    await form.getByRole('button', { name: 'Cancel' }).click();
    const weight = churn.getByRole('textbox', { name: 'Key result weight' });
    await weight.fill('-1');
    await weight.press('Enter');
    await expect.poll(() => churn.getByRole('alert').textContent()).toBe('A weight is 0 or more');
    await weight.press('Escape');
    expect(await points()).toBe(before + 1);

    // The alignment view: churn is no longer behind pace; the stale key result and the unaligned work are flagged.
    await page.getByRole('tab', { name: 'Alignment' }).click();
    const view = page.getByRole('region', { name: 'Alignment' });
    await view.getByRole('table').waitFor();
    await expect.poll(() => flagList(page, 'Behind pace').locator('.flag-count').textContent()).toBe('0');
    expect(await flagList(page, 'Stale key results').textContent()).toContain('Time to first roadmap');
    expect(await flagList(page, 'Goals with no work').textContent()).toContain('Win team accounts');
    const retentionRow = view.getByRole('row', { name: /Improve retention/ });
    expect(await retentionRow.textContent()).toContain('On track');
    await screenshot(page, 'alignment-view');

    // Undo the check-in (one step): behind pace again, in the view and on the lane.
    await page.keyboard.press('Control+z');
    await expect.poll(() => flagList(page, 'Behind pace').textContent()).toContain('Monthly churn');
    expect(await retentionRow.textContent()).toContain('At risk');

    // A flag lands on what it names: the unaligned initiative, selected on the timeline.
    await flagList(page, 'On no goal').getByRole('button', { name: 'Customer interviews' }).click();
    const bar = page.getByRole('button', { name: /^Customer interviews/ });
    await expect.poll(() => bar.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).toBe('true');
    const box = await bar.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box && box.x >= 0 && box.x < viewport.width && box.y >= 0 && box.y < viewport.height).toBe(true);
    await expect.poll(() => inspector(page).getByLabel('Initiative title').inputValue()).toBe('Customer interviews');

    // And a stale key result's flag opens its goal.
    await page.getByRole('tab', { name: 'Alignment' }).click();
    await flagList(page, 'Stale key results').getByRole('button', { name: 'Time to first roadmap' }).click();
    await expect.poll(() => inspector(page).getByLabel('Goal title').inputValue()).toBe('Grow activation');

    // The canvas filter "serves key result…" shows only the work on one key result.
    await page.getByLabel('Filter by serves key result').selectOption({ label: 'Improve retention: Monthly churn' });
    await expect.poll(() => page.locator('.bar').count()).toBe(2);
    expect(pageErrors(page)).toEqual([]);
    expect(consoleErrors(page)).toEqual([]);
    await context.close();
  });

  it('shows the vision above the canvas, folds it, and edits it in the roadmap inspector', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    const vision = page.getByRole('region', { name: 'Vision' });
    expect(await vision.textContent()).toContain('Every product team plans in Waymark');
    await vision.getByRole('button', { name: 'Vision' }).click();
    expect(await vision.getByRole('button', { name: 'Vision' }).getAttribute('aria-expanded')).toBe('false');
    // With nothing selected the inspector shows the roadmap's settings.
    const field = inspector(page).getByLabel('Vision', { exact: true });
    await field.fill('Plans people trust.');
    await field.press('Control+Enter');
    await expect.poll(() => vision.locator('p').textContent()).toBe('Plans people trust.');
    await context.close();
  });
});

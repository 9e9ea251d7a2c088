import { describe, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './support/chromium';
import { boxOf as box, drag, expect, inspector, newAppContext, openApp, pageErrors, screenshot } from './support/app';
import { makeReviewChanges } from './support/review';

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
    await makeReviewChanges(page);
    const bar = page.getByRole('button', { name: /^Onboarding checklist/ });

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

    // The timeline now compares with the baseline: a ghost where the moved bar was, marks beside the moved
    // and the new bar, the removed one named above the canvas.
    const compareBar = page.getByRole('region', { name: 'Comparison' });
    expect(await compareBar.textContent()).toContain('Removed: Large roadmap performance');
    await expect.poll(() => page.locator('.bar-was').count()).toBe(1);
    const ghost = await box(page.locator('.bar-was'));
    const now = await box(bar);
    expect(now.x - ghost.x).toBeCloseTo(14 * PX_PER_DAY + 3 * PX_PER_DAY, -1); // 17 days later
    expect(ghost.y).toBeCloseTo(now.y, 0); // in its bar's row
    const mark = (id: string) => page.locator(`.bar-mark[data-mark-for="${id}"]`);
    const markOf = async (name: RegExp) =>
      mark((await page.getByRole('button', { name }).getAttribute('data-initiative-id'))!);
    expect(await (await markOf(/^Onboarding checklist/)).textContent()).toBe('+17 d · from Grow activation');
    expect(await (await markOf(/^Referral program/)).textContent()).toBe('new');
    expect(await page.locator('.bar-mark').count()).toBe(2);
    // The README's picture: the canvas without the inspector, the moved bar's mark in full.
    await page.getByRole('button', { name: 'Hide inspector' }).click();
    await screenshot(page, 'timeline-compared-with-baseline');
    await page.getByRole('button', { name: 'Show inspector' }).click();

    // "Only what changed" leaves the two changed bars on the canvas.
    await compareBar.getByRole('checkbox', { name: 'Only what changed' }).check();
    await expect.poll(() => page.locator('.bar').count()).toBe(2);
    await compareBar.getByRole('button', { name: 'Stop comparing' }).click();
    await expect.poll(() => page.locator('.bar-was').count()).toBe(0);
    expect(await page.locator('.bar').count()).toBeGreaterThan(2);
    await page.getByRole('group', { name: 'View options' }).getByRole('button', { name: 'Compare' }).click();
    await expect.poll(() => page.locator('.bar-mark').count()).toBe(2);

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

  it('compares a duplicate (a scenario) with the roadmap it was duplicated from', async () => {
    const context = await newAppContext(browser(), { locale: 'en-US' });
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('button', { name: /^Onboarding checklist/ }).waitFor();
    await page.getByRole('button', { name: 'Duplicate as a new roadmap' }).click();
    const title = page.getByLabel('Roadmap title');
    await expect.poll(() => title.inputValue()).toBe('Sample: product plan (copy)');
    await title.fill('Scenario B');
    await title.press('Enter');

    // In the scenario, the checklist moves two weeks later.
    await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Months' }).click();
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    const bar = page.getByRole('button', { name: /^Onboarding checklist/ });
    const start = await box(bar);
    const from = { x: start.x + 30, y: start.y + start.height / 2 };
    await drag(page, from, { x: from.x + 14 * PX_PER_DAY, y: from.y });
    await expect.poll(() => bar.getAttribute('aria-label')).toContain('Jan 18');

    // The timeline compares it with its original at once (it has no baseline of its own).
    await page.getByRole('group', { name: 'View options' }).getByRole('button', { name: 'Compare' }).click();
    const compareBar = page.getByRole('region', { name: 'Comparison' });
    await expect
      .poll(() => compareBar.getByRole('combobox', { name: 'Compared with' }).inputValue())
      .toMatch(/^roadmap:/);
    await expect.poll(() => page.locator('.bar-was').count()).toBe(1);
    const id = await bar.getAttribute('data-initiative-id');
    expect(await page.locator(`.bar-mark[data-mark-for="${id}"]`).textContent()).toBe('+17 d');

    // The review lists that one change, from the original.
    await view(page, 'Changes').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Changes from Sample: product plan' }).count()).toBe(1);
    const moved = line(page, 'Grow activation', 'Onboarding checklist');
    expect(await moved.textContent()).toMatch(/slipped \+17 d/);
    expect(await page.locator('.change-group .change-list[aria-label^="Initiatives"] li').count()).toBe(1);
    await screenshot(page, 'changes-from-original');

    // An edit to the original shows once it is read again.
    await page.getByRole('navigation').getByRole('button', { name: 'Sample: product plan', exact: true }).click();
    await expect.poll(() => title.inputValue()).toBe('Sample: product plan');
    await page.getByRole('button', { name: /^Customer interviews/ }).click();
    await inspector(page).getByRole('button', { name: 'Delete initiative' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Scenario B', exact: true }).click();
    await expect.poll(() => title.inputValue()).toBe('Scenario B');
    await view(page, 'Changes').click();
    await page
      .getByRole('combobox', { name: 'Compared with' })
      .selectOption({ label: 'Sample: product plan (the original)' });
    await page.getByRole('button', { name: 'Read again' }).click();
    await expect.poll(() => page.locator('.change-group .change-list[aria-label^="Initiatives"] li').count()).toBe(2);
    expect(await line(page, 'Unaligned', 'Customer interviews').textContent()).toContain('new');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

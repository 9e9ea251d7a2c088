import { describe, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './support/chromium';
import { consoleErrors, expect, inspector, newAppContext, openApp, pageErrors, screenshot } from './support/app';

const grid = (page: Page) => page.getByRole('grid', { name: 'Initiatives and milestones' });
/** The row of an item, by its title. */
const row = (page: Page, title: string) =>
  grid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
/** A cell of an item's row, by the column's place (1 is the title). */
const cell = (page: Page, title: string, column: number) => row(page, title).locator(`[aria-colindex="${column}"]`);
const COLUMN = { title: 1, goal: 2, status: 4, owner: 5, start: 8, end: 9 } as const;
/** The titles of the item rows and the labels of the group rows, top to bottom. */
const rowLabels = (page: Page) =>
  grid(page)
    .locator('[role="rowgroup"]:last-child [role="row"]')
    .evaluateAll((rows) =>
      rows
        .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
        .map((element) =>
          element.classList.contains('table-group')
            ? `# ${element.querySelector('.table-group-label')!.textContent}`
            : element.querySelector('[role="rowheader"]')!.textContent,
        ),
    );
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('the table view', () => {
  const browser = useChromium();

  it('shows the sample as a grid; sorts, groups, edits cells with the keyboard, changes several rows, copies', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));

    // From the view bar's tab, and with Ctrl+Shift+2 from the timeline.
    await page.getByRole('tab', { name: 'Table' }).click();
    await grid(page).waitFor();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await grid(page).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Shift+Digit2');
    await grid(page).waitFor();
    await expect.poll(() => page.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected')).toBe('true');

    // A grid with column headers and the titles as row headers, grouped by goal.
    // The heading row, 4 goal groups (Unaligned among them), 8 initiatives, 2 unscheduled ideas, 3 milestones.
    expect(await grid(page).getAttribute('aria-rowcount')).toBe('18');
    const headers = await grid(page).getByRole('columnheader').allTextContents();
    expect(headers).toEqual([
      'Title',
      'Goal',
      'Key results',
      'Status',
      'Owner',
      'Team',
      'Tags',
      'Start',
      'End',
      'Duration (days)',
      'Progress (%)',
      'Depends on',
      'Conflicts',
    ]);
    expect((await rowLabels(page)).slice(0, 5)).toEqual([
      '# Grow activation',
      'Onboarding checklist',
      'Roadmap templates gallery',
      'In-app guided tour',
      'Beta launch',
    ]);
    await screenshot(page, 'table-grouped-by-goal');

    // Sorting by a column sorts within each group; a second click sorts the other way.
    const titleHeader = grid(page).getByRole('columnheader', { name: 'Title' });
    await titleHeader.click();
    expect(await titleHeader.getAttribute('aria-sort')).toBe('ascending');
    expect((await rowLabels(page)).slice(0, 5)).toEqual([
      '# Grow activation',
      'Beta launch',
      'In-app guided tour',
      'Onboarding checklist',
      'Roadmap templates gallery',
    ]);
    await titleHeader.click();
    expect(await titleHeader.getAttribute('aria-sort')).toBe('descending');
    expect((await rowLabels(page))[1]).toBe('Roadmap templates gallery');

    // Grouped by status instead.
    await page.getByLabel('Group by').selectOption('status');
    await expect
      .poll(async () => (await rowLabels(page)).filter((label) => label?.startsWith('# ')))
      .toEqual(['# Proposed', '# Planned', '# In progress', '# Milestones']);
    await screenshot(page, 'table-by-status-sorted');
    await page.getByLabel('Group by').selectOption('goal');
    await titleHeader.click(); // unsorted again: the timeline's order
    expect(await titleHeader.getAttribute('aria-sort')).toBe('none');

    // Keyboard: click a cell, arrows move, Enter edits, typing replaces, Enter commits.
    await cell(page, 'Onboarding checklist', COLUMN.title).click();
    await expect.poll(() => inspector(page).getByLabel('Initiative title').inputValue()).toBe('Onboarding checklist');
    for (let step = 1; step < COLUMN.end; step++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const endBefore = (await cell(page, 'Onboarding checklist', COLUMN.end).textContent())!;
    expect(await focusedText(page)).toBe(endBefore);
    await page.keyboard.press('Enter');
    const editor = grid(page).getByRole('textbox', { name: 'End' });
    await expect.poll(() => editor.inputValue()).toBe(endBefore);
    await editor.fill('2027-12-31');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'Onboarding checklist', COLUMN.end).textContent()).toBe('2027-12-31');
    expect(await focusedText(page)).toBe('2027-12-31');

    // Escape cancels an edit.
    await page.keyboard.press('Enter');
    await editor.fill('2028-01-31');
    await page.keyboard.press('Escape');
    await expect.poll(() => cell(page, 'Onboarding checklist', COLUMN.end).textContent()).toBe('2027-12-31');

    // An invalid date is refused with the inspector's message, and not written.
    await page.keyboard.press('ArrowLeft');
    const startBefore = (await cell(page, 'Onboarding checklist', COLUMN.start).textContent())!;
    await page.keyboard.type('2027-02-30'); // typing on a cell starts editing it
    await page.keyboard.press('Enter');
    const message = grid(page).getByRole('alert');
    await expect.poll(() => message.textContent()).toBe('Use a real date like 2027-01-31');
    expect(await grid(page).getByRole('textbox', { name: 'Start' }).getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'table-invalid-date');
    expect(await inspector(page).getByLabel('Start date').inputValue()).toBe(startBefore);
    await page.keyboard.press('Escape');
    await expect.poll(() => message.count()).toBe(0);

    // Tab commits and goes on to the next cell.
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await grid(page).getByRole('textbox', { name: 'Title' }).fill('Onboarding checklist v2');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedText(page)).toBe('Grow activation');
    await expect
      .poll(() => inspector(page).getByLabel('Initiative title').inputValue())
      .toBe('Onboarding checklist v2');

    // The timeline shows the edit.
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: /^Onboarding checklist v2,/ }).getAttribute('aria-label'))
      .toContain('Dec 31, 2027');
    await page.getByRole('tab', { name: 'Table' }).click();
    await grid(page).waitFor();

    // Several rows selected (click, Ctrl-click, Shift-click): a status edit applies to all, one undo step.
    await cell(page, 'Weekly progress digest', COLUMN.owner).click();
    await cell(page, 'Review mode for stakeholders', COLUMN.owner).click({ modifiers: ['Control'] });
    await cell(page, 'Sync engine hardening', COLUMN.owner).click({ modifiers: ['Control'] });
    await expect.poll(() => inspector(page).getByRole('heading').first().textContent()).toBe('3 initiatives selected');
    expect(await grid(page).locator('[role="row"][aria-selected="true"]').count()).toBe(3);
    await page.keyboard.press('ArrowLeft'); // to the Status column, the selection kept
    await page.keyboard.press('Enter');
    const status = grid(page).getByRole('combobox', { name: 'Status of all 3 selected' });
    await status.selectOption('done');
    for (const title of ['Weekly progress digest', 'Review mode for stakeholders', 'Sync engine hardening']) {
      await expect.poll(() => cell(page, title, COLUMN.status).textContent()).toBe('Done');
    }
    await screenshot(page, 'table-several-selected');
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(page, 'Weekly progress digest', COLUMN.status).textContent()).toBe('Planned');
    expect(await cell(page, 'Review mode for stakeholders', COLUMN.status).textContent()).toBe('Proposed');
    expect(await cell(page, 'Sync engine hardening', COLUMN.status).textContent()).toBe('In progress');

    // Shift-click selects the range in the table's order; Ctrl/Cmd+C copies it as tab-separated text.
    await cell(page, 'Weekly progress digest', COLUMN.title).click();
    await cell(page, 'Sync engine hardening', COLUMN.title).click({ modifiers: ['Shift'] });
    // The unscheduled idea of Improve retention sits between them.
    await expect.poll(() => inspector(page).getByRole('heading').first().textContent()).toBe('4 initiatives selected');
    await page.evaluate(() => {
      document.addEventListener('copy', (event) => {
        (window as unknown as { copied: string }).copied = event.clipboardData!.getData('text/plain');
      });
    });
    await page.keyboard.press('Control+c');
    const copied = await page.evaluate(() => (window as unknown as { copied?: string }).copied ?? '');
    const lines = copied.trimEnd().split('\n');
    expect(lines[0]).toBe(headers.join('\t'));
    expect(lines.slice(1).map((line) => line.split('\t').slice(0, 4))).toEqual([
      ['Weekly progress digest', 'Improve retention', 'Monthly churn', 'Planned'],
      ['Review mode for stakeholders', 'Improve retention', 'Monthly churn', 'Proposed'],
      ['Slack notifications', 'Improve retention', '', 'Proposed'],
      ['Sync engine hardening', 'Scale the platform', 'p95 sync latency', 'In progress'],
    ]);

    expect(pageErrors(page)).toEqual([]);
    expect(consoleErrors(page)).toEqual([]);
    await context.close();
  });

  it('shows, hides, moves and resizes columns, remembered on this device', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('tab', { name: 'Table' }).click();
    await grid(page).waitFor();
    const headers = () => grid(page).getByRole('columnheader').allTextContents();
    await page.getByRole('button', { name: 'Columns' }).click();
    const menu = page.getByRole('group', { name: 'Columns' });
    await menu.getByRole('checkbox', { name: 'Key results' }).uncheck();
    await menu.getByRole('button', { name: 'Move Owner left' }).click();
    expect((await headers()).slice(0, 4)).toEqual(['Title', 'Goal', 'Owner', 'Status']);
    await screenshot(page, 'table-columns-menu');
    await page.keyboard.press('Escape');

    // Dragging a heading's right edge resizes its column.
    const title = grid(page).getByRole('columnheader', { name: 'Title' });
    const before = (await title.boundingBox())!;
    await title.locator('.table-resizer').hover();
    await page.mouse.down();
    await page.mouse.move(before.x + before.width + 40, before.y + before.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => (await title.boundingBox())!.width).toBeGreaterThan(before.width + 30);
    const resized = (await title.boundingBox())!.width;

    await page.reload();
    await grid(page).waitFor();
    expect((await headers()).slice(0, 4)).toEqual(['Title', 'Goal', 'Owner', 'Status']);
    expect((await title.boundingBox())!.width).toBe(resized);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

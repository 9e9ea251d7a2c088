import { describe, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CURRENT_SCHEMA_VERSION, metaOf, STATUS_COLORS } from '../../shared';
import { useChromium } from './support/chromium';
import {
  boxOf as box,
  drag,
  expect,
  inspector,
  newAppContext,
  openApp,
  pageErrors,
  screenshot,
  reloadWhenSaved,
} from './support/app';
import { changeStoredRoadmap, storedInitiative } from './support/stored-roadmap';

const board = (page: Page) => page.getByRole('region', { name: 'Now, Next, Later' });
const cell = (page: Page, name: string) => board(page).getByRole('group', { name, exact: true });
const card = (page: Page, title: string) => board(page).getByRole('button', { name: title, exact: true });
/** What dnd-kit's live region said last. */
const announced = (page: Page) => page.locator('[id^="DndLiveRegion"]').textContent();

/** Waits until the card lifted by the keyboard has glided into a cell (dnd-kit animates keyboard moves). */
async function liftedCardIn(page: Page, name: string) {
  await expect
    .poll(async () => {
      const [lifted, reached] = [await box(board(page).locator('.board-card.dragged')), await box(cell(page, name))];
      return Math.abs(lifted.x - reached.x - 8) < 3 && Math.abs(lifted.y - reached.y - 8) < 3;
    })
    .toBe(true);
}

// The clock is fixed at Jan 16 2027 (Auckland): Now is Q1 2027, Next Q2, Later from July.
describe('the Now/Next/Later board', () => {
  const browser = useChromium();

  async function openBoard(viewport?: { width: number; height: number }) {
    const context = await newAppContext(browser(), { viewport });
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('tab', { name: 'Now/Next/Later' }).click();
    await board(page).waitFor();
    return { context, page };
  }

  it('shows the sample in horizons and goals; a card is a button that selects its initiative', async () => {
    const { context, page } = await openBoard();
    await expect.poll(() => board(page).getByRole('heading', { name: /^Now/ }).textContent()).toBe('Now Q1 2027');
    await expect.poll(() => board(page).getByRole('heading', { name: /^Next/ }).textContent()).toBe('Next Q2 2027');
    await expect
      .poll(() =>
        board(page)
          .getByRole('heading', { name: /^Later/ })
          .textContent(),
      )
      .toBe('Later Q3 2027 onward');
    await cell(page, 'Now, Grow activation').getByRole('button', { name: 'Onboarding checklist' }).waitFor();
    await cell(page, 'Next, Grow activation').getByRole('button', { name: 'Roadmap templates gallery' }).waitFor();
    await cell(page, 'Later, Grow activation').getByRole('button', { name: 'In-app guided tour' }).waitFor();
    // An idea without dates is in Later, on its goal's row.
    await cell(page, 'Later, Improve retention').getByRole('button', { name: 'Slack notifications' }).waitFor();
    await cell(page, 'Now, Unaligned').getByRole('button', { name: 'Customer interviews' }).waitFor();
    // The card says its status, progress, the key results it serves and its dates.
    const checklist = card(page, 'Onboarding checklist');
    await expect.poll(() => checklist.textContent()).toContain('In progress');
    await expect.poll(() => checklist.textContent()).toContain('40%');
    await expect.poll(() => checklist.textContent()).toContain('Jan 1 – Mar 31, 2027');
    await checklist.click();
    await expect.poll(() => checklist.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => inspector(page).getByLabel('Initiative title', { exact: true }).inputValue())
      .toBe('Onboarding checklist');
    await screenshot(page, 'board-sample');
    // Colored like the bars: by goal, or by status.
    const byGoal = await checklist.getAttribute('style');
    await page.getByRole('combobox', { name: 'Color bars by' }).selectOption('status');
    await expect.poll(() => checklist.getAttribute('style')).toContain(`--lane-color: ${STATUS_COLORS['in-progress']}`);
    await page.getByRole('combobox', { name: 'Color bars by' }).selectOption('goal');
    await expect.poll(() => checklist.getAttribute('style')).toBe(byGoal);
    // A folded row counts its cards; it still takes drops.
    await board(page).getByRole('button', { name: 'Collapse Grow activation' }).click();
    await expect.poll(() => cell(page, 'Now, Grow activation').textContent()).toBe('1 card');
    await expect.poll(() => card(page, 'Onboarding checklist').count()).toBe(0);
    await board(page).getByRole('button', { name: 'Expand Grow activation' }).click();
    await card(page, 'Onboarding checklist').waitFor();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('drags a card to Next and another goal in one gesture: Next’s start, the same length, one undo step', async () => {
    const { context, page } = await openBoard();
    const from = await box(card(page, 'Onboarding checklist'));
    const target = await box(cell(page, 'Next, Improve retention'));
    await drag(
      page,
      { x: from.x + 40, y: from.y + 12 },
      { x: target.x + target.width / 2, y: target.y + target.height / 2 },
      async () => {
        await expect.poll(() => cell(page, 'Next, Improve retention').getAttribute('class')).toContain('over');
        await screenshot(page, 'board-drag-in-progress');
      },
    );
    await cell(page, 'Next, Improve retention').getByRole('button', { name: 'Onboarding checklist' }).waitFor();
    // Jan 1 – Mar 31 is 90 days: from Apr 1, to Jun 29.
    expect(await storedInitiative(page, 'Onboarding checklist')).toMatchObject({
      lane: 'Improve retention',
      startDate: '2027-04-01',
      endDate: '2027-06-29',
    });
    await screenshot(page, 'board-dropped');
    // The dropped card stays selected (the click after a drag is not a click on the board).
    await expect.poll(() => card(page, 'Onboarding checklist').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Control+z');
    await cell(page, 'Now, Grow activation').getByRole('button', { name: 'Onboarding checklist' }).waitFor();
    expect(await storedInitiative(page, 'Onboarding checklist')).toMatchObject({
      lane: 'Grow activation',
      startDate: '2027-01-01',
      endDate: '2027-03-31',
    });
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('moves a selection together, and shows only what the filters let through', async () => {
    const { context, page } = await openBoard();
    await card(page, 'Sync engine hardening').click();
    await card(page, 'Weekly progress digest').click({ modifiers: ['Shift'] });
    const from = await box(card(page, 'Sync engine hardening'));
    const target = await box(cell(page, 'Later, Scale the platform'));
    await drag(
      page,
      { x: from.x + 40, y: from.y + 12 },
      { x: target.x + target.width / 2, y: target.y + target.height / 2 },
      async () => {
        await expect.poll(() => board(page).locator('.board-card-more').textContent()).toBe('+1');
        await screenshot(page, 'board-drag-selection');
      },
    );
    // Both start at Later's start; each keeps its own goal (the row did not change).
    await cell(page, 'Later, Improve retention').getByRole('button', { name: 'Weekly progress digest' }).waitFor();
    expect(await storedInitiative(page, 'Sync engine hardening')).toMatchObject({
      lane: 'Scale the platform',
      startDate: '2027-07-01',
    });
    expect(await storedInitiative(page, 'Weekly progress digest')).toMatchObject({
      lane: 'Improve retention',
      startDate: '2027-07-01',
    });
    await page.keyboard.press('Control+z');
    await cell(page, 'Now, Scale the platform').getByRole('button', { name: 'Sync engine hardening' }).waitFor();
    expect((await storedInitiative(page, 'Weekly progress digest')).startDate).toBe('2027-02-01');

    await page.getByRole('searchbox', { name: 'Search initiatives' }).fill('sync');
    await expect.poll(() => board(page).locator('.board-card').count()).toBe(1);
    await card(page, 'Sync engine hardening').waitFor();
    await page.getByRole('searchbox', { name: 'Search initiatives' }).fill('');
    // The sample's 8 scheduled initiatives and its 2 unscheduled ideas (in Later).
    await expect.poll(() => board(page).locator('.board-card').count()).toBe(10);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('keeps late work in Now, marked, and leaves off work finished before it, counted', async () => {
    const { context, page } = await openBoard();
    await card(page, 'Customer interviews').click();
    for (const [label, date] of [
      ['Start date', '2026-11-02'],
      ['End date', '2026-11-30'],
    ] as const) {
      const field = inspector(page).getByLabel(label, { exact: true });
      await field.fill(date);
      await field.press('Enter');
    }
    // Planned, and it should have ended in November: still in Now, late.
    await expect.poll(() => card(page, 'Customer interviews').textContent()).toContain('Late · Nov 2 – Nov 30, 2026');
    await expect.poll(() => cell(page, 'Now, Unaligned').textContent()).toContain('Customer interviews');
    await screenshot(page, 'board-late');
    await inspector(page).getByLabel('Initiative status', { exact: true }).selectOption({ label: 'Done' });
    await expect.poll(() => card(page, 'Customer interviews').count()).toBe(0);
    await expect.poll(() => board(page).getByRole('note').textContent()).toBe('1 finished earlier is not shown');
    await screenshot(page, 'board-finished-earlier');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('moves a card with the keyboard: Space picks up, arrows go from cell to cell, Space drops; announced', async () => {
    const { context, page } = await openBoard();
    await card(page, 'Customer interviews').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => announced(page)).toMatch(/^Picked up Customer interviews in Now, Unaligned\./);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => announced(page)).toBe('Customer interviews is over Next, Unaligned.');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => announced(page)).toBe('Customer interviews is over Next, Win team accounts.');
    await liftedCardIn(page, 'Next, Win team accounts');
    await screenshot(page, 'board-keyboard-move');
    await page.keyboard.press('Space');
    await expect.poll(() => announced(page)).toBe('Moved Customer interviews to Next, Win team accounts.');
    await cell(page, 'Next, Win team accounts').getByRole('button', { name: 'Customer interviews' }).waitFor();
    expect(await storedInitiative(page, 'Customer interviews')).toMatchObject({
      lane: 'Win team accounts',
      startDate: '2027-04-01',
      endDate: '2027-04-21',
    });
    // The focus stays on the moved card, in its new cell.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toBe('Customer interviews');
    // Escape cancels a move: nothing changes.
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await expect.poll(() => announced(page)).toBe('Cancelled; Customer interviews stays in Next, Win team accounts.');
    expect((await storedInitiative(page, 'Customer interviews')).startDate).toBe('2027-04-01');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('takes its horizons’ length from the roadmap settings', async () => {
    const { context, page } = await openBoard();
    await board(page).getByRole('button', { name: 'Change' }).click();
    await inspector(page).getByLabel('Now/Next/Later columns span').selectOption({ label: 'A month' });
    await expect.poll(() => board(page).getByRole('heading', { name: /^Now/ }).textContent()).toBe('Now Jan 2027');
    await expect.poll(() => board(page).getByRole('heading', { name: /^Next/ }).textContent()).toBe('Next Feb 2027');
    await expect
      .poll(() =>
        board(page)
          .getByRole('heading', { name: /^Later/ })
          .textContent(),
      )
      .toBe('Later Mar 2027 onward');
    // Weekly progress digest starts Feb 1: next month now.
    await cell(page, 'Next, Improve retention').getByRole('button', { name: 'Weekly progress digest' }).waitFor();
    await screenshot(page, 'board-months');
    await inspector(page).getByLabel('Now/Next/Later columns span').selectOption({ label: 'A half-year' });
    await expect.poll(() => board(page).getByRole('heading', { name: /^Now/ }).textContent()).toBe('Now H1 2027');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('fits a laptop window: the board scrolls under its sticky headings', async () => {
    const { context, page } = await openBoard({ width: 1100, height: 680 });
    await card(page, 'Customer interviews').scrollIntoViewIfNeeded();
    // The column headings stay in sight above the rows scrolled under them.
    const heading = await box(board(page).getByRole('heading', { name: /^Now/ }));
    const region = await box(board(page));
    expect(heading.y).toBeGreaterThanOrEqual(region.y);
    await screenshot(page, 'board-laptop');
    // A keyboard move to a row out of sight: the board scrolls along.
    await board(page).evaluate((element) => element.scrollTo({ top: 0 }));
    await card(page, 'Onboarding checklist').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => announced(page)).toMatch(/^Picked up Onboarding checklist in Now, Grow activation\./);
    // One row at a time, each step heard before the next (a busy machine may still be gliding the card).
    for (const row of ['Improve retention', 'Scale the platform', 'Win team accounts']) {
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => announced(page)).toBe(`Onboarding checklist is over Now, ${row}.`);
    }
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => announced(page)).toBe('Onboarding checklist is over Now, Unaligned.');
    await liftedCardIn(page, 'Now, Unaligned');
    await screenshot(page, 'board-laptop-keyboard');
    await page.keyboard.press('Space');
    await cell(page, 'Now, Unaligned').getByRole('button', { name: 'Onboarding checklist' }).waitFor();
    expect(await storedInitiative(page, 'Onboarding checklist')).toMatchObject({
      lane: 'Unaligned',
      startDate: '2027-01-01',
    });
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('read-only (a roadmap from a newer Waymark): cards select but do not move', async () => {
    const { context, page } = await openBoard();
    await changeStoredRoadmap(page, (doc) => metaOf(doc).set('schemaVersion', CURRENT_SCHEMA_VERSION + 1));
    await reloadWhenSaved(page);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('saved by a newer version of Waymark');
    await page.getByRole('tab', { name: 'Now/Next/Later' }).click();
    const from = await box(card(page, 'Onboarding checklist'));
    const target = await box(cell(page, 'Next, Improve retention'));
    await drag(
      page,
      { x: from.x + 40, y: from.y + 12 },
      { x: target.x + target.width / 2, y: target.y + target.height / 2 },
    );
    expect(await board(page).locator('.board-card.dragged').count()).toBe(0);
    await cell(page, 'Now, Grow activation').getByRole('button', { name: 'Onboarding checklist' }).waitFor();
    await card(page, 'Onboarding checklist').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await cell(page, 'Now, Grow activation').getByRole('button', { name: 'Onboarding checklist' }).waitFor();
    await card(page, 'Onboarding checklist').click();
    await expect.poll(() => card(page, 'Onboarding checklist').getAttribute('aria-pressed')).toBe('true');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

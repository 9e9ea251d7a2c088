import { describe, inject, it } from 'vitest';
import { RoadmapStore, selectLanes } from '../../shared';
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
  waitUntilSaved,
} from './support/app';
import { readStoredRoadmap, storedInitiative } from './support/stored-roadmap';

const PX_PER_DAY = 4; // month zoom: dragging snaps to Mondays

describe('dragging on the canvas', () => {
  const browser = useChromium();

  async function openAtMonthZoom() {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Months' }).click();
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    return { context, page };
  }

  it('moves a bar to another lane and later in one gesture, as one undo step', async () => {
    const { context, page } = await openAtMonthZoom();
    const bar = page.getByRole('button', { name: /^Onboarding checklist/ });
    const start = await box(bar);
    const target = await box(page.getByRole('region', { name: 'Improve retention' }));
    const from = { x: start.x + 30, y: start.y + start.height / 2 };
    await drag(page, from, { x: from.x + 14 * PX_PER_DAY, y: target.y + target.height - 12 }, async () => {
      await expect
        .poll(() => page.locator('.drag-tooltip').textContent())
        .toContain('Onboarding checklist: Jan 18 – Apr 17, 2027');
      await screenshot(page, 'drag-move-in-progress');
    });
    // Jan 1 + 14 days is a Friday: the start snaps to the nearest Monday, Jan 18; the duration stays.
    expect(await storedInitiative(page, 'Onboarding checklist')).toMatchObject({
      lane: 'Improve retention',
      startDate: '2027-01-18',
      endDate: '2027-04-17',
    });
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await storedInitiative(page, 'Onboarding checklist')).toMatchObject({
      lane: 'Grow activation',
      startDate: '2027-01-01',
      endDate: '2027-03-31',
    });
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('resizes both edges, never past each other', async () => {
    const { context, page } = await openAtMonthZoom();
    const bar = page.getByRole('button', { name: /^Sync engine hardening/ });
    // Bring the bar's end to the middle of the canvas, away from the edges where dragging scrolls.
    await page.getByRole('group', { name: 'Roadmap timeline' }).evaluate((element) => element.scrollBy({ left: 200 }));
    let area = await box(bar);
    // It runs Jan 1 – Apr 30. End edge +10 days: May 11 (a Tuesday) → Monday May 10 → it ends Sunday May 9.
    await drag(
      page,
      { x: area.x + area.width - 3, y: area.y + area.height / 2 },
      { x: area.x + area.width - 3 + 10 * PX_PER_DAY, y: area.y + area.height / 2 },
    );
    expect(await storedInitiative(page, 'Sync engine hardening')).toMatchObject({
      startDate: '2027-01-01',
      endDate: '2027-05-09',
    });
    // Start edge far past the end: the bar keeps one day.
    await page.getByRole('group', { name: 'Roadmap timeline' }).evaluate((element) => element.scrollBy({ left: -200 }));
    area = await box(bar);
    await drag(
      page,
      { x: area.x + 1, y: area.y + area.height / 2 }, // on the thick left border, where people aim
      { x: area.x + area.width + 200, y: area.y + area.height / 2 },
    );
    expect(await storedInitiative(page, 'Sync engine hardening')).toMatchObject({
      startDate: '2027-05-09',
      endDate: '2027-05-09',
    });
    await context.close();
  });

  it('draws a new initiative on empty lane space and puts its title in edit', async () => {
    const { context, page } = await openAtMonthZoom();
    const lane = await box(page.getByRole('region', { name: 'Unaligned' }));
    const today = await box(page.locator('.today-marker'));
    const y = lane.y + lane.height - 14;
    const x = today.x + today.width / 2 + 60 * PX_PER_DAY; // about mid-March, clear of the sample's bars
    await drag(page, { x, y }, { x: x + 20 * PX_PER_DAY, y });
    const title = inspector(page).getByLabel('Initiative title', { exact: true });
    await expect.poll(() => title.evaluate((element) => element === document.activeElement)).toBe(true);
    await title.fill('Pricing experiment');
    await title.press('Enter');
    // The title is stored once the commit has been saved (polled: the save is asynchronous).
    await expect
      .poll(() =>
        storedInitiative(page, 'Pricing experiment').then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    const created = await storedInitiative(page, 'Pricing experiment');
    expect(created.lane).toBe('Unaligned');
    // Whole weeks, Monday to Sunday.
    expect(new Date(`${created.startDate}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(new Date(`${created.endDate}T00:00:00Z`).getUTCDay()).toBe(0);
    await context.close();
  });

  it('cancels with Escape: nothing changes', async () => {
    const { context, page } = await openAtMonthZoom();
    const bar = page.getByRole('button', { name: /^Weekly progress digest/ });
    const area = await box(bar);
    const from = { x: area.x + 20, y: area.y + area.height / 2 };
    await drag(page, from, { x: from.x + 120, y: from.y + 80 }, async () => {
      await page.keyboard.press('Escape');
    });
    expect(await storedInitiative(page, 'Weekly progress digest')).toMatchObject({
      lane: 'Improve retention',
      startDate: '2027-02-01',
    });
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    await context.close();
  });

  it('moves a bar with the keyboard: Enter picks up, arrows move, Enter drops', async () => {
    const { context, page } = await openAtMonthZoom();
    const bar = page.getByRole('button', { name: /^Customer interviews/ });
    await bar.focus();
    await page.keyboard.press('Enter');
    const tooltip = page.locator('.drag-tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('Customer interviews: Feb 1 – Feb 21, 2027');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tooltip.textContent()).toContain('Feb 8');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tooltip.textContent()).toContain('Feb 15');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const moved = await storedInitiative(page, 'Customer interviews');
    expect(moved.lane).toBe('Win team accounts');
    // Two week steps from Feb 1 (a Monday): Feb 15.
    expect(moved.startDate).toBe('2027-02-15');
    // The focus stays on the moved bar, now drawn by another lane.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^Customer interviews/);
    await context.close();
  });

  it('counts every arrow press of a keyboard drag, however quick', async () => {
    const { context, page } = await openAtMonthZoom();
    await page.getByRole('button', { name: /^Customer interviews/ }).focus();
    await page.keyboard.press('Enter');
    const tooltip = page.locator('.drag-tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('Feb 1 – Feb 21');
    // Three presses in one go, before the page has re-rendered once (as fast typing can).
    await page.evaluate(() => {
      for (let press = 0; press < 3; press++)
        document.activeElement!.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowRight', code: 'ArrowRight', bubbles: true }),
        );
    });
    await expect.poll(() => tooltip.textContent()).toContain('Feb 22');
    await page.keyboard.press('Enter');
    // Three week steps from Monday Feb 1.
    await expect.poll(async () => (await storedInitiative(page, 'Customer interviews')).startDate).toBe('2027-02-22');
    await context.close();
  });

  it('shows the tooltip of a bar in the top lane below it, clear of the time header', async () => {
    const { context, page } = await openAtMonthZoom();
    // Without its milestone, the top lane's first row sits right under the time header.
    await page.getByRole('button', { name: /^Beta launch, milestone/ }).click();
    await inspector(page).getByRole('button', { name: 'Delete milestone' }).click();
    await page.getByRole('button', { name: /^Beta launch, milestone/ }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /^Onboarding checklist/ }).focus();
    await page.keyboard.press('Enter');
    const tooltip = page.locator('.drag-tooltip');
    await expect.poll(() => tooltip.count()).toBe(1);
    const header = await box(page.locator('.time-header'));
    const bar = await box(page.getByRole('button', { name: /^Onboarding checklist/ }));
    const shown = await box(tooltip);
    expect(shown.y).toBeGreaterThanOrEqual(header.y + header.height);
    expect(shown.y).toBeGreaterThan(bar.y);
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('moves a multi-selection together (Shift-click to add), in one undo step', async () => {
    const { context, page } = await openAtMonthZoom();
    await page.getByRole('button', { name: /^Weekly progress digest/ }).click();
    await page.getByRole('button', { name: /^Customer interviews/ }).click({ modifiers: ['Shift'] });
    expect(await page.locator('.bar.selected').count()).toBe(2);
    const area = await box(page.getByRole('button', { name: /^Customer interviews/ }));
    const from = { x: area.x + 30, y: area.y + area.height / 2 }; // the middle, not the resize edge
    await drag(page, from, { x: from.x + 7 * PX_PER_DAY, y: from.y }, async () => {
      await expect.poll(() => page.locator('.ghost-bar').count()).toBe(2);
    });
    // Both move one week; each stays in its own lane.
    expect(await storedInitiative(page, 'Customer interviews')).toMatchObject({
      lane: 'Unaligned',
      startDate: '2027-02-08',
    });
    expect(await storedInitiative(page, 'Weekly progress digest')).toMatchObject({
      lane: 'Improve retention',
      startDate: '2027-02-08',
    });
    await page.keyboard.press('Control+z');
    expect(await storedInitiative(page, 'Customer interviews')).toMatchObject({ startDate: '2027-02-01' });
    expect(await storedInitiative(page, 'Weekly progress digest')).toMatchObject({ startDate: '2027-02-01' });
    await context.close();
  });

  it('edits a multi-selection together in the inspector: status, owner and team for all, one undo step each', async () => {
    const { context, page } = await openAtMonthZoom();
    await page.getByRole('button', { name: /^Weekly progress digest/ }).click();
    await page.getByRole('button', { name: /^Customer interviews/ }).click({ modifiers: ['Shift'] });
    const form = inspector(page).getByRole('form', { name: 'Selected initiatives' });
    await expect.poll(() => form.getByRole('heading').textContent()).toBe('2 initiatives selected');
    // Their owners differ: the field says so and stays empty.
    expect(await form.getByLabel('Owner of all selected').getAttribute('placeholder')).toBe('Mixed');
    await form.getByLabel('Status of all selected').selectOption('at-risk');
    await form.getByLabel('Team of all selected').fill('Research');
    await form.getByLabel('Team of all selected').press('Enter');
    for (const title of ['Weekly progress digest', 'Customer interviews'])
      await expect
        .poll(async () => storedInitiative(page, title))
        .toMatchObject({ status: 'at-risk', team: 'Research' });
    // Out of the text field (where Ctrl+Z undoes typing), one undo takes the team back from both.
    await form.getByLabel('Status of all selected').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await storedInitiative(page, 'Customer interviews')).team).toBe('');
    expect(await storedInitiative(page, 'Weekly progress digest')).toMatchObject({
      team: 'Engagement',
      status: 'at-risk',
    });
    // A title in the list opens that initiative alone.
    await form.getByRole('button', { name: 'Edit Customer interviews alone' }).click();
    await expect.poll(() => inspector(page).getByRole('form', { name: 'Initiative' }).count()).toBe(1);
    expect(await page.locator('.bar.selected').count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('drags a milestone along time and to another lane', async () => {
    const { context, page } = await openAtMonthZoom();
    const milestone = page.getByRole('button', { name: /^Beta launch, milestone/ });
    // Bring it to the middle of the canvas, away from the edges where dragging scrolls.
    await page.getByRole('group', { name: 'Roadmap timeline' }).evaluate((element) => element.scrollBy({ left: 300 }));
    const area = await box(milestone);
    const target = await box(page.getByRole('region', { name: 'Unaligned' }));
    const from = { x: area.x + 7, y: area.y + area.height / 2 };
    await drag(page, from, { x: from.x + 14 * PX_PER_DAY, y: target.y + 20 }, async () => {
      await expect.poll(() => page.locator('.ghost-milestone').count()).toBe(1);
    });
    await waitUntilSaved(page);
    const snapshot = new RoadmapStore(await readStoredRoadmap(page)).getSnapshot();
    const moved = [...snapshot.milestones.values()].find((item) => item.title === 'Beta launch')!;
    // Apr 30 + 14 days is Friday May 14: snapped to Monday May 17, now without a goal.
    expect(moved).toMatchObject({ date: '2027-05-17', goalId: null });
    await context.close();
  });

  it('moves the selected bar with arrow keys, one snap unit or one lane per press', async () => {
    const { context, page } = await openAtMonthZoom();
    const bar = page.getByRole('button', { name: /^Customer interviews/ });
    await bar.click();
    await bar.press('ArrowRight');
    await expect.poll(async () => (await storedInitiative(page, 'Customer interviews')).startDate).toBe('2027-02-08');
    await page.keyboard.press('ArrowUp'); // focus follows the bar
    await expect.poll(async () => (await storedInitiative(page, 'Customer interviews')).lane).toBe('Win team accounts');
    expect(
      await page.getByRole('status').filter({ hasText: 'Moved Customer interviews to Win team accounts.' }).count(),
    ).toBe(1);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await storedInitiative(page, 'Customer interviews')).startDate).toBe('2027-02-01');
    // Into a collapsed lane: the lane opens, and the bar keeps the focus.
    await page.getByRole('button', { name: 'Collapse Scale the platform' }).click();
    await bar.focus();
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(async () => (await storedInitiative(page, 'Customer interviews')).lane)
      .toBe('Scale the platform');
    await expect.poll(() => page.getByRole('button', { name: 'Collapse Scale the platform' }).count()).toBe(1);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^Customer interviews/);
    await context.close();
  });

  it('moves a focused milestone with arrow keys, one snap unit or one lane per press', async () => {
    const { context, page } = await openAtMonthZoom();
    const storedMilestone = async () => {
      await waitUntilSaved(page);
      const snapshot = new RoadmapStore(await readStoredRoadmap(page)).getSnapshot();
      const milestone = [...snapshot.milestones.values()].find((item) => item.title === 'Beta launch')!;
      return { date: milestone.date, goal: milestone.goalId && snapshot.goals.get(milestone.goalId)!.title };
    };
    await page.getByRole('button', { name: /^Beta launch, milestone/ }).focus();
    // Month zoom snaps to weeks: Friday Apr 30 a week on is Friday May 7, snapped to the nearest Monday.
    await page.keyboard.press('ArrowRight');
    await expect.poll(storedMilestone).toEqual({ date: '2027-05-10', goal: 'Grow activation' });
    await page.keyboard.press('ArrowDown'); // focus follows the milestone into the next lane
    await expect.poll(storedMilestone).toEqual({ date: '2027-05-10', goal: 'Improve retention' });
    expect(await page.getByRole('status').filter({ hasText: 'Moved Beta launch to Improve retention.' }).count()).toBe(
      1,
    );
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^Beta launch, milestone/);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(storedMilestone).toEqual({ date: '2027-05-03', goal: 'Improve retention' });
    await context.close();
  });

  it('reorders goal lanes by dragging a lane header; Unaligned stays last', async () => {
    const { context, page } = await openAtMonthZoom();
    const laneOrder = async () => {
      await waitUntilSaved(page);
      return selectLanes(new RoadmapStore(await readStoredRoadmap(page)).getSnapshot()).map(
        (lane) => lane.goal?.title ?? 'Unaligned',
      );
    };
    const header = await box(page.getByRole('region', { name: 'Scale the platform' }).locator('.lane-header'));
    const top = await box(page.getByRole('region', { name: 'Grow activation' }));
    await drag(page, { x: header.x + 150, y: header.y + 50 }, { x: header.x + 150, y: top.y + 10 }, async () => {
      await expect.poll(() => page.locator('.lane-drop-line').count()).toBe(1);
    });
    expect(await laneOrder()).toEqual([
      'Scale the platform',
      'Grow activation',
      'Improve retention',
      'Win team accounts',
      'Unaligned',
    ]);
    // Dropping below Unaligned keeps Unaligned at the bottom.
    const moved = await box(page.getByRole('region', { name: 'Scale the platform' }).locator('.lane-header'));
    const unaligned = await box(page.getByRole('region', { name: 'Unaligned' }));
    await drag(
      page,
      { x: moved.x + 150, y: moved.y + 50 },
      { x: moved.x + 150, y: unaligned.y + unaligned.height - 5 },
    );
    expect(await laneOrder()).toEqual([
      'Grow activation',
      'Improve retention',
      'Win team accounts',
      'Scale the platform',
      'Unaligned',
    ]);
    await page.getByRole('button', { name: 'Undo' }).click(); // one drag, one step
    expect(await laneOrder()).toEqual([
      'Scale the platform',
      'Grow activation',
      'Improve retention',
      'Win team accounts',
      'Unaligned',
    ]);
    await context.close();
  });
});

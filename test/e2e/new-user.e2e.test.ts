import { describe, inject, it } from 'vitest';
import { useChromium } from './support/chromium';
import {
  eventually,
  expect,
  fillField,
  inspector,
  newAppContext,
  openApp,
  pageErrors,
  screenshot,
  reloadWhenSaved,
  checkInKeyResult,
  currentValueOf,
} from './support/app';

describe('a new user plans a goal and an initiative', () => {
  const browser = useChromium();

  it('creates a goal with a key result and an initiative, undoes and redoes, and finds it all after a reload', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));

    // First run shows the sample; start an empty roadmap instead.
    await expect.poll(() => page.getByRole('region', { name: 'Grow activation' }).count()).toBe(1);
    await page.getByRole('button', { name: 'New roadmap', exact: true }).click();
    await expect.poll(() => page.getByLabel('Roadmap title').inputValue()).toBe('Untitled roadmap');
    await page.getByLabel('Roadmap title').fill('Q1 plan');
    await page.getByLabel('Roadmap title').press('Enter');
    await expect
      .poll(() =>
        page
          .getByRole('navigation', { name: 'Roadmaps' })
          .getByRole('button', { name: 'Q1 plan', exact: true })
          .count(),
      )
      .toBe(1);

    // A goal: its title field takes focus.
    await page.getByRole('button', { name: 'New goal' }).click();
    const goalTitle = inspector(page).getByLabel('Goal title', { exact: true });
    await expect.poll(() => goalTitle.evaluate((element) => element === document.activeElement)).toBe(true);
    await goalTitle.fill('Grow activation');
    await goalTitle.press('Enter');
    await fillField(page, 'Goal owner', 'Maya Chen');
    await expect.poll(() => page.getByRole('region', { name: 'Grow activation' }).count()).toBe(1);

    // A key result with baseline → target and a current value.
    await inspector(page).getByRole('button', { name: 'Add key result' }).click();
    await fillField(page, 'Key result title', 'Week-1 activation rate');
    await fillField(page, 'Baseline', '30');
    // Until the target differs from the baseline, the inspector says what that means for progress.
    await expect.poll(() => inspector(page).getByText('Baseline and target are the same').count()).toBe(0);
    await fillField(page, 'Target', '30');
    await expect.poll(() => inspector(page).getByText('Baseline and target are the same').count()).toBe(1);
    await fillField(page, 'Target', '50');
    expect(await inspector(page).getByText('Baseline and target are the same').count()).toBe(0);
    await checkInKeyResult(inspector(page).getByRole('group', { name: /^Week-1 activation rate/ }), '35');
    await fillField(page, 'Key result due', '2027-03-31');
    await fillField(page, 'Key result owner', 'Sam Lee');
    const lane = page.getByRole('region', { name: 'Grow activation' });
    await expect.poll(() => lane.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('25');

    // An initiative on that goal, Jan–Mar.
    await page.getByRole('button', { name: 'New initiative' }).click();
    await fillField(page, 'Initiative title', 'Onboarding checklist');
    await fillField(page, 'Start date', '2027-01-01');
    await fillField(page, 'End date', '2027-03-31');
    const bar = lane.getByRole('button', { name: /^Onboarding checklist/ });
    await expect.poll(() => bar.getAttribute('aria-label')).toBe('Onboarding checklist, Jan 1 – Mar 31, 2027, Planned');

    // An invalid edit is refused with a message and changes nothing.
    await fillField(page, 'End date', '2026-12-01');
    await expect
      .poll(() => inspector(page).getByRole('alert').textContent())
      .toContain('End date is before the start date');
    await expect.poll(() => bar.getAttribute('aria-label')).toContain('Mar 31, 2027');
    await inspector(page).getByLabel('End date', { exact: true }).press('Escape');

    // Undo and redo one edit, from the keyboard (focus outside text fields) and the toolbar.
    await fillField(page, 'Initiative status', 'x').catch(() => undefined); // status is a select: fill is refused, nothing changes
    await inspector(page).getByLabel('Initiative status').selectOption('in-progress');
    await expect.poll(() => bar.getAttribute('aria-label')).toContain('In progress');
    await page.getByRole('button', { name: 'New goal' }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => bar.getAttribute('aria-label')).toContain('Planned');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => bar.getAttribute('aria-label')).toContain('In progress');

    await bar.click();
    await screenshot(page, 'new-user-before-reload');

    // Reload: everything is still there (IndexedDB).
    await reloadWhenSaved(page);
    await page.getByRole('toolbar', { name: 'Roadmap tools' }).waitFor();
    await expect.poll(() => page.getByLabel('Roadmap title').inputValue()).toBe('Q1 plan');
    const reloadedLane = page.getByRole('region', { name: 'Grow activation' });
    await expect
      .poll(() => reloadedLane.getByRole('button', { name: /^Onboarding checklist/ }).getAttribute('aria-label'))
      .toBe('Onboarding checklist, Jan 1 – Mar 31, 2027, In progress');
    await reloadedLane.getByRole('button', { name: 'Grow activation', exact: true }).click();
    await eventually(async () => {
      expect(await inspector(page).getByLabel('Goal owner', { exact: true }).inputValue()).toBe('Maya Chen');
      expect(await currentValueOf(inspector(page).getByRole('group', { name: /^Week-1 activation rate/ }))).toBe('35');
      expect(await inspector(page).getByLabel('Key result owner').inputValue()).toBe('Sam Lee');
      expect(await inspector(page).getByLabel('Key result due').inputValue()).toBe('2027-03-31');
    });
    await screenshot(page, 'new-user-after-reload');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('keeps Ctrl+Z inside a text field for the typing, not the document', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    const bar = page.getByRole('button', { name: /^Onboarding checklist/ });
    await bar.click();
    const title = inspector(page).getByLabel('Initiative title', { exact: true });
    await title.click();
    await title.press('End');
    await page.keyboard.type(' v2');
    await page.keyboard.press('Control+z');
    expect(await title.inputValue()).toBe('Onboarding checklist');
    await title.press('Enter');
    // The document was never changed: the toolbar has nothing to undo.
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    await context.close();
  });

  it('after a field is committed, Ctrl+Z in it undoes the document change', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    const bar = page.getByRole('button', { name: /^Onboarding checklist/ });
    await bar.click();
    const owner = inspector(page).getByLabel('Initiative owner');
    await owner.fill('Sam Lee');
    await owner.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).isEnabled()).toBe(true);
    // Focus is still in the field, with nothing left to undo there: the document's undo applies.
    await page.keyboard.press('Control+z');
    await expect.poll(() => owner.inputValue()).toBe('Maya Chen');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => owner.inputValue()).toBe('Sam Lee');
    await context.close();
  });
});

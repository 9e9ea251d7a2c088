import type { Page } from 'playwright-core';
import { boxOf, checkInKeyResult, drag, expect, inspector } from './app';

const PX_PER_DAY = 4; // month zoom: dragging snaps to Mondays

/** The main view's tab (Timeline, Alignment, Changes). */
export const viewTab = (page: Page, name: string) =>
  page.getByRole('tablist', { name: 'View' }).getByRole('tab', { name });

/** Takes a baseline from the toolbar under `name`, and waits until the Changes view compares with it. */
export async function takeBaselineFromToolbar(page: Page, name: string): Promise<void> {
  await viewTab(page, 'Changes').click();
  await page.getByRole('toolbar', { name: 'Roadmap tools' }).getByRole('button', { name: 'Take baseline' }).click();
  const dialog = page.getByRole('dialog', { name: 'Take baseline' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Name' }).press('Enter');
  await expect.poll(() => page.getByRole('heading', { name: `Changes since ${name}` }).count()).toBe(1);
}

/**
 * The review's edits to the sample, as a person makes them on the timeline: Onboarding checklist dragged to
 * Improve retention and two weeks later (it snaps: it slips 17 days), Large roadmap performance deleted,
 * Referral program added (on the first lane, Grow activation), Monthly churn checked in at 3.1.
 */
export async function makeReviewChanges(page: Page): Promise<void> {
  await viewTab(page, 'Timeline').click();
  await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Months' }).click();
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  const bar = page.getByRole('button', { name: /^Onboarding checklist/ });
  const start = await boxOf(bar);
  const target = await boxOf(page.getByRole('region', { name: 'Improve retention' }));
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
}

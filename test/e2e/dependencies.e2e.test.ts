import { describe, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RoadmapStore } from '../../shared';
import { useChromium } from './support/chromium';
import { expect, newAppContext, openApp, screenshot, waitUntilSaved } from './support/app';
import { readStoredRoadmap } from './support/stored-roadmap';

async function storedDependencies(page: Page): Promise<string[]> {
  await waitUntilSaved(page);
  const snapshot = new RoadmapStore(await readStoredRoadmap(page)).getSnapshot();
  return [...snapshot.dependencies.values()].map(
    (dependency) =>
      `${snapshot.initiatives.get(dependency.fromId)?.title} → ${snapshot.initiatives.get(dependency.toId)?.title}`,
  );
}

describe('dependencies on the canvas', () => {
  const browser = useChromium();

  it('draws arrows, turns a violated one red with a warning chip, and adds one by dragging from a connector', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Months' }).click();
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    await expect.poll(() => page.locator('path.dependency').count()).toBe(1);
    expect(await page.locator('path.dependency.violated').count()).toBe(0);
    expect(await page.getByRole('button', { name: /dependency conflict/ }).count()).toBe(0);

    // Make the successor start earlier than its predecessor ends: the arrow turns red and a chip warns.
    await page.getByRole('button', { name: /^Roadmap templates gallery/ }).click();
    const start = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Start date');
    await start.fill('2027-03-15');
    await start.press('Enter');
    await expect.poll(() => page.locator('path.dependency.violated').count()).toBe(1);
    const chip = page.getByRole('button', { name: '⚠ 1 dependency conflict' });
    await expect
      .poll(() => chip.getAttribute('title'))
      .toBe('Roadmap templates gallery starts before Onboarding checklist ends');
    // The late bar carries a visible warning sign, not only a tooltip.
    await expect
      .poll(() =>
        page
          .getByRole('button', { name: /^Roadmap templates gallery/ })
          .locator('.bar-warning')
          .isVisible(),
      )
      .toBe(true);
    await screenshot(page, 'dependency-conflict');
    // Clicking the chip shows the late bar even when a filter hides it.
    await page.getByRole('group', { name: 'View options' }).getByLabel('Filter by team').selectOption('Platform');
    await page.getByRole('button', { name: /^Roadmap templates gallery/ }).waitFor({ state: 'detached' });
    await chip.click();
    await expect.poll(() => page.getByRole('button', { name: /^Roadmap templates gallery/ }).count()).toBe(1);
    expect(await page.getByText('Filters cleared to show Roadmap templates gallery.').count()).toBe(1);
    expect(
      await page
        .getByRole('complementary', { name: 'Inspector' })
        .getByLabel('Initiative title', { exact: true })
        .inputValue(),
    ).toBe('Roadmap templates gallery');

    // Draw a new dependency: Sync engine hardening → Weekly progress digest, from the selected bar's connector.
    await page.getByRole('button', { name: /^Sync engine hardening/ }).click();
    const connector = await page.locator('.bar-connector').boundingBox();
    const target = await page.getByRole('button', { name: /^Weekly progress digest/ }).boundingBox();
    await page.mouse.move(connector!.x + 6, connector!.y + 6);
    await page.mouse.down();
    for (let step = 1; step <= 8; step++) {
      await page.mouse.move(
        connector!.x + 6 + ((target!.x + 40 - connector!.x - 6) * step) / 8,
        connector!.y + 6 + ((target!.y + 13 - connector!.y - 6) * step) / 8,
      );
    }
    await page.mouse.up();
    await expect
      .poll(() => storedDependencies(page))
      .toEqual(
        expect.arrayContaining([
          'Onboarding checklist → Roadmap templates gallery',
          'Sync engine hardening → Weekly progress digest',
        ]),
      );
    await expect.poll(() => page.locator('path.dependency').count()).toBe(2);
    await context.close();
  });

  it('adds a predecessor from the inspector by searching its title, and removes it', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('button', { name: /^Large roadmap performance/ }).click();
    const panel = page.getByRole('complementary', { name: 'Inspector' });
    await panel.getByLabel('Add a predecessor').fill('sync');
    const matches = panel.getByRole('list', { name: 'Matching initiatives' });
    await expect.poll(() => matches.getByRole('button').allTextContents()).toEqual(['Sync engine hardening']);
    await panel.getByLabel('Add a predecessor').fill('zzz');
    await expect.poll(() => matches.textContent()).toBe('No initiative matches.');
    await panel.getByLabel('Add a predecessor').fill('SYNC');
    await matches.getByRole('button', { name: 'Sync engine hardening' }).click();
    await expect.poll(() => storedDependencies(page)).toContain('Sync engine hardening → Large roadmap performance');
    expect(await panel.getByLabel('Add a predecessor').inputValue()).toBe('');
    // Once added, it is no longer offered.
    await panel.getByLabel('Add a predecessor').fill('sync');
    await expect.poll(() => matches.textContent()).toBe('No initiative matches.');
    await screenshot(page, 'dependency-picker');
    await panel.getByRole('button', { name: 'Remove dependency on Sync engine hardening' }).click();
    await expect
      .poll(() => storedDependencies(page))
      .not.toContain('Sync engine hardening → Large roadmap performance');
    await context.close();
  });
});

import { describe, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './support/chromium';
import { expect, newAppContext, openApp, pageErrors, screenshot, reloadWhenSaved } from './support/app';

const list = (page: Page) => page.getByRole('navigation', { name: 'Roadmaps' });
const titles = (page: Page) => list(page).locator('.roadmap-open').allTextContents();

describe('the roadmap list', () => {
  const browser = useChromium();

  it('shows the sample on first run, with 3 goals, 8 initiatives and milestones', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    expect(await titles(page)).toEqual(['Sample: product plan']);
    for (const goal of ['Grow activation', 'Improve retention', 'Scale the platform', 'Unaligned']) {
      await expect.poll(() => page.getByRole('region', { name: goal }).count()).toBe(1);
    }
    expect(await page.locator('.bar').count()).toBe(8);
    expect(await page.getByRole('button', { name: /, milestone, / }).count()).toBe(3);
    await screenshot(page, 'first-run-sample');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('switches, renames and deletes roadmaps; a deleted sample does not come back', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('button', { name: 'New roadmap', exact: true }).click();
    await expect.poll(() => titles(page)).toEqual(['Sample: product plan', 'Untitled roadmap']);

    await list(page).getByRole('button', { name: 'Rename Untitled roadmap' }).click();
    const nameField = list(page).getByLabel('New name for Untitled roadmap');
    await nameField.fill('Platform plan');
    await nameField.press('Enter');
    await expect.poll(() => titles(page)).toEqual(['Platform plan', 'Sample: product plan']);
    await expect.poll(() => page.getByLabel('Roadmap title').inputValue()).toBe('Platform plan');

    // Switch to the sample and back.
    await list(page).getByRole('button', { name: 'Sample: product plan', exact: true }).click();
    await expect.poll(() => page.getByLabel('Roadmap title').inputValue()).toBe('Sample: product plan');
    await expect.poll(() => page.locator('.bar').count()).toBe(8);
    await list(page).getByRole('button', { name: 'Platform plan', exact: true }).click();
    await expect.poll(() => page.locator('.bar').count()).toBe(0);

    // Delete the sample (asks first), then reload: it stays deleted.
    await list(page).getByRole('button', { name: 'Delete Sample: product plan' }).click();
    await list(page)
      .getByRole('group', { name: 'Delete Sample: product plan?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect.poll(() => titles(page)).toEqual(['Platform plan']);
    await reloadWhenSaved(page);
    await page.getByRole('toolbar', { name: 'Roadmap tools' }).waitFor();
    expect(await titles(page)).toEqual(['Platform plan']);

    // Deleting the open roadmap leaves a clear empty state.
    await list(page).getByRole('button', { name: 'Delete Platform plan' }).click();
    await list(page)
      .getByRole('group', { name: 'Delete Platform plan?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect.poll(() => page.getByText('Create a roadmap to get started.').count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('opens a new roadmap with its title ready to type; quick presses make roadmaps with distinct names', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    const newRoadmap = page.getByRole('button', { name: 'New roadmap', exact: true });
    await newRoadmap.click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const field = document.activeElement as HTMLInputElement | null;
          return `${field?.labels?.[0]?.textContent}: ${field?.value}`;
        }),
      )
      .toBe('Roadmap title: Untitled roadmap');
    await page.keyboard.type('Q3 plan');
    await page.keyboard.press('Enter');
    await expect.poll(() => titles(page)).toEqual(['Q3 plan', 'Sample: product plan']);
    // Three clicks in one go, before the first new roadmap is even stored.
    await newRoadmap.evaluate((button: HTMLButtonElement) => {
      for (let click = 0; click < 3; click++) button.click();
    });
    await expect
      .poll(() => titles(page))
      .toEqual(['Q3 plan', 'Sample: product plan', 'Untitled roadmap', 'Untitled roadmap 2', 'Untitled roadmap 3']);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('renames a roadmap that is not open, in its own title, and refuses an empty name', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('button', { name: 'New roadmap', exact: true }).click();
    await expect.poll(() => page.getByLabel('Roadmap title').inputValue()).toBe('Untitled roadmap');
    await page.getByRole('button', { name: 'New roadmap', exact: true }).click();
    await expect.poll(() => titles(page)).toEqual(['Sample: product plan', 'Untitled roadmap', 'Untitled roadmap 2']);

    // Rename the sample while another roadmap is open.
    await list(page).getByRole('button', { name: 'Rename Sample: product plan' }).click();
    const field = list(page).getByLabel('New name for Sample: product plan');
    await field.fill('   ');
    await field.press('Enter');
    await expect.poll(() => list(page).getByRole('alert').textContent()).toBe('Title is required');
    await field.fill('Growth plan 2027');
    await field.press('Enter');
    await expect.poll(() => titles(page)).toEqual(['Growth plan 2027', 'Untitled roadmap', 'Untitled roadmap 2']);

    // Opening it shows the new title: the roadmap itself was renamed, not only the list.
    await list(page).getByRole('button', { name: 'Growth plan 2027', exact: true }).click();
    await expect.poll(() => page.getByLabel('Roadmap title').inputValue()).toBe('Growth plan 2027');
    await reloadWhenSaved(page);
    await page.getByRole('toolbar', { name: 'Roadmap tools' }).waitFor();
    await expect.poll(() => page.getByLabel('Roadmap title').inputValue()).toBe('Growth plan 2027');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

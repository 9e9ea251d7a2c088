import { describe, inject, it } from 'vitest';
import { collectionOf, CURRENT_SCHEMA_VERSION, metaOf } from '../../shared';
import { useChromium } from './support/chromium';
import { expect, inspector, newAppContext, openApp, pageErrors, screenshot, reloadWhenSaved } from './support/app';
import { changeStoredRoadmap } from './support/stored-roadmap';

describe('documents the app did not write itself', () => {
  const browser = useChromium();

  it('shows invalid values as a warning on the item and keeps working', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('button', { name: /^Onboarding checklist/ }).waitFor();
    await changeStoredRoadmap(page, (doc) => {
      for (const initiative of collectionOf(doc, 'initiatives').values()) {
        if (initiative.get('title') !== 'Onboarding checklist') continue;
        initiative.set('endDate', '2020-01-01'); // before its start
        initiative.set('progress', 'lots');
      }
    });
    await reloadWhenSaved(page);
    const bar = page.getByRole('button', { name: /^Onboarding checklist/ });
    await expect
      .poll(() => bar.getAttribute('aria-description'))
      .toMatch(/Warning: .*Invalid progress.*End date is before the start date/);
    await bar.click();
    await expect
      .poll(() => inspector(page).getByRole('status').textContent())
      .toContain('End date is before the start date');
    // Fixing it through the inspector clears the warning.
    const end = inspector(page).getByLabel('End date');
    await end.fill('2027-06-30');
    await end.press('Enter');
    await inspector(page).getByLabel('Progress (%)').fill('10');
    await inspector(page).getByLabel('Progress (%)').press('Enter');
    await expect.poll(() => bar.getAttribute('aria-description')).not.toMatch(/Warning/);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('says a baseline with a damaged snapshot cannot be read, and keeps working', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('button', { name: /^Onboarding checklist/ }).waitFor();
    await changeStoredRoadmap(page, (doc) => {
      for (const baseline of collectionOf(doc, 'baselines').values())
        baseline.set('snapshot', new Uint8Array([1, 2, 3]));
    });
    await reloadWhenSaved(page);
    await page.getByRole('tablist', { name: 'View' }).getByRole('tab', { name: 'Changes' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('This baseline cannot be read');
    await screenshot(page, 'baseline-damaged');
    // Deleting it leaves the review empty, as before any baseline.
    await page.getByRole('button', { name: 'Delete baseline' }).click();
    await expect.poll(() => page.locator('.changes-empty').textContent()).toContain('No baseline yet');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('opens a roadmap from a newer Waymark read-only, with a banner, and does not rewrite it', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('button', { name: /^Onboarding checklist/ }).waitFor();
    await changeStoredRoadmap(page, (doc) => metaOf(doc).set('schemaVersion', CURRENT_SCHEMA_VERSION + 1));
    await reloadWhenSaved(page);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('saved by a newer version of Waymark');
    expect(await page.getByRole('button', { name: 'New initiative' }).isDisabled()).toBe(true);
    await screenshot(page, 'read-only-newer-version');
    // Nothing was written: the stored schema version is still the newer one.
    let storedVersion: unknown;
    await changeStoredRoadmap(page, (doc) => {
      storedVersion = metaOf(doc).get('schemaVersion');
    });
    expect(storedVersion).toBe(CURRENT_SCHEMA_VERSION + 1);
    await context.close();
  });
});

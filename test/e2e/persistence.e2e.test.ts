import { describe, inject, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, launchPersistentChromium } from './support/chromium';
import { expect, fillField, FIXED_NOW, newAppContext, openApp, waitUntilSaved, reloadWhenSaved } from './support/app';
import { storedUpdateCount } from './support/stored-roadmap';
import { COMPACT_AFTER_UPDATES } from '../../renderer/state/roadmap-session';

describe('offline persistence', () => {
  it('keeps edits across a browser restart (IndexedDB on disk)', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'waymark-profile-'));
    try {
      let context = await launchPersistentChromium(profile);
      let page = context.pages()[0] ?? (await context.newPage());
      await page.clock.setFixedTime(FIXED_NOW);
      await page.goto(inject('baseUrl'));
      await page.getByRole('button', { name: /^Onboarding checklist/ }).click();
      await fillField(page, 'Initiative title', 'Onboarding checklist v2');
      await fillField(page, 'Progress (%)', '80');
      await expect.poll(() => page.getByRole('button', { name: /^Onboarding checklist v2/ }).count()).toBe(1);
      await waitUntilSaved(page);
      await context.close();

      context = await launchPersistentChromium(profile);
      page = context.pages()[0] ?? (await context.newPage());
      await page.clock.setFixedTime(FIXED_NOW);
      await page.goto(inject('baseUrl'));
      const bar = page.getByRole('button', { name: /^Onboarding checklist v2/ });
      await expect.poll(() => bar.getAttribute('aria-label')).toMatch(/, 80% done$/);
      // Still one sample: the first-run sample is never written twice.
      expect(await page.getByRole('navigation', { name: 'Roadmaps' }).locator('.roadmap-open').count()).toBe(1);
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('compacts a roadmap stored as many small edits when it opens, keeping every edit', async () => {
    const browser = await launchChromium();
    try {
      const context = await newAppContext(browser);
      const page = await openApp(context, inject('baseUrl'));
      await page.getByRole('button', { name: /^Onboarding checklist/ }).click();
      for (let progress = 1; progress <= COMPACT_AFTER_UPDATES + 5; progress++) {
        await fillField(page, 'Progress (%)', String(progress));
      }
      const edits = await storedUpdateCount(page);
      expect(edits).toBeGreaterThan(COMPACT_AFTER_UPDATES);
      await reloadWhenSaved(page);
      const bar = page.getByRole('button', { name: /^Onboarding checklist/ });
      await expect
        .poll(() => bar.getAttribute('aria-label'))
        .toMatch(new RegExp(`, ${COMPACT_AFTER_UPDATES + 5}% done$`));
      await expect.poll(() => storedUpdateCount(page)).toBeLessThanOrEqual(2);
      await reloadWhenSaved(page);
      await expect
        .poll(() => bar.getAttribute('aria-label'))
        .toMatch(new RegExp(`, ${COMPACT_AFTER_UPDATES + 5}% done$`));
      await context.close();
    } finally {
      await browser.close();
    }
  });
});

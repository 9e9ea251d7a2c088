import { describe, inject, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchPersistentChromium } from './support/chromium';
import { expect, fillField, FIXED_NOW } from './support/app';

describe('offline persistence', () => {
  it('keeps edits across a browser restart (IndexedDB on disk)', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'waymark-profile-'));
    try {
      let context = await launchPersistentChromium(profile);
      let page = context.pages()[0] ?? (await context.newPage());
      await page.clock.setFixedTime(FIXED_NOW);
      await page.goto(inject('baseUrl'));
      await page.getByRole('button', { name: /^Onboarding checklist/ }).click();
      await fillField(page, 'Title', 'Onboarding checklist v2');
      await fillField(page, 'Progress (%)', '80');
      await expect.poll(() => page.getByRole('button', { name: /^Onboarding checklist v2/ }).count()).toBe(1);
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
});

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { expect, inspector, newAppContext, openApp, pageErrors, screenshot } from './support/app';

function bar(page: Page, title: string) {
  return page.getByRole('button', { name: new RegExp(`^${title}, `) });
}

/** Opens Export CSV/JSON from the header, picks the format and saves: the downloaded file's path and name. */
async function exportData(page: Page, format: 'CSV' | 'JSON', choose?: (dialog: Locator) => Promise<unknown>) {
  await page.getByRole('button', { name: 'CSV/JSON…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Export (CSV|JSON)$/ });
  await dialog.getByRole('radio', { name: new RegExp(`^${format}:`) }).check();
  await choose?.(dialog);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: `Export ${format}` }).click();
  const file = await download;
  await expect.poll(() => dialog.count()).toBe(0);
  return { path: (await file.path())!, name: file.suggestedFilename() };
}

describe('Export CSV and JSON from the app', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('exports CSV for Excel, and importing it into a new roadmap gives the same bars on the same lanes', async () => {
    const page = await openApp(await newAppContext(browser), inject('baseUrl'));
    await page.getByRole('button', { name: 'CSV/JSON…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export CSV' });
    await dialog.getByText(/\d+ rows, dates as YYYY-MM-DD/).waitFor();
    await screenshot(page, 'export-csv');
    await dialog.getByRole('button', { name: 'Close' }).click();
    const { path, name } = await exportData(page, 'CSV', (form) => form.getByLabel('Separator').selectOption(';'));
    expect(name).toBe('Sample product plan.csv');
    const bytes = new Uint8Array(await readFile(path));
    // Marked as UTF-8 for Excel, semicolons as chosen, ISO dates.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe(
      'Id;Type;Title;Goal;Goal path;Key results;Key result ids;Start;End;Status;Owner;Team;Tags;Progress;Predecessors;External key;Description',
    );
    expect(text).toMatch(/;Initiative;Onboarding checklist;Grow activation;Grow activation;[^\r]*;\d{4}-\d{2}-\d{2};/);
    expect(text).toMatch(/;Milestone;Beta launch;/);

    // Imported back, into a new roadmap: recognized as Waymark's own export, every row created.
    const rows = text.trim().split('\r\n').length - 1;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles({ name: 'round-trip.csv', mimeType: 'text/csv', buffer: Buffer.from(bytes) });
    const importing = page.getByRole('dialog', { name: 'Import “round-trip.csv”' });
    await importing.getByText(`${rows} rows, read as a Waymark CSV export`).waitFor();
    await importing.getByRole('radio', { name: 'A new roadmap' }).check();
    await importing.getByRole('button', { name: 'Import', exact: true }).click();
    const report = importing.getByRole('status', { name: 'Import report' });
    await expect.poll(() => report.textContent()).toMatch(new RegExp(`${rows} items created, 0 items updated`));
    await importing.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('navigation', { name: 'Roadmaps' }).getByText('round-trip').waitFor();
    await page.getByRole('button', { name: 'Fit' }).click();
    await bar(page, 'Onboarding checklist').click();
    await expect
      .poll(() => inspector(page).getByLabel('Goal', { exact: true }).locator('option:checked').textContent())
      .toBe('Grow activation');
    expect(pageErrors(page)).toEqual([]);
  });

  it('exports JSON and imports it as a new roadmap: the same plan, check-ins and baseline review', async () => {
    const page = await openApp(await newAppContext(browser, { locale: 'en-US' }), inject('baseUrl'));
    const review = () => page.locator('.changes-view > p.muted');
    const changesTab = page.getByRole('tablist', { name: 'View' }).getByRole('tab', { name: 'Changes' });
    await changesTab.click();
    await expect.poll(() => review().textContent()).toMatch(/^Taken .* by Maya Chen\. Initiatives: /);
    const before = await review().textContent();

    const { path, name } = await exportData(page, 'JSON');
    expect(name).toBe('Sample product plan.json');
    const json = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown[]> & { format: string };
    expect(json.format).toBe('waymark-roadmap');
    expect(json.baselines).toHaveLength(1);
    expect(json.goals!.length).toBeGreaterThan(3);

    // A file that is not a roadmap is refused, and nothing is added.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…' }).click();
    await (
      await chooser
    ).setFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
    await page.getByRole('alert').filter({ hasText: '“other.json” was not imported' }).waitFor();
    const roadmaps = page.getByRole('navigation', { name: 'Roadmaps' });
    expect(await roadmaps.getByText('Sample: product plan').count()).toBe(1);

    const again = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…' }).click();
    await (await again).setFiles({ name, mimeType: 'application/json', buffer: await readFile(path) });
    await page
      .getByRole('alert')
      .filter({ hasText: 'Imported “Sample product plan.json” as a new roadmap.' })
      .waitFor();
    await expect.poll(() => roadmaps.getByText('Sample: product plan').count()).toBe(2);
    // The new roadmap is open, with the same review of what changed since its baseline.
    await changesTab.click();
    await expect.poll(() => review().textContent()).toBe(before);
    await screenshot(page, 'import-json-changes');
    expect(pageErrors(page)).toEqual([]);
  });
});

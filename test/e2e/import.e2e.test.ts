import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { expect, inspector, newAppContext, openApp, pageErrors, screenshot } from './support/app';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

async function importFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(path);
  return page.getByRole('dialog', { name: /^Import “/ });
}

/** Drops a file on the window as the system's file manager would. */
async function dropFile(page: Page, name: string, bytes: Uint8Array, type = 'text/csv') {
  await page.evaluate(
    ({ name, data, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type }));
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    { name, data: [...bytes], type },
  );
}

function bar(page: Page, title: string) {
  return page.getByRole('button', { name: new RegExp(`^${title}, `) });
}

describe('Import CSV in the app', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports a Jira export through the dialog into a new roadmap, then a later export as changes only', async () => {
    const page = await openApp(await newAppContext(browser), inject('baseUrl'));
    const dialog = await importFile(page, fixture('jira-issues.csv'));
    await dialog.getByText('10 rows, read as a Jira issue export').waitFor();
    // The first Component/s column becomes tags (the guess left it out).
    const components = dialog.getByRole('combobox', { name: /, Component\/s, becomes$/ }).first();
    expect(await components.inputValue()).toBe('ignore');
    await components.selectOption('tags');
    expect(await dialog.getByRole('combobox', { name: 'Column 1, Summary, becomes' }).inputValue()).toBe('title');
    expect(await dialog.getByRole('combobox', { name: 'Status “Code review” becomes' }).inputValue()).toBe(
      'in-progress',
    );
    await dialog.getByRole('radio', { name: 'A new roadmap' }).check();
    const summary = dialog.getByRole('status', { name: 'What the import will do' });
    await expect
      .poll(() => summary.textContent())
      .toMatch(/create 7 initiatives and 2 goals \(Self-serve onboarding, Usage-based billing\), add 2 dependencies/);
    expect(await summary.textContent()).toMatch(/1 row will be skipped/);
    await screenshot(page, 'import-mapping');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const report = dialog.getByRole('status', { name: 'Import report' });
    await expect.poll(() => report.textContent()).toMatch(/7 items created, 0 items updated, 2 goals created/);
    await dialog.getByText('Skipped (1)').click();
    await dialog.getByText('Line 13: It has no title.').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The new roadmap is open: the epics are lanes, the issues bars on them.
    await page.getByRole('navigation', { name: 'Roadmaps' }).getByText('jira-issues').waitFor();
    await page.getByRole('button', { name: 'Fit' }).click();
    await page
      .getByRole('region', { name: 'Self-serve onboarding' })
      .or(page.getByLabel('Self-serve onboarding').first())
      .first()
      .waitFor();
    await bar(page, 'Guided setup checklist').click();
    await expect
      .poll(() => inspector(page).getByLabel('Tags', { exact: true }).inputValue())
      .toBe('Web app, onboarding, ux');
    await screenshot(page, 'import-new-roadmap');

    // A later export, into this roadmap: only the changes, listed before they are made.
    const again = await importFile(page, fixture('jira-issues-changed.csv'));
    expect(await again.getByRole('radio', { name: /^This roadmap/ }).isChecked()).toBe(true);
    await again.getByText('The columns are set as in your last import of a file like this one.').waitFor();
    const changes = again.getByRole('status', { name: 'What the import will do' });
    await expect.poll(() => changes.textContent()).toMatch(/create 1 initiative, update 2 items/);
    expect(await changes.textContent()).toMatch(/4 rows already match/);
    expect(await changes.textContent()).toContain(
      'Sample data for empty workspaces: End 2026-08-15 → 2026-08-22; Status In progress → Done',
    );
    await screenshot(page, 'import-changes');
    await again.getByRole('button', { name: 'Import', exact: true }).click();
    await again.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => bar(page, 'Sample data for empty workspaces').getAttribute('aria-label')).toMatch(/Done/);
    await bar(page, 'Annual plans with usage caps').waitFor();
    // One undo takes the whole import back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => bar(page, 'Annual plans with usage caps').count()).toBe(0);
    await expect
      .poll(() => bar(page, 'Sample data for empty workspaces').getAttribute('aria-label'))
      .not.toMatch(/Done/);
    expect(pageErrors(page)).toEqual([]);
  });

  it('takes a file dropped on the window, and refuses what is not a CSV file, changing nothing', async () => {
    const page = await openApp(await newAppContext(browser), inject('baseUrl'));
    await dropFile(page, 'roadmunk.csv', new Uint8Array(await readFile(fixture('roadmunk.csv'))));
    const dialog = page.getByRole('dialog', { name: 'Import “roadmunk.csv”' });
    await dialog.getByText('4 rows, read as a Roadmunk export').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await dropFile(page, 'plan.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1]));
    const refused = page.getByRole('dialog', { name: 'Import “plan.csv”' });
    await refused.getByRole('alert').filter({ hasText: 'This file is not text' }).waitFor();
    await refused.getByText('Nothing was imported').waitFor();
    await refused.getByRole('button', { name: 'OK' }).click();

    await dropFile(page, 'photo.png', new Uint8Array([0x89, 0x50]), 'image/png');
    await page.getByRole('alert').filter({ hasText: '“photo.png” is not a CSV or JSON file' }).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { expect, fillField, inspector, newAppContext, openApp, pageErrors, screenshot } from './support/app';
import { decodeRoadmapFile } from '../../shared';

function list(page: Page) {
  return page.getByRole('navigation', { name: 'Roadmaps' });
}

async function titles(page: Page): Promise<string[]> {
  return list(page).locator('.roadmap-open').allTextContents();
}

async function ownerOf(page: Page, initiative: string): Promise<string> {
  await page.getByRole('button', { name: new RegExp(`^${initiative}`) }).click();
  return inspector(page).getByLabel('Initiative owner', { exact: true }).inputValue();
}

async function saveCopyOf(page: Page, path: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy' }).click();
  await (await download).saveAs(path);
}

async function openFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(path);
}

describe('roadmap files in a browser', () => {
  let browser: Browser;
  let folder: string;
  beforeAll(async () => {
    browser = await launchChromium();
    folder = await mkdtemp(join(tmpdir(), 'waymark-e2e-files-'));
  });
  afterAll(async () => {
    await browser?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('saves a copy as a .waymark file, opens it elsewhere, merges a copy into its original, refuses a damaged one', async () => {
    const context = await newAppContext(browser);
    const ada = await openApp(context, inject('baseUrl'));
    await ada.getByRole('button', { name: /^Onboarding checklist/ }).waitFor();
    const download = ada.waitForEvent('download');
    await ada.getByRole('button', { name: 'Save a copy' }).click();
    const saved = join(folder, (await download).suggestedFilename());
    await (await download).saveAs(saved);
    expect(saved).toMatch(/Sample product plan\.waymark$/);
    const { meta } = decodeRoadmapFile(new Uint8Array(await readFile(saved)));
    expect(meta.title).toBe('Sample: product plan');

    // Someone else opens it: the roadmap is added to their list, with everything in it.
    const other = await openApp(await newAppContext(browser), inject('baseUrl'));
    await openFile(other, saved);
    await expect.poll(() => other.getByRole('button', { name: /^Sample: product plan/ }).count()).toBe(2);
    await other.getByRole('button', { name: /^Customer interviews/ }).waitFor();
    // They edit their copy and send it back; opening it merges into the original, keeping both sides' edits.
    await other.getByRole('button', { name: /^Customer interviews/ }).click();
    await fillField(other, 'Initiative owner', 'Ben from the copy');
    const back = other.waitForEvent('download');
    await other.getByRole('button', { name: 'Save a copy' }).click();
    const returned = join(folder, 'returned.waymark');
    await (await back).saveAs(returned);
    await ada.getByRole('button', { name: /^Weekly progress digest/ }).click();
    await fillField(ada, 'Initiative owner', 'Ada meanwhile');
    await openFile(ada, returned);
    await expect.poll(() => ada.getByRole('alert').filter({ hasText: 'Merged the file' }).count()).toBe(1);
    await ada.getByRole('button', { name: /^Customer interviews/ }).click();
    await expect.poll(() => ada.getByLabel('Initiative owner', { exact: true }).inputValue()).toBe('Ben from the copy');
    await ada.getByRole('button', { name: /^Weekly progress digest/ }).click();
    expect(await ada.getByLabel('Initiative owner', { exact: true }).inputValue()).toBe('Ada meanwhile');
    expect(await ada.getByRole('navigation', { name: 'Roadmaps' }).getByRole('listitem').count()).toBe(1);

    // A damaged file: refused with a clear message, nothing added.
    const bytes = await readFile(saved);
    bytes[bytes.length - 3]! ^= 0xff;
    const damaged = join(folder, 'damaged.waymark');
    await writeFile(damaged, bytes);
    await openFile(other, damaged);
    await expect.poll(() => other.getByRole('alert').textContent()).toContain('This roadmap file is damaged');
    await screenshot(other, 'files-damaged-refused');
    expect(await other.getByRole('navigation', { name: 'Roadmaps' }).getByRole('listitem').count()).toBe(2);
    expect(pageErrors(ada)).toEqual([]);
    expect(pageErrors(other)).toEqual([]);
  });

  it('duplicates a roadmap as a new one that edits apart from the original, and whose file opens as its own roadmap', async () => {
    const context = await newAppContext(browser);
    const ada = await openApp(context, inject('baseUrl'));
    await ada.getByRole('button', { name: /^Onboarding checklist/ }).waitFor();
    const originalOwner = await ownerOf(ada, 'Customer interviews');

    await ada.getByRole('button', { name: 'Duplicate as a new roadmap' }).click();
    await expect.poll(() => titles(ada)).toEqual(['Sample: product plan', 'Sample: product plan (copy)']);
    await expect
      .poll(() => list(ada).getByRole('alert').textContent())
      .toBe('Duplicated “Sample: product plan” as a new roadmap: edits to one never change the other.');
    // Making it was no edit: it has nothing to undo (an undo could not empty it).
    expect(await ada.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    // It opens with its title ready to type: a scenario gets its name.
    const title = ada.getByLabel('Roadmap title');
    await expect.poll(() => title.evaluate((field) => field === document.activeElement)).toBe(true);
    await title.fill('Scenario B');
    await title.press('Enter');
    await expect.poll(() => titles(ada)).toEqual(['Sample: product plan', 'Scenario B']);
    await screenshot(ada, 'files-duplicate');

    // Edited, the duplicate changes; the original does not.
    expect(await ownerOf(ada, 'Customer interviews')).toBe(originalOwner);
    await fillField(ada, 'Initiative owner', 'Scenario owner');
    await saveCopyOf(ada, join(folder, 'scenario.waymark'));
    await list(ada).getByRole('button', { name: 'Sample: product plan', exact: true }).click();
    await expect.poll(() => title.inputValue()).toBe('Sample: product plan');
    expect(await ownerOf(ada, 'Customer interviews')).toBe(originalOwner);

    // Its file opens as a roadmap of its own, also beside the original, and never merges into it.
    await list(ada).getByRole('button', { name: 'Delete Scenario B' }).click();
    await list(ada).getByRole('group', { name: 'Delete Scenario B?' }).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => titles(ada)).toEqual(['Sample: product plan']);
    await openFile(ada, join(folder, 'scenario.waymark'));
    await expect.poll(() => titles(ada)).toEqual(['Sample: product plan', 'Scenario B']);
    await expect
      .poll(() => list(ada).getByRole('alert').textContent())
      .toBe(
        'Added “Scenario B” as a roadmap of its own: it is a duplicate of “Sample: product plan” and does not merge into it.',
      );
    await expect.poll(() => title.inputValue()).toBe('Scenario B');
    expect(await ownerOf(ada, 'Customer interviews')).toBe('Scenario owner');
    await list(ada).getByRole('button', { name: 'Sample: product plan', exact: true }).click();
    await expect.poll(() => title.inputValue()).toBe('Sample: product plan');
    expect(await ownerOf(ada, 'Customer interviews')).toBe(originalOwner);
    expect(pageErrors(ada)).toEqual([]);
    await context.close();
  });
});

import { readFile } from 'node:fs/promises';
import { describe, inject, it } from 'vitest';
import { useChromium } from './support/chromium';
import { expect, newAppContext, openApp, pageErrors } from './support/app';
import { pdfText } from '../pdf/pdf-text';

describe('Export PDF from the app', () => {
  const browser = useChromium();

  it('makes the PDF in the window, as the canvas shows the roadmap (filters applied), and saves it', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('group', { name: 'View options' }).getByLabel('Filter by team').selectOption('Growth');
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PDF' });
    await dialog.getByLabel('Page size').selectOption('Letter');
    await dialog.getByLabel('Prepared by').fill('Ada Lovelace');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export PDF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Sample product plan.pdf');
    const bytes = new Uint8Array(await readFile((await file.path())!));
    const pages = await pdfText(bytes);
    const text = pages.flat().map((item) => item.str);
    expect(text).toContain('Sample: product plan');
    expect(text.some((line) => line.includes('Prepared by Ada Lovelace'))).toBe(true);
    expect(text).toContain(`page ${pages.length} of ${pages.length}`);
    // Growth's initiatives are in it; the filter left the others out.
    expect(text).toEqual(expect.arrayContaining(['Onboarding checklist', 'Roadmap templates gallery']));
    expect(text.some((line) => line.startsWith('Sync engine'))).toBe(false);
    // No alignment page unless asked for.
    expect(text).not.toContain('Sample: product plan: alignment');
    expect(await dialog.count()).toBe(0);

    // Goals chosen one by one: only Scale the platform, no filter.
    await page.getByRole('group', { name: 'View options' }).getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await dialog.getByRole('combobox', { name: 'Goals', exact: true }).selectOption('chosen');
    const choices = dialog.getByRole('group', { name: 'Goals to include' });
    for (const title of ['Grow activation', 'Improve retention', 'Unaligned'])
      await choices.getByLabel(title).uncheck();
    await dialog.getByLabel('Alignment page: work and goals that don\u2019t meet').check();
    const second = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export PDF' }).click();
    const chosenText = (await pdfText(new Uint8Array(await readFile((await (await second).path())!))))
      .flat()
      .map((item) => item.str);
    expect(chosenText).toEqual(expect.arrayContaining(['Sync engine hardening', 'Large roadmap performance']));
    expect(chosenText).not.toContain('Onboarding checklist');
    expect(chosenText).not.toContain('Customer interviews');
    // The alignment page, for the chosen goals only (Unaligned left out): Large roadmap performance serves
    // none of its goal's key results; Win team accounts has no work this quarter.
    expect(chosenText).toEqual(
      expect.arrayContaining([
        'Sample: product plan: alignment',
        'Initiatives on no goal (0)',
        'Initiatives serving none of their goal\u2019s key results (1)',
        'Goals with no work this quarter (1)',
      ]),
    );
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('prints a goal collapsed on the canvas collapsed, unless asked to expand it', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('button', { name: 'Collapse Improve retention' }).click();
    const exportText = async (keepCollapsed: boolean) => {
      await page.getByRole('button', { name: 'Export PDF…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export PDF' });
      const keep = dialog.getByLabel('Print the collapsed goal collapsed (its initiatives stay in the table)');
      await keep.setChecked(keepCollapsed);
      const download = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Export PDF' }).click();
      return (await pdfText(new Uint8Array(await readFile((await (await download).path())!))))
        .flat()
        .map((item) => item.str);
    };
    const collapsed = await exportText(true);
    expect(collapsed).toContain('At risk · 12% · 2 collapsed');
    // Its initiatives are in the table only, not on the timeline.
    expect(collapsed.filter((line) => line === 'Weekly progress digest')).toHaveLength(1);
    const expanded = await exportText(false);
    expect(expanded).not.toContain('At risk · 12% · 2 collapsed');
    expect(expanded.filter((line) => line === 'Weekly progress digest')).toHaveLength(2);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

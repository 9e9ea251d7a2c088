import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, inject, it } from 'vitest';
import { createRoadmapYDoc, RoadmapStore, writeSampleRoadmap } from '../../shared';
import { useChromium } from './support/chromium';
import type { Locator } from 'playwright-core';
import { ARTIFACTS, expect, inspector, newAppContext, openApp, pageErrors, screenshot } from './support/app';
import { makeReviewChanges, takeBaselineFromToolbar, viewTab } from './support/review';
import { pdfText, type PageText } from '../pdf/pdf-text';

/** Every initiative and key-result title of the sample, and the one the review adds. */
function sampleTitles() {
  const doc = createRoadmapYDoc();
  writeSampleRoadmap(doc, '2027-01-15');
  const snapshot = new RoadmapStore(doc).getSnapshot();
  return {
    initiatives: [...[...snapshot.initiatives.values()].map((item) => item.title), 'Referral program'],
    keyResults: [...snapshot.keyResults.values()].map((item) => item.title),
  };
}
const words = (page: readonly PageText[]) => page.map((item) => item.str);

describe('the review pack: a PDF of the changes since a baseline', () => {
  const browser = useChromium();

  it('exports, from the Changes view, exactly the changes since the baseline, and takes the next one', async () => {
    const context = await newAppContext(browser(), { locale: 'en-US' });
    const page = await openApp(context, inject('baseUrl'));
    await takeBaselineFromToolbar(page, 'Q1 review');
    await makeReviewChanges(page);
    await viewTab(page, 'Changes').click();
    const churnLine = page.getByRole('region', { name: 'Changes in Improve retention' }).getByRole('listitem');
    await expect.poll(() => churnLine.filter({ hasText: 'Monthly churn' }).count()).toBe(1);

    // From the Changes view, the export compares with the baseline it shows.
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PDF' });
    const since = dialog.getByRole('combobox', { name: 'Changes since' });
    expect(await since.locator('option:checked').textContent()).toMatch(/^Q1 review \(/);
    await dialog.getByLabel('Take a baseline of what is exported, for the next review').check();
    // The quarter the fixed clock is in (Jan 16 2027 in Auckland).
    expect(await dialog.getByRole('textbox', { name: 'Baseline name' }).inputValue()).toBe('Q1 2027 review');
    await screenshot(page, 'review-pack-dialog');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export PDF' }).click();
    const bytes = new Uint8Array(await readFile((await (await download).path())!));
    mkdirSync(`${ARTIFACTS}`, { recursive: true });
    writeFileSync(`${ARTIFACTS}review-pack.pdf`, bytes);
    const pages = await pdfText(bytes);

    // After the title page: the Changes page, listing exactly what was done.
    const changesAt = pages.findIndex((items) =>
      words(items).includes('Sample: product plan: changes since Q1 review (2027-01-16)'),
    );
    expect(changesAt).toBe(1);
    const changes = words(pages[changesAt]!);
    const { initiatives, keyResults } = sampleTitles();
    expect(changes.filter((text) => initiatives.includes(text)).sort()).toEqual([
      'Large roadmap performance',
      'Onboarding checklist',
      'Referral program',
    ]);
    expect(changes.filter((text) => keyResults.includes(text))).toEqual(['Monthly churn']);
    expect(changes).toEqual(
      expect.arrayContaining(['slipped +17 d', 'from Grow activation', 'removed', 'new', 'Improve retention']),
    );
    expect(changes.filter((text) => /^(slipped|ends|starts) /.test(text))).toEqual(['slipped +17 d']);
    expect(changes.find((text) => text.includes(' pts)'))).toMatch(/^\d+% → \d+% \(\+\d+ pts\)$/);
    expect(changes.join(' ')).toContain('Initiatives: 1 added, 1 removed, 1 rescheduled (1 slipped), 1 re-aligned.');
    // The title page: Monthly churn's change in points; the others did not move.
    const title = words(pages[0]!);
    const churnPoints = changes.find((text) => text.includes(' pts)'))!.match(/\((\+\d+ pts)\)/)![1];
    expect(title.filter((text) => text.endsWith(' pts') && text !== '±0 pts')).toEqual([churnPoints]);
    expect(title.filter((text) => text === '±0 pts').length).toBeGreaterThan(0);
    expect(title.some((text) => /^As of 2027-01-16 · .*Compared with Q1 review \(2027-01-16\)$/.test(text))).toBe(true);
    // The timeline: the moved bar's markers, the new one's, the ghost in the legend.
    const timeline = pages.filter((items) => words(items).includes('Sample: product plan: timeline')).flatMap(words);
    expect(timeline).toEqual(
      expect.arrayContaining([
        '+17 d',
        'from Grow activation',
        'new',
        'Where it was at Q1 review (+N d: ends N days later)',
      ]),
    );
    expect(timeline).not.toContain('Large roadmap performance');

    // The baseline of what was presented is taken: the Changes view compares with it, and one undo removes it.
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.getByRole('heading', { name: 'Changes since Q1 2027 review' }).count()).toBe(1);
    await expect
      .poll(() => page.locator('.changes-empty').textContent())
      .toContain('Nothing changed since Q1 2027 review');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Changes since Q1 review' }).count()).toBe(1);
    // The check-in is still there: the undo took back the baseline only.
    await expect.poll(() => churnLine.filter({ hasText: 'Monthly churn' }).count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('compares from the timeline only when asked, with the canvas’s filter, and refuses a baseline without a name', async () => {
    const context = await newAppContext(browser(), { locale: 'en-US' });
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PDF' });
    // From the timeline, not comparing: the sample's baseline is offered, not chosen; another can be taken.
    expect(await dialog.getByRole('combobox', { name: 'Changes since' }).inputValue()).toBe('');
    await dialog.getByLabel('Take a baseline of what is exported, for the next review').check();
    await dialog.getByRole('textbox', { name: 'Baseline name' }).fill('   ');
    await dialog.getByRole('button', { name: 'Export PDF' }).click();
    await expect.poll(() => dialog.getByRole('alert').count()).toBe(1);
    await dialog.getByRole('textbox', { name: 'Baseline name' }).fill('Kick-off');
    const first = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export PDF' }).click();
    const plain = (await pdfText(new Uint8Array(await readFile((await (await first).path())!)))).flatMap(words);
    expect(plain.some((text) => text.includes('changes since'))).toBe(false);

    // On the timeline, the next export compares only when asked to. Filtered by team, the changes are the
    // team's, an initiative of the team removed since among them.
    await viewTab(page, 'Timeline').click();
    await page.getByRole('button', { name: /^Roadmap templates gallery/ }).click();
    await inspector(page).getByRole('button', { name: 'Delete initiative' }).click();
    await page.getByRole('group', { name: 'View options' }).getByLabel('Filter by team').selectOption('Growth');
    const exportText = async (choose: (dialog: Locator) => Promise<void>) => {
      await page.getByRole('button', { name: 'Export PDF…' }).click();
      await choose(dialog);
      const download = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Export PDF' }).click();
      return (await pdfText(new Uint8Array(await readFile((await (await download).path())!)))).flatMap(words);
    };
    const since = dialog.getByRole('combobox', { name: 'Changes since' });
    const filtered = await exportText(async () => {
      expect(await since.inputValue()).toBe('');
      await since.selectOption({ label: 'Kick-off (Jan 16, 2027)' });
    });
    expect(filtered).toEqual(expect.arrayContaining(['Roadmap templates gallery', 'removed']));
    expect(filtered.join(' ')).toContain('initiatives filtered as on the canvas');
    // Compared, without the page: the title page says so, with its key results' points.
    const compared = await exportText(async () => {
      await since.selectOption({ label: 'Kick-off (Jan 16, 2027)' });
      await dialog.getByLabel('“Changes since Kick-off” page (the timeline shows where moved work was)').uncheck();
    });
    expect(compared.some((text) => text.includes('changes since'))).toBe(false);
    expect(compared.some((text) => text.endsWith('Compared with Kick-off (2027-01-16)'))).toBe(true);
    expect(compared).toContain('±0 pts');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

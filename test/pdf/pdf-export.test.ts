import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  createGoal,
  createInitiative,
  RoadmapStore,
  selectLanes,
  writeSampleRoadmap,
  type Initiative,
  createRoadmapYDoc,
} from '../../shared';
import { generateRoadmap } from '../../bench/generate';
import { renderRoadmapPdf } from '../../electron/services/export/pdf-export';
import { overlappingTexts, pdfText, type PageText } from './pdf-text';

const AS_OF = '2027-01-15';
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/pdf/', import.meta.url));

/** Keeps the PDF and its first pages as PNGs (with poppler's pdftoppm, where installed) for people to look at. */
function keepForReview(bytes: Uint8Array, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const pdf = `${ARTIFACTS}${name}.pdf`;
  writeFileSync(pdf, bytes);
  if (!existsSync('/usr/bin/pdftoppm')) return;
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '70', '-l', '4', pdf, `${ARTIFACTS}${name}`]);
  expect(
    readdirSync(ARTIFACTS).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png')).length,
  ).toBeGreaterThan(0);
}
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

function sampleWithScripts(): Y.Doc {
  const doc = createRoadmapYDoc();
  writeSampleRoadmap(doc, AS_OF);
  const goal = createGoal(doc, { title: 'Ελληνικά και Кириллица' });
  createInitiative(doc, { title: 'Μετάφραση εφαρμογής', goalId: goal, startDate: '2027-03-01', endDate: '2027-05-15' });
  createInitiative(doc, {
    title: 'Локализация интерфейса',
    goalId: goal,
    startDate: '2027-04-01',
    endDate: '2027-06-20',
  });
  createInitiative(doc, { title: 'Crème brûlée façade', goalId: goal, startDate: '2027-06-01', endDate: '2027-09-30' });
  return doc;
}

function initiativesOf(doc: Y.Doc): Initiative[] {
  return selectLanes(new RoadmapStore(doc).getSnapshot()).flatMap((lane) => lane.initiatives);
}

/** Which pages are which, from their headings. */
function sections(pages: readonly PageText[][]) {
  const kind = (page: readonly PageText[]) =>
    page.some((item) => item.str.endsWith(': initiatives by goal'))
      ? 'appendix'
      : page.some((item) => /: timeline( \(part \d+ of \d+\))?$/.test(item.str))
        ? 'timeline'
        : page.some((item) => /: alignment( \(continued\))?$/.test(item.str))
          ? 'alignment'
          : 'title';
  return pages.map(kind);
}

/** Checks every initiative is on a timeline page (its title, or the start of it before an ellipsis) and in full in the appendix. */
function expectEveryTitle(pages: readonly PageText[][], initiatives: readonly Initiative[]) {
  const kinds = sections(pages);
  const timelineTexts = pages
    .filter((_, index) => kinds[index] === 'timeline')
    .flat()
    .map((item) => item.str.replace(/^[✓!◐] /, ''));
  const appendixText = normalize(
    pages
      .filter((_, index) => kinds[index] === 'appendix')
      .flat()
      .map((item) => item.str)
      .join(' '),
  );
  for (const initiative of initiatives) {
    const shown = timelineTexts.some(
      (text) =>
        text === initiative.title ||
        (text.endsWith('…') && text.length > 1 && initiative.title.startsWith(text.slice(0, -1).trimEnd())),
    );
    expect(shown, `"${initiative.title}" on a timeline page`).toBe(true);
    expect(appendixText, `"${initiative.title}" in the appendix`).toContain(normalize(initiative.title));
  }
}

function expectFooters(pages: readonly PageText[][], title: string) {
  pages.forEach((page, index) => {
    const texts = page.map((item) => item.str);
    expect(texts, `page ${index + 1}`).toContain(`page ${index + 1} of ${pages.length}`);
    expect(texts).toContain(`As of ${AS_OF}`);
    expect(texts.some((text) => title.startsWith(text.replace(/…$/, '')))).toBe(true);
  });
}

describe('PDF export', () => {
  it('exports the sample: title page with goals and key results, timeline, appendix; text in every script', async () => {
    const doc = sampleWithScripts();
    const bytes = await renderRoadmapPdf(doc, {
      asOf: AS_OF,
      author: 'Ada Lovelace',
      sections: { title: true, timeline: true, appendix: true, alignment: true },
    });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pages = await pdfText(bytes);
    expect(sections(pages)).toEqual(['title', 'alignment', 'timeline', 'appendix']);
    expectFooters(pages, 'Sample: product plan');
    expectEveryTitle(pages, initiativesOf(doc));
    const titlePage = pages[0]!.map((item) => item.str);
    expect(titlePage).toContain('Sample: product plan');
    expect(titlePage.some((text) => text.includes('Prepared by Ada Lovelace'))).toBe(true);
    expect(titlePage).toEqual(
      expect.arrayContaining([
        'Week-1 activation rate',
        'due 2027-10-31 · Sam Lee',
        '32% → 36% → 45%',
        '31%',
        'On track · 36% on 2027-01-13 · Sam Lee',
      ]),
    );
    expect(pages[1]!.map((item) => item.str)).toEqual(
      expect.arrayContaining(['Initiatives on no goal (1)', 'Customer interviews']),
    );
    // Greek, Cyrillic and accented Latin come out as text (embedded font with a Unicode map), not boxes.
    const all = pages
      .flat()
      .map((item) => item.str)
      .join(' ');
    for (const title of [
      'Μετάφραση εφαρμογής',
      'Локализация интерфейса',
      'Crème brûlée façade',
      'Ελληνικά και Кириллица',
    ]) {
      expect(all).toContain(title);
    }
    // Milestones are listed in the appendix too, under their goal.
    const appendix = pages.at(-1)!.map((item) => item.str);
    expect(appendix).toEqual(expect.arrayContaining(['◇ Beta launch', '◇ Pricing review', '◇ Annual planning']));
    for (const page of pages) expect(overlappingTexts(page)).toEqual([]);
    keepForReview(bytes, 'sample');
  });

  it('exports 300 initiatives across 12 goals on several pages, every title present, no text overlapping', async () => {
    const roadmap = generateRoadmap(300);
    // Keep 12 of its goals (and Unaligned): the rest of the lanes are left out, as a canvas filter would.
    const lanes = selectLanes(new RoadmapStore(roadmap.doc).getSnapshot());
    const chosen = [...lanes.filter((lane) => lane.goal).slice(0, 12), ...lanes.filter((lane) => !lane.goal)];
    const bytes = await renderRoadmapPdf(roadmap.doc, { asOf: AS_OF, lanes: chosen.map((lane) => lane.key) });
    const pages = await pdfText(bytes);
    const kinds = sections(pages);
    expect(kinds.filter((kind) => kind === 'timeline').length).toBeGreaterThan(1);
    expect(kinds.filter((kind) => kind === 'appendix').length).toBeGreaterThan(1);
    expectFooters(pages, roadmap.title);
    expectEveryTitle(
      pages,
      chosen.flatMap((lane) => lane.initiatives),
    );
    // Appendix pages repeat the column headers.
    for (const [index, page] of pages.entries()) {
      if (kinds[index] === 'appendix')
        expect(page.map((item) => item.str)).toEqual(expect.arrayContaining(['Initiative', 'Owner', 'Progress']));
    }
    for (const [index, page] of pages.entries()) expect(overlappingTexts(page), `page ${index + 1}`).toEqual([]);
    keepForReview(bytes, 'generated-300');
  });

  it('tiles a long range across pages at readable scale, and crops to a chosen range', async () => {
    const roadmap = generateRoadmap(300);
    const tiled = await pdfText(
      await renderRoadmapPdf(roadmap.doc, {
        asOf: AS_OF,
        layout: 'tiled',
        sections: { title: false, timeline: true, appendix: false },
      }),
    );
    const parts = new Set(
      tiled.flatMap((page) => page.map((item) => /\(part (\d+) of (\d+)\)$/.exec(item.str)?.[2]).filter(Boolean)),
    );
    expect(parts.size).toBe(1);
    expect(Number([...parts][0])).toBeGreaterThan(1);
    const cropped = await pdfText(
      await renderRoadmapPdf(roadmap.doc, {
        asOf: AS_OF,
        from: '2027-01-01',
        to: '2027-06-30',
        sections: { title: false, timeline: true, appendix: false },
      }),
    );
    const labels = cropped[0]!.map((item) => item.str);
    expect(labels).toEqual(expect.arrayContaining(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun']));
    expect(labels).not.toContain('Jul');
    expect(labels).not.toContain('Dec');
  });

  it('prints no empty tiles over a range far wider than the content, and says when there is nothing to list', async () => {
    const doc = sampleWithScripts();
    const tiled = await pdfText(
      await renderRoadmapPdf(doc, {
        asOf: AS_OF,
        layout: 'tiled',
        from: '1990-01-01',
        to: '2099-12-31',
        sections: { title: false, timeline: true, appendix: false },
      }),
    );
    expect(tiled.length).toBeLessThanOrEqual(3);
    const empty = new Y.Doc();
    empty.getMap('meta').set('title', 'Nothing yet');
    const pages = await pdfText(
      await renderRoadmapPdf(empty, { asOf: AS_OF, sections: { title: false, timeline: false, appendix: true } }),
    );
    expect(pages.flat().map((item) => item.str)).toContain('No initiatives or milestones in this export.');
  });

  it('refuses options that make no sense', async () => {
    const doc = sampleWithScripts();
    await expect(renderRoadmapPdf(doc, { asOf: AS_OF, from: '2027-05-01', to: '2027-01-01' })).rejects.toThrow(
      /ends before it starts/,
    );
    await expect(renderRoadmapPdf(doc, { asOf: 'soon' })).rejects.toThrow(/date like/);
  });
});

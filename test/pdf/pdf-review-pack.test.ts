import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  createInitiative,
  createRoadmapYDoc,
  deleteInitiative,
  moveInitiative,
  RoadmapStore,
  takeBaseline,
} from '../../shared';
import { generateRoadmap } from '../../bench/generate';
import { BASELINE_TAKEN_AT } from '../../shared/testing/reviewed-roadmap';
import { renderRoadmapPdf } from '../../electron/services/export/pdf-export';
import { overlappingTexts, pdfAccessibility, pdfText } from './pdf-text';

// The review pack as a reader gets it (issue #13): parsed from real PDFs, with the real font's metrics.

/** A generated 300-initiative roadmap, a baseline, then 30 moved (some to another goal), 6 removed, 6 added. */
function reviewed300() {
  const doc = createRoadmapYDoc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(generateRoadmap(300).doc));
  const snapshot = new RoadmapStore(doc).getSnapshot();
  const items = [...snapshot.initiatives.values()];
  const goals = [...snapshot.goals.values()];
  const baselineId = takeBaseline(doc, { name: 'Q3 review', takenBy: 'Ada', takenAt: BASELINE_TAKEN_AT });
  items.slice(0, 30).forEach((item, i) =>
    moveInitiative(doc, {
      id: item.id,
      startDate: addDays(item.startDate!, ((i * 37) % 90) - 30 || 7),
      ...(i % 4 === 0 ? { goalId: goals[(i * 7) % goals.length]!.id } : {}),
    }),
  );
  items.slice(30, 36).forEach((item) => deleteInitiative(doc, { id: item.id }));
  for (let i = 0; i < 6; i++)
    createInitiative(doc, {
      title: `New initiative ${i + 1}`,
      goalId: goals[i]!.id,
      startDate: addDays('2027-02-01', i * 20),
      endDate: addDays('2027-03-01', i * 20),
    });
  return { doc, baselineId };
}

describe('PDF review pack', () => {
  it('prints the changes, ghosts and markers without a text over another, nothing under 7.5 pt', async () => {
    const { doc, baselineId } = reviewed300();
    for (const pageSize of ['A4', 'Letter'] as const) {
      for (const orientation of ['landscape', 'portrait'] as const) {
        const pages = await pdfText(
          await renderRoadmapPdf(doc, { asOf: '2027-02-15', since: baselineId, pageSize, orientation }),
        );
        const where = `${pageSize} ${orientation}`;
        const words = pages.flat().map((item) => item.str);
        expect(
          words.filter((word) => word === 'removed'),
          where,
        ).toHaveLength(6);
        expect(words.filter((word) => /^(slipped|ends) [+−]\d+ d$/.test(word)).length, where).toBe(30);
        expect(words.filter((word) => /^[+−]\d+ d$/.test(word)).length, where).toBeGreaterThanOrEqual(30);
        for (const [index, page] of pages.entries())
          expect(overlappingTexts(page), `${where} page ${index + 1}`).toEqual([]);
        const smallest = Math.min(...pages.flat().map((item) => item.height));
        expect(smallest, where).toBeGreaterThanOrEqual(7.5 - 0.01);
      }
    }
  });

  it('bookmarks the Changes page after the title page and tags it like the others', async () => {
    const { doc, baselineId } = reviewed300();
    const bytes = await renderRoadmapPdf(doc, { asOf: '2027-02-15', since: baselineId });
    const { outline, roles } = await pdfAccessibility(bytes);
    expect(outline.map((item) => item.title)).toEqual([
      'Title page',
      'Changes since Q3 review',
      'Timeline',
      'Initiatives by goal',
    ]);
    const changesPage = outline[1]!.page;
    const pages = await pdfText(bytes);
    expect(pages[changesPage - 1]!.map((item) => item.str)).toContain(
      'Bench: 300 initiatives: changes since Q3 review (2027-01-15)',
    );
    expect(roles[changesPage - 1]).toEqual(expect.arrayContaining(['H2', 'H3', 'H4', 'P']));
    // More than a page of changes: each page of them says what it is.
    const continued = pages.filter((page) =>
      page.some((item) => item.str === 'Bench: 300 initiatives: changes since Q3 review (2027-01-15) (continued)'),
    );
    expect(continued.length).toBe(outline[2]!.page - changesPage - 1);
  });
});

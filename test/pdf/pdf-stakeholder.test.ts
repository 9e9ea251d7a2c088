import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  createGoal,
  createInitiative,
  createKeyResult,
  createMilestone,
  RoadmapStore,
  selectLanes,
  writeSampleRoadmap,
  createRoadmapYDoc,
} from '../../shared';
import { generateRoadmap } from '../../bench/generate';
import { renderRoadmapPdf } from '../../electron/services/export/pdf-export';
import { overlappingTexts, pdfAccessibility, pdfText, type Bookmark, type PageText } from './pdf-text';

// What a stakeholder reads in an export (issue #10): parsed from real PDFs, as a viewer and a screen reader do.
const AS_OF = '2027-01-15';
const EVERY_SECTION = { title: true, timeline: true, appendix: true, alignment: true };
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
const isAppendix = (page: readonly PageText[]) => page.some((item) => item.str.endsWith(': initiatives by goal'));
const textOf = (pages: readonly (readonly PageText[])[]) =>
  normalize(
    pages
      .flat()
      .map((item) => item.str)
      .join(' '),
  );

/** Sub-goals three deep, key results with large numbers, one gone backwards, close milestones, a red goal. */
function stakeholderRoadmap(): Y.Doc {
  const doc = createRoadmapYDoc();
  writeSampleRoadmap(doc, AS_OF);
  const top = createGoal(doc, {
    title: 'Grow enterprise revenue across every region we sell in today, and the two we open next year',
    color: '#dc2626',
  });
  const sub = createGoal(doc, { title: 'Win the public sector', parentId: top, color: '#db2777' });
  const subsub = createGoal(doc, { title: 'Federal agencies', parentId: sub });
  createGoal(doc, { title: 'Civilian agencies', parentId: subsub });
  createKeyResult(doc, {
    goalId: top,
    title: 'Annual recurring revenue from enterprise customers in every region, counted at the end of the quarter',
    baseline: 1200000,
    checkIn: { value: 1850000, date: '2027-01-04' },
    target: 2500000,
    unit: 'USD',
    dueDate: '2027-12-31',
  });
  createKeyResult(doc, {
    goalId: sub,
    title: 'Seats',
    baseline: 1000,
    checkIn: { value: 800, date: '2027-01-04' },
    target: 250000,
  });
  createInitiative(doc, { title: 'FedRAMP', goalId: subsub, startDate: '2027-02-01', endDate: '2027-08-30' });
  const names = ['Press release', 'Partner briefing', 'Launch event', 'Pricing live'];
  names.forEach((title, index) => createMilestone(doc, { title, goalId: top, date: `2027-03-0${index + 1}` }));
  return doc;
}

describe('PDF for stakeholders', () => {
  it('lists in the table only what the export\u2019s dates hold, and says so', async () => {
    const roadmap = generateRoadmap(300);
    const range = { from: '2027-04-01', to: '2027-06-30' };
    const q2 = await pdfText(await renderRoadmapPdf(roadmap.doc, { asOf: AS_OF, ...range }));
    const all = await pdfText(await renderRoadmapPdf(roadmap.doc, { asOf: AS_OF }));
    const appendix = q2.filter(isAppendix);
    expect(appendix.length).toBeLessThan(all.filter(isAppendix).length / 2);
    expect(textOf(appendix)).toContain('Initiatives and milestones from 2027-04-01 to 2027-06-30');
    const initiatives = selectLanes(new RoadmapStore(roadmap.doc).getSnapshot()).flatMap((lane) => lane.initiatives);
    const rows = new Set(appendix.flat().map((item) => item.str));
    const overlapsQ2 = (item: { startDate: string; endDate: string }) =>
      item.startDate <= range.to && item.endDate >= range.from;
    // Each initiative of Q2 has its row (its start and end on one line); none outside it does.
    const dated = (item: { startDate: string; endDate: string }) => {
      const line = appendix.flat().filter((text) => text.str === item.startDate);
      return line.some((start) =>
        appendix.flat().some((text) => text.str === item.endDate && Math.abs(text.y - start.y) < 1),
      );
    };
    expect(initiatives.filter(overlapsQ2).every(dated)).toBe(true);
    expect(initiatives.filter((item) => !overlapsQ2(item) && rows.has(item.title)).filter(dated)).toEqual([]);
  });

  it('prints every goal\u2019s and key result\u2019s name whole, numbers whole with separators', async () => {
    const doc = stakeholderRoadmap();
    const store = new RoadmapStore(doc);
    const snapshot = store.getSnapshot();
    for (const orientation of ['landscape', 'portrait'] as const) {
      const pages = await pdfText(await renderRoadmapPdf(doc, { asOf: AS_OF, orientation, sections: EVERY_SECTION }));
      const text = textOf(pages);
      for (const goal of snapshot.goals.values()) expect(text, orientation).toContain(normalize(goal.title));
      for (const keyResult of snapshot.keyResults.values())
        expect(text, orientation).toContain(normalize(keyResult.title));
      expect(text).toContain('1,200,000 → 1,850,000 → 2,500,000 USD');
      expect(text).toContain('1,000 → 800 → 250,000');
      expect(text).toContain('↓ below baseline');
      const timeline = pages.find((page) => page.some((item) => item.str.endsWith(': timeline')))!;
      for (const name of ['Press release', 'Partner briefing', 'Launch event', 'Pricing live'])
        expect(timeline.map((item) => item.str).some((str) => str.split(' · ').includes(name))).toBe(true);
      for (const [index, page] of pages.entries()) expect(overlappingTexts(page), `page ${index + 1}`).toEqual([]);
    }
    store.destroy();
  });

  it('prints nothing smaller than 7.5 pt on A4 and Letter', async () => {
    const docs = [stakeholderRoadmap(), generateRoadmap(300).doc];
    for (const doc of docs) {
      for (const pageSize of ['A4', 'Letter'] as const) {
        for (const orientation of ['landscape', 'portrait'] as const) {
          const pages = await pdfText(
            await renderRoadmapPdf(doc, { asOf: AS_OF, pageSize, orientation, sections: EVERY_SECTION }),
          );
          const smallest = Math.min(...pages.flat().map((item) => item.height));
          expect(smallest, `${pageSize} ${orientation}`).toBeGreaterThanOrEqual(7.5 - 0.01);
        }
      }
    }
  });

  it('has bookmarks (title page, each goal\u2019s timeline, the table), a title, a language and tags', async () => {
    const doc = stakeholderRoadmap();
    const bytes = await renderRoadmapPdf(doc, { asOf: AS_OF });
    const { outline, marked, roles, title } = await pdfAccessibility(bytes);
    expect(outline.map((item) => item.title)).toEqual(['Title page', 'Timeline', 'Initiatives by goal']);
    expect(outline[0]!.page).toBe(1);
    const pages = await pdfText(bytes);
    expect(isAppendix(pages[outline[2]!.page - 1]!)).toBe(true);
    // Every goal under Timeline, on the page its lane starts; sub-goals under their parent, three deep.
    const timeline = outline[1]!;
    const flat = (items: readonly Bookmark[]): Bookmark[] => items.flatMap((item) => [item, ...flat(item.children)]);
    const goals = [...new RoadmapStore(doc).getSnapshot().goals.values()];
    expect(
      flat(timeline.children)
        .map((item) => item.title)
        .sort(),
    ).toEqual([...goals.map((goal) => goal.title), 'Unaligned'].sort());
    for (const item of flat(timeline.children))
      expect(pages[item.page - 1]!.some((text) => item.title.startsWith(text.str.replace(/…$/, '')))).toBe(true);
    const top = timeline.children.find((item) => item.title.startsWith('Grow enterprise'))!;
    expect(top.children[0]!.title).toBe('Win the public sector');
    expect(top.children[0]!.children[0]!.title).toBe('Federal agencies');
    expect(top.children[0]!.children[0]!.children[0]!.title).toBe('Civilian agencies');
    // The title viewers show, the language screen readers speak, and the structure they read.
    expect(title).toBe('Sample: product plan');
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw).toMatch(/\/Lang \(en-US\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(marked).toBe(true);
    expect(roles[0]).toEqual(expect.arrayContaining(['H1', 'H2', 'H3', 'P']));
    expect(roles.at(-1)).toEqual(expect.arrayContaining(['Table', 'TR', 'TH', 'TD']));
    // The alignment page, when asked for, after the title page: its own bookmark, its lists under headings.
    const withAlignment = await renderRoadmapPdf(doc, { asOf: AS_OF, sections: EVERY_SECTION });
    const aligned = await pdfAccessibility(withAlignment);
    expect(aligned.outline.map((item) => item.title)).toEqual([
      'Title page',
      'Alignment',
      'Timeline',
      'Initiatives by goal',
    ]);
    const alignmentPage = aligned.outline[1]!.page;
    expect((await pdfText(withAlignment))[alignmentPage - 1]!.map((item) => item.str)).toContain(
      'Sample: product plan: alignment',
    );
    expect(aligned.roles[alignmentPage - 1]).toEqual(expect.arrayContaining(['H2', 'H3', 'P']));
    // The language follows the export's locale.
    const german = new TextDecoder('latin1').decode(await renderRoadmapPdf(doc, { asOf: AS_OF, locale: 'de-DE' }));
    expect(german).toMatch(/\/Lang \(de-DE\)/);
  });
});

import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createGoal, createInitiative, createKeyResult } from '../commands';
import { RoadmapStore } from '../read-model/roadmap-store';
import { pdfOptionsSchema, type PdfOptionsInput } from './options';
import { planPdf, type AlignmentPage } from './plan-pdf';
import type { MeasureText } from './text-fit';

/** A fixed-pitch stand-in for the font's metrics: every character 0.55 em wide. */
const measure: MeasureText = (text, size) => [...text].length * size * 0.55;

const ALIGNMENT_ONLY = { title: false, timeline: false, appendix: false, alignment: true };

function planOf(doc: Y.Doc, options: Partial<PdfOptionsInput> = {}) {
  return planPdf(
    new RoadmapStore(doc).getSnapshot(),
    pdfOptionsSchema.parse({ asOf: '2027-02-15', sections: ALIGNMENT_ONLY, ...options }),
    measure,
  );
}
const alignmentOf = (doc: Y.Doc, options: Partial<PdfOptionsInput> = {}) =>
  planOf(doc, options).pages.filter((page): page is AlignmentPage => page.kind === 'alignment');
const textOf = (pages: readonly AlignmentPage[]) =>
  pages
    .flatMap((page) => page.texts)
    .map((text) => text.text)
    .join(' | ');

/** One of each flag, in the quarter around 2027-02-15 (January to March). */
function flagged() {
  const doc = new Y.Doc();
  const grow = createGoal(doc, { title: 'Grow', owner: 'Maya', startDate: '2027-01-01', dueDate: '2027-02-28' });
  const activation = createKeyResult(doc, {
    goalId: grow,
    title: 'Activation',
    baseline: 0,
    target: 100,
    checkIn: { value: 5, date: '2027-01-10' },
  });
  createKeyResult(doc, { goalId: grow, title: 'Referrals', baseline: 0, target: 10 });
  createInitiative(doc, {
    title: 'Checklist',
    goalId: grow,
    keyResultIds: [activation],
    startDate: '2027-01-05',
    endDate: '2027-03-20',
  });
  createInitiative(doc, { title: 'Side quest', goalId: grow, startDate: '2027-01-05', endDate: '2027-01-20' });
  const idle = createGoal(doc, { title: 'Idle goal' });
  createInitiative(doc, { title: 'Office move', startDate: '2027-02-01', endDate: '2027-02-20' });
  return { doc, grow, idle };
}

describe('PDF alignment page', () => {
  it('lists every flag, each list under its heading with its count, and says what each item is', () => {
    const { doc } = flagged();
    const pages = alignmentOf(doc);
    expect(pages).toHaveLength(1);
    const text = textOf(pages);
    expect(text).toContain('The fiscal quarter 2027-01-01 to 2027-03-31, as of 2027-02-15');
    const expected = [
      ['Initiatives on no goal (1)', 'Office move'],
      ['Initiatives serving none of their goal’s key results (1)', 'Side quest', 'on Grow'],
      ['Goals with no work this quarter (1)', 'Idle goal'],
      ['Key results with no work this quarter (1)', 'Referrals', 'of Grow'],
      ['Initiatives ending after their goal is due (1)', 'Checklist', 'ends 2027-03-20; Grow is due 2027-02-28'],
      ['Goals that are not SMART (1)', 'no key result (not measurable), no due date (not time-bound), no owner'],
      ['Stale key results (1)', 'last check-in 2027-01-10, 36 days before 2027-02-15'],
      // Referrals has no check-in: 0% done.
      ['Key results behind pace (2)', 'Activation', '5% done, 78% expected by 2027-02-15', 'Referrals'],
    ];
    let from = 0;
    for (const [heading, ...items] of expected) {
      // In this order, each list's items after its heading.
      const at = text.indexOf(heading!, from);
      expect(at, heading).toBeGreaterThanOrEqual(from);
      for (const item of items) expect(text.indexOf(item, at), item).toBeGreaterThan(at);
      from = at;
    }
    // Headings are the structure's headings; the items are read with their details.
    const headings = pages[0]!.texts.filter((box) => box.role === 'H3').map((box) => box.text);
    expect(headings).toHaveLength(8);
  });

  it('says "None" under a list with nothing in it, and only lists what the export holds', () => {
    const { doc, grow } = flagged();
    const text = textOf(alignmentOf(doc, { lanes: [grow] }));
    // The idle goal and the unaligned initiative are not in the export.
    expect(text).not.toContain('Idle goal');
    expect(text).not.toContain('Office move');
    expect(text).toContain(
      'Initiatives on no goal (0) | Unaligned work: it serves none of the roadmap’s goals. | ✓ None',
    );
    expect(text).toContain('1 of 2 goals');
  });

  it('continues long lists over columns and pages, under their heading', () => {
    const doc = new Y.Doc();
    for (let index = 0; index < 120; index++)
      createInitiative(doc, {
        title: `Unaligned initiative ${index + 1}`,
        startDate: '2027-01-05',
        endDate: '2027-01-20',
      });
    const pages = alignmentOf(doc, { orientation: 'portrait' });
    expect(pages.length).toBeGreaterThan(1);
    const text = textOf(pages);
    for (let index = 0; index < 120; index++) expect(text).toContain(`Unaligned initiative ${index + 1} `);
    expect(pages[1]!.texts[0]!.text).toBe('Untitled roadmap: alignment (continued)');
    expect(pages[1]!.texts[1]!.text).toBe('Initiatives on no goal (cont.)');
    const bottom = planOf(doc, { orientation: 'portrait' }).height - 30 - 16;
    for (const page of pages) for (const box of page.texts) expect(box.y + box.size).toBeLessThanOrEqual(bottom);
  });

  it('is left out unless asked for, and is bookmarked after the title page when it is', () => {
    const { doc } = flagged();
    expect(planOf(doc, { sections: undefined }).pages.map((page) => page.kind)).not.toContain('alignment');
    const plan = planOf(doc, { sections: { title: true, timeline: true, appendix: true, alignment: true } });
    expect([...new Set(plan.pages.map((page) => page.kind))]).toEqual(['title', 'alignment', 'timeline', 'appendix']);
    const bookmarks = plan.outline.filter((entry) => entry.depth === 0).map((entry) => entry.title);
    expect(bookmarks).toEqual(['Title page', 'Alignment', 'Timeline', 'Initiatives by goal']);
    expect(plan.pages[plan.outline.find((entry) => entry.title === 'Alignment')!.page]!.kind).toBe('alignment');
    // The alignment page alone is a section enough.
    expect(() => pdfOptionsSchema.parse({ asOf: '2027-02-15', sections: ALIGNMENT_ONLY })).not.toThrow();
  });
});

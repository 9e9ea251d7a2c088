import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createGoal, createKeyResult } from '../commands';
import { RoadmapStore } from '../read-model/roadmap-store';
import { pdfOptionsSchema, type PdfOptionsInput } from './options';
import { GOAL_STATUS_MARKS, planPdf, type TitlePage } from './plan-pdf';
import type { MeasureText } from './text-fit';

/** A fixed-pitch stand-in for the font's metrics: every character 0.55 em wide. */
const measure: MeasureText = (text, size) => [...text].length * size * 0.55;

function titlePagesOf(doc: Y.Doc, options: Omit<PdfOptionsInput, 'asOf'> = {}): TitlePage[] {
  const plan = planPdf(
    new RoadmapStore(doc).getSnapshot(),
    pdfOptionsSchema.parse({ asOf: '2027-01-15', sections: { timeline: false, appendix: false }, ...options }),
    measure,
  );
  return plan.pages as TitlePage[];
}
const textsOf = (pages: readonly TitlePage[]) => pages.flatMap((page) => page.texts);
/** The page's text in reading order (top to bottom, then left to right), one string. */
const joined = (pages: readonly TitlePage[]) =>
  textsOf(pages)
    .map((text) => text.text)
    .join(' ');
const goalNames = (page: TitlePage) => page.texts.filter((text) => text.size === 10.5);

describe('PDF title page: names and numbers', () => {
  it('prints values whole with thousands separators, and wraps long names instead of cutting them', () => {
    const doc = new Y.Doc();
    const name = 'Grow enterprise revenue across every region we sell in today, and a few more besides';
    const goalId = createGoal(doc, { title: name });
    const result = 'Annual recurring revenue from enterprise customers in every region';
    createKeyResult(doc, {
      goalId,
      title: result,
      baseline: 1200000,
      checkIn: { value: 1850000, date: '2027-01-04' },
      target: 2500000,
      unit: 'USD',
    });
    createKeyResult(doc, {
      goalId,
      title: 'Seats',
      baseline: 1000,
      checkIn: { value: 2000, date: '2027-01-04' },
      target: 250000,
    });
    for (const orientation of ['landscape', 'portrait'] as const) {
      const pages = titlePagesOf(doc, { orientation });
      const texts = textsOf(pages).map((text) => text.text);
      expect(texts, orientation).toContain('1,200,000 → 1,850,000 → 2,500,000 USD');
      expect(texts, orientation).toContain('1,000 → 2,000 → 250,000');
      expect(
        texts.filter((text) => text.includes('…')),
        orientation,
      ).toEqual([]);
      expect(joined(pages), orientation).toContain(name);
      expect(joined(pages), orientation).toContain(result);
    }
    // The goal's name takes more than one line on a landscape page's column.
    expect(goalNames(titlePagesOf(doc)[0]!).length).toBeGreaterThan(1);
  });

  it('writes numbers for the export\u2019s locale', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    createKeyResult(doc, {
      goalId,
      title: 'Seats',
      baseline: 1000,
      checkIn: { value: 2000, date: '2027-01-04' },
      target: 250000,
    });
    expect(textsOf(titlePagesOf(doc, { locale: 'de-DE' })).map((text) => text.text)).toContain(
      '1.000 → 2.000 → 250.000',
    );
    expect(() => pdfOptionsSchema.parse({ asOf: '2027-01-15', locale: 'not a locale!' })).toThrow(/language tag/);
  });

  it('says when a key result went backwards, past its baseline, instead of only 0%', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    createKeyResult(doc, {
      goalId,
      title: 'Signups',
      baseline: 100,
      checkIn: { value: 80, date: '2027-01-04' },
      target: 200,
      dueDate: '2027-06-30',
    });
    createKeyResult(doc, {
      goalId,
      title: 'Churn',
      baseline: 5,
      checkIn: { value: 6, date: '2027-01-04' },
      target: 3,
      unit: '%',
    });
    createKeyResult(doc, {
      goalId,
      title: 'Steady',
      baseline: 100,
      checkIn: { value: 100, date: '2027-01-04' },
      target: 200,
    });
    const texts = textsOf(titlePagesOf(doc)).map((text) => text.text);
    expect(texts).toEqual(expect.arrayContaining(['↓ below baseline', '↑ above baseline', 'due 2027-06-30']));
    expect(texts.filter((text) => text.includes('baseline') && !text.startsWith('Key results'))).toHaveLength(2);
  });
});

describe('PDF title page: goals', () => {
  it('marks each goal\u2019s status with its own sign, never with the goal\u2019s color', () => {
    const doc = new Y.Doc();
    const red = createGoal(doc, { title: 'Red but fine', color: '#dc2626', status: 'on-track' });
    createGoal(doc, { title: 'Blue but late', color: '#2563eb', status: 'off-track' });
    createKeyResult(doc, {
      goalId: red,
      title: 'Activation',
      baseline: 0,
      checkIn: { value: 50, date: '2027-01-04' },
      target: 100,
    });
    const [page] = titlePagesOf(doc);
    const signs = page!.texts.filter((text) =>
      Object.values(GOAL_STATUS_MARKS).some((mark) => mark.sign === text.text),
    );
    expect(signs.map((text) => text.text)).toEqual([
      GOAL_STATUS_MARKS['on-track'].sign,
      GOAL_STATUS_MARKS['off-track'].sign,
    ]);
    // The marks differ in shape (grayscale) and color, whatever the goals' own colors.
    expect(new Set(Object.values(GOAL_STATUS_MARKS).map((mark) => mark.sign)).size).toBe(5);
    expect(signs[0]!.color).not.toBe('#dc2626');
    // The goal's color stays its identity (the swatch); the progress bar does not take it on.
    expect(page!.swatches.map((swatch) => swatch.color)).toEqual(['#dc2626', '#2563eb']);
    expect(page!.bars[0]!.color).not.toBe('#dc2626');
  });

  it('indents sub-goals under their parent, as on the canvas', () => {
    const doc = new Y.Doc();
    const top = createGoal(doc, { title: 'Top' });
    const child = createGoal(doc, { title: 'Child', parentId: top });
    createGoal(doc, { title: 'Grandchild', parentId: child });
    createGoal(doc, { title: 'Sibling' });
    for (const orientation of ['landscape', 'portrait'] as const) {
      const names = goalNames(titlePagesOf(doc, { orientation })[0]!);
      // How far a name is indented in its column (the goals may be split over two).
      const indent = (name: string) => {
        const { x } = names.find((text) => text.text === name)!;
        return x - Math.min(...names.map((text) => text.x).filter((other) => Math.abs(other - x) < 100));
      };
      expect(indent('Top'), orientation).toBe(0);
      expect(indent('Child'), orientation).toBeGreaterThan(8);
      expect(indent('Grandchild') - indent('Child'), orientation).toBeGreaterThan(8);
      expect(indent('Sibling'), orientation).toBe(0);
    }
  });

  it('splits goals evenly over the pages they need: no continued page holding one goal', () => {
    const doc = new Y.Doc();
    // Just more goals than one portrait page holds.
    let count = 0;
    while (titlePagesOf(doc, { orientation: 'portrait' }).length < 2) {
      count += 1;
      const goalId = createGoal(doc, { title: `Goal ${count}` });
      createKeyResult(doc, {
        goalId,
        title: 'Activation',
        baseline: 10,
        checkIn: { value: 20, date: '2027-01-04' },
        target: 30,
        unit: '%',
      });
    }
    const pages = titlePagesOf(doc, { orientation: 'portrait' });
    expect(pages).toHaveLength(2);
    const perPage = pages.map((page) => goalNames(page).length);
    expect(perPage[0]! + perPage[1]!).toBe(count);
    // The first page has the title above its goals: it holds a few more, not all but one.
    expect(Math.min(...perPage)).toBeGreaterThanOrEqual(count / 3);
  });
});

import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkIn, createGoal, createKeyResult, updateRoadmap } from '../commands';
import { RoadmapStore } from '../read-model/roadmap-store';
import { pdfOptionsSchema, type PdfOptionsInput } from './options';
import { GOAL_STATUS_MARKS, planPdf, type TitlePage } from './plan-pdf';
import { STALE_SIGN } from './title-pages';
import type { MeasureText } from './text-fit';

/** A fixed-pitch stand-in for the font's metrics: every character 0.55 em wide. */
const measure: MeasureText = (text, size) => [...text].length * size * 0.55;

function titlePagesOf(doc: Y.Doc, options: Partial<PdfOptionsInput> = {}): TitlePage[] {
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
    // The goals' marks (8 pt; a key result's check-in has its confidence's mark too, in small print).
    const signs = page!.texts.filter(
      (text) => text.size === 8 && Object.values(GOAL_STATUS_MARKS).some((mark) => mark.sign === text.text),
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
    expect(page!.bars.length).toBeGreaterThan(2);
    for (const bar of page!.bars) expect(bar.color).not.toBe('#dc2626');
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

describe('PDF title page: vision, pace and check-ins', () => {
  it('prints the vision under the title, whole, before the description; nothing when there is none', () => {
    const doc = new Y.Doc();
    updateRoadmap(doc, { title: 'Plan', description: 'What this roadmap covers.' });
    expect(joined(titlePagesOf(doc))).not.toContain('Vision');
    const vision =
      'Every product team can see, in one place, that its work serves its goals, and how those goals are doing week by week, on every device it owns';
    updateRoadmap(doc, { vision });
    const texts = textsOf(titlePagesOf(doc, { orientation: 'portrait' }));
    const label = texts.findIndex((text) => text.text === 'Vision');
    const lines = texts.filter((text) => text.size === 11);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((text) => text.text).join(' ')).toBe(vision);
    // Under the title, above the description, and read as one paragraph with its label.
    const title = texts.find((text) => text.text === 'Plan')!;
    const description = texts.find((text) => text.text === 'What this roadmap covers.')!;
    expect(texts[label]!.y).toBeGreaterThan(title.y);
    expect(lines.at(-1)!.y).toBeLessThan(description.y);
    expect(lines.every((text) => text.continues)).toBe(true);
  });

  it('ticks each progress bar where pace expects it today, from the goal\u2019s start to the due date', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow', startDate: '2027-01-01', dueDate: '2027-12-31' });
    createKeyResult(doc, {
      goalId,
      title: 'Signups',
      baseline: 0,
      target: 100,
      dueDate: '2027-05-01',
      checkIn: { value: 30, date: '2027-03-01' },
    });
    const undated = createGoal(doc, { title: 'Someday' });
    createKeyResult(doc, { goalId: undated, title: 'Undated', baseline: 0, target: 10 });
    // March 2nd: 60 of the 120 days to May 1st, 60 of the 364 to December 31st.
    const [page] = titlePagesOf(doc, { asOf: '2027-03-02' });
    const [goalBar, keyResultBar, undatedGoalBar, undatedBar] = page!.bars.slice(1);
    expect(keyResultBar!.expected).toBeCloseTo(50, 5);
    expect(keyResultBar!.value).toBe(30);
    // The goal's pace is its key results' (one here).
    expect(goalBar!.expected).toBeCloseTo(50, 5);
    expect(undatedGoalBar!.expected).toBeNull();
    expect(undatedBar!.expected).toBeNull();
    // 30% against 50% expected is more than the 10 points the roadmap allows: the key result says so, and
    // its goal (shortened beside the goal's status, the tick showing the pace).
    const texts = textsOf([page!]).map((text) => text.text);
    expect(texts).toContain('behind pace (50% expected)');
    expect(texts).toContain('· behind pace');
    // The legend's sample bar explains the tick.
    expect(page!.bars[0]!.expected).not.toBeNull();
    expect(joined([page!])).toContain('where it would be on pace today');
  });

  it('rolls a goal\u2019s progress up by weight, and says where its status comes from', () => {
    const doc = new Y.Doc();
    const weighted = createGoal(doc, { title: 'Weighted', owner: 'Maya' });
    createKeyResult(doc, {
      goalId: weighted,
      title: 'Heavy',
      baseline: 0,
      target: 10,
      weight: 3,
      checkIn: { value: 10, date: '2027-01-10', confidence: 'at-risk' },
    });
    createKeyResult(doc, { goalId: weighted, title: 'Light', baseline: 0, target: 10 });
    const byHand = createGoal(doc, { title: 'By hand', statusSetBy: 'owner', status: 'off-track' });
    createKeyResult(doc, {
      goalId: byHand,
      title: 'Any',
      baseline: 0,
      target: 10,
      checkIn: { value: 5, date: '2027-01-10', confidence: 'on-track' },
    });
    const [page] = titlePagesOf(doc);
    const texts = page!.texts.map((text) => text.text);
    // (100 × 3 + 0 × 1) / 4, not the plain mean (50%).
    expect(page!.bars[1]!.value).toBe(75);
    expect(texts).toContain('75%');
    expect(texts).toEqual(
      expect.arrayContaining(['At risk (from check-ins) · owner Maya', 'Off track (set by owner)']),
    );
  });

  it('prints each key result\u2019s latest check-in: confidence, value and date, who, and the note', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    const keyResultId = createKeyResult(doc, {
      goalId,
      title: 'Activation',
      unit: '%',
      baseline: 30,
      target: 45,
      checkIn: { value: 33, date: '2027-01-02', note: 'First reading', author: 'Sam' },
    });
    const note =
      'Checklist shipped to half of the new workspaces; the templates gallery follows in March if the design review holds, and then the guided tour, which needs the new onboarding service first, and then the pricing page, the billing migration and the rest';
    checkIn(doc, { keyResultId, date: '2027-01-12', value: 36.5, confidence: 'at-risk', note, author: 'Maya Chen' });
    createKeyResult(doc, { goalId, title: 'Fresh', baseline: 0, target: 1 });
    const texts = page0Texts(doc, 'portrait');
    expect(texts).toContain(GOAL_STATUS_MARKS['at-risk'].sign);
    expect(texts).toContain('At risk · 36.5% on 2027-01-12 · Maya Chen');
    expect(texts.join(' ')).not.toContain('First reading');
    // A long note wraps to two lines, the second cut.
    const noteLines = texts.filter((text) => text.startsWith('“') || text.endsWith('…'));
    expect(noteLines).toHaveLength(2);
    expect(noteLines[0]!.startsWith('“Checklist shipped')).toBe(true);
    expect(noteLines[1]!.endsWith('…')).toBe(true);
    expect(texts).toContain('No check-in yet');
    // A short note follows on the check-in's line.
    checkIn(doc, { keyResultId, date: '2027-01-14', value: 37, note: 'Steady' });
    expect(page0Texts(doc, 'landscape')).toEqual(expect.arrayContaining(['On track · 37% on 2027-01-14', '“Steady”']));
  });

  it('marks a key result stale after the roadmap\u2019s days without a check-in', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    createKeyResult(doc, { goalId, title: 'Old', baseline: 0, target: 10, checkIn: { value: 2, date: '2026-12-16' } });
    createKeyResult(doc, {
      goalId,
      title: 'Recent',
      baseline: 0,
      target: 10,
      checkIn: { value: 2, date: '2027-01-10' },
    });
    const stale = (texts: readonly string[]) => texts.filter((text) => text.includes(STALE_SIGN));
    // 30 days before January 15th; the default allows 14.
    expect(stale(page0Texts(doc, 'landscape'))).toEqual([`· ${STALE_SIGN} stale: no check-in for 30 days`]);
    updateRoadmap(doc, { staleAfterDays: 30 });
    expect(stale(page0Texts(doc, 'landscape'))).toEqual([]);
  });
});

function page0Texts(doc: Y.Doc, orientation: 'landscape' | 'portrait'): string[] {
  return titlePagesOf(doc, { orientation })[0]!.texts.map((text) => text.text);
}

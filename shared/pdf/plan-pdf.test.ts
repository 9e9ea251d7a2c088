import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addDependency, createGoal, createInitiative, createKeyResult, createMilestone } from '../commands';
import { RoadmapStore } from '../read-model/roadmap-store';
import { pdfOptionsSchema, type PdfOptionsInput } from './options';
import {
  GOAL_STATUS_MARKS,
  keyResultValues,
  paperScale,
  planPdf,
  type AppendixPage,
  type TimelinePage,
  type TitlePage,
} from './plan-pdf';
import type { MeasureText } from './text-fit';

/** A fixed-pitch stand-in for the font's metrics: every character 0.55 em wide. */
const measure: MeasureText = (text, size) => [...text].length * size * 0.55;

function timelineOf(doc: Y.Doc, options: Omit<PdfOptionsInput, 'asOf'> = {}): TimelinePage[] {
  const plan = planPdf(
    new RoadmapStore(doc).getSnapshot(),
    pdfOptionsSchema.parse({ asOf: '2027-01-15', sections: { title: false, appendix: false }, ...options }),
    measure,
  );
  return plan.pages.filter((page): page is TimelinePage => page.kind === 'timeline');
}

describe('PDF timeline layout', () => {
  it('puts a title inside its bar when it fits, beside a short bar when it does not', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    createInitiative(doc, { title: 'Long enough bar', goalId, startDate: '2027-01-01', endDate: '2027-09-30' });
    createInitiative(doc, { title: 'Customer interviews', goalId, startDate: '2027-02-01', endDate: '2027-02-20' });
    const [page] = timelineOf(doc, { from: '2027-01-01', to: '2027-12-31' });
    const [long, short] = page!.bars;
    expect(long!.label).toMatchObject({ text: 'Long enough bar', x: long!.x + 3 });
    // The short bar's whole title, right of it, rather than "Custom…" inside it.
    expect(short!.label!.text).toBe('Customer interviews');
    expect(short!.label!.x).toBeGreaterThan(short!.x + short!.width);
    // Its title would run into the long bar: a row of its own.
    expect(short!.y).toBeGreaterThan(long!.y);
  });

  it('fills progress along the whole bar, even when the range cuts it, and signs in-progress titles', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    const base = { goalId, startDate: '2027-01-01', endDate: '2027-04-30', status: 'in-progress' } as const;
    createInitiative(doc, { ...base, title: 'Half done', progress: 50 });
    const [whole] = timelineOf(doc, { from: '2027-01-01', to: '2027-04-30' });
    expect(whole!.bars[0]!.progressWidth).toBeCloseTo(whole!.bars[0]!.width * 0.5, 0);
    expect(whole!.bars[0]!.label!.text).toBe('◐ Half done');
    // Half of 120 days ends on March 1st: none of the fill shows from mid-March; from Feb 15, 15 of 75 days.
    const [march] = timelineOf(doc, { from: '2027-03-15', to: '2027-06-30' });
    expect(march!.bars[0]!.progressWidth).toBe(0);
    const [mid] = timelineOf(doc, { from: '2027-02-15', to: '2027-06-30' });
    expect(mid!.bars[0]!.progressWidth / mid!.bars[0]!.width).toBeCloseTo(15 / 75, 2);
  });

  it('lets a title beside its bar run on into the free room of its row', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    const title = 'Consolidate the legacy billing services into one platform';
    createInitiative(doc, { title, goalId, startDate: '2027-02-01', endDate: '2027-02-10' });
    const [page] = timelineOf(doc, { from: '2027-01-01', to: '2027-12-31' });
    // Longer than a title beside a bar is at first allowed (110 pt), but nothing else is on the row.
    expect(measure(title, 6.8)).toBeGreaterThan(110);
    expect(page!.bars[0]!.label!.text).toBe(title);
  });

  it('labels near the right edge go left of their bar', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    createInitiative(doc, { title: 'Year-end review', goalId, startDate: '2027-12-20', endDate: '2027-12-31' });
    const [page] = timelineOf(doc, { from: '2027-01-01', to: '2027-12-31' });
    const [bar] = page!.bars;
    expect(bar!.label!.text).toBe('Year-end review');
    expect(bar!.label!.x + measure('Year-end review', bar!.label!.size)).toBeLessThan(bar!.x);
  });

  it('leaves a header cell without a label rather than cut it ("De…")', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    createInitiative(doc, { title: 'Quarter', goalId, startDate: '2027-01-01', endDate: '2027-03-31' });
    const [page] = timelineOf(doc);
    // Three months on a landscape page: week cells, the first (from Monday Dec 28) cut by January 1st.
    expect(page!.ticks[0]!.label.text).toBe('');
    const labels = page!.ticks.map((tick) => tick.label.text).filter(Boolean);
    expect(labels).toContain('Jan 4');
    expect(labels.every((label) => !label.includes('…'))).toBe(true);
    // Months above the weeks.
    expect(page!.majorTicks.map((tick) => tick.label.text)).toEqual(['Jan 2027', 'Feb 2027', 'Mar 2027']);
  });

  it('leaves a week that starts before the range unlabelled, however wide its part', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    createInitiative(doc, { title: 'Quarter', goalId, startDate: '2027-04-01', endDate: '2027-06-30' });
    // April 1st 2027 is a Thursday: the week of Monday March 29 shows four days.
    const [page] = timelineOf(doc);
    expect(page!.ticks[0]!.width).toBeGreaterThan(25);
    expect(page!.ticks[0]!.label.text).toBe('');
    expect(page!.ticks[1]!.label.text).toBe('Apr 5');
  });

  it('routes dependency arrows as the canvas does: back to back, straight out of the first bar', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    const first = createInitiative(doc, { title: 'First', goalId, startDate: '2027-01-01', endDate: '2027-03-31' });
    const next = createInitiative(doc, { title: 'Next', goalId, startDate: '2027-04-01', endDate: '2027-06-30' });
    addDependency(doc, { fromId: first, toId: next });
    const [page] = timelineOf(doc);
    const [a, b] = page!.bars;
    const [arrow] = page!.arrows;
    expect(arrow!.violated).toBe(false);
    // Down from the first bar's lower edge, then into the next bar's start.
    expect(arrow!.points).toHaveLength(3);
    expect(arrow!.points[0]![1]).toBeCloseTo(a!.y + 11);
    expect(arrow!.points.at(-1)).toEqual([b!.x, b!.y + 5.5]);
    // The legend explains the marks on the page, and only those: an arrow, the today line (2027-01-15).
    const legend = page!.legend.map((entry) => entry.text.text);
    expect(legend).toEqual(expect.arrayContaining(['Depends on', 'Today', '◐ In progress', '✓ Done']));
    expect(legend).not.toContain('Starts too early');
    expect(legend).not.toContain('Milestone');
    expect(page!.todayLabel!.text).toBe('Today');
    expect(page!.todayLabel!.y).toBeGreaterThanOrEqual(page!.bottom);
  });
});

describe('PDF marks per page', () => {
  it('draws no arrow whose end is off the page, and puts in each page’s legend only what the page shows', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    const first = createInitiative(doc, { title: 'First', goalId, startDate: '2026-11-01', endDate: '2027-01-31' });
    const next = createInitiative(doc, { title: 'Next', goalId, startDate: '2027-02-01', endDate: '2027-03-31' });
    addDependency(doc, { fromId: first, toId: next });
    createMilestone(doc, { title: 'Launch', goalId, date: '2028-06-01' });
    createInitiative(doc, { title: 'Later', goalId, startDate: '2028-01-01', endDate: '2028-12-31' });
    // The range starts after First began: its end and Next's start are both on the page, the arrow is drawn.
    const [cut] = timelineOf(doc, { from: '2027-01-01', to: '2027-06-30' });
    expect(cut!.arrows).toHaveLength(1);
    // The range ends before Next starts: First's end is off the page, so is the arrow.
    const [early] = timelineOf(doc, { from: '2026-11-01', to: '2027-01-15' });
    expect(early!.arrows).toHaveLength(0);
    expect(early!.legend.map((entry) => entry.text.text)).not.toContain('Depends on');

    // Tiled: Nov 2026 – Dec 2028 in parts; today (2027-01-15) and the arrow on the first, the milestone on another.
    const tiles = timelineOf(doc, { layout: 'tiled' });
    expect(tiles.length).toBeGreaterThan(1);
    const legends = tiles.map((page) => page.legend.map((entry) => entry.text.text));
    expect(legends[0]).toEqual(expect.arrayContaining(['Today', 'Depends on']));
    expect(legends[0]).not.toContain('Milestone');
    tiles.forEach((page, index) => {
      expect(legends[index]!.includes('Milestone')).toBe(page.milestones.length > 0);
      expect(legends[index]!.includes('Today')).toBe(page.todayX !== null);
    });
    expect(tiles.filter((page) => page.milestones.length > 0)).toHaveLength(1);
    expect(tiles.filter((page) => page.todayX !== null)).toHaveLength(1);
    // Every page's header sits where the fullest legend needs it.
    expect(new Set(tiles.map((page) => page.headerY)).size).toBe(1);
  });
});

describe('PDF timeline notes', () => {
  it('says what a tiled range left out, and when nothing is scheduled at all', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    createInitiative(doc, { title: 'Work', goalId, startDate: '2027-02-01', endDate: '2027-10-31' });
    const pages = timelineOf(doc, { layout: 'tiled', from: '2025-01-01', to: '2029-12-31' });
    expect(pages.length).toBeGreaterThan(0);
    expect(pages[0]!.note!.text).toMatch(
      /^Nothing scheduled Jan 2025 – [A-Z][a-z]{2} 2026, [A-Z][a-z]{2} 2028 – Dec 2029: left out\.$/,
    );
    // Today in a stretch left out: said too.
    const later = planPdf(
      new RoadmapStore(doc).getSnapshot(),
      pdfOptionsSchema.parse({
        asOf: '2029-03-10',
        layout: 'tiled',
        from: '2025-01-01',
        to: '2029-12-31',
        sections: { title: false, appendix: false },
      }),
      measure,
    ).pages[0] as TimelinePage;
    expect(later.note!.text).toMatch(/ – Dec 2029 \(includes today\): left out\.$/);
    // Fitted to the page width, the whole range is drawn: nothing to say.
    expect(timelineOf(doc, { from: '2025-01-01', to: '2029-12-31' })[0]!.note).toBeNull();

    const [empty] = timelineOf(new Y.Doc());
    expect(empty!.note!.text).toBe('Nothing scheduled in this export.');
  });
});

describe('PDF milestones', () => {
  it('gives diamonds a few days apart one label, keeps diamonds inside the canvas, labels whole where they fit', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    createInitiative(doc, { title: 'Work', goalId, startDate: '2027-01-01', endDate: '2027-12-31' });
    createMilestone(doc, { title: 'Kickoff', goalId, date: '2027-01-01' });
    createMilestone(doc, { title: 'GA', goalId, date: '2027-09-01' });
    createMilestone(doc, { title: 'Review', goalId, date: '2027-09-03' });
    createMilestone(doc, { title: 'Annual planning', goalId, date: '2027-12-20' });
    for (const pageSize of ['A4', 'A3'] as const) {
      const [page] = timelineOf(doc, { pageSize });
      const labels = page!.milestones.map((milestone) => milestone.label?.text).filter(Boolean);
      expect(labels, pageSize).toEqual(['Kickoff', 'GA · Review', 'Annual planning']);
      expect(page!.milestones).toHaveLength(4);
      for (const milestone of page!.milestones) {
        expect(milestone.x).toBeGreaterThanOrEqual(page!.canvasX + 4);
        expect(milestone.x).toBeLessThanOrEqual(page!.canvasX + page!.canvasWidth - 4);
      }
      // Near the right edge the label goes left of its diamond, whole.
      const annual = page!.milestones.find((milestone) => milestone.label?.text === 'Annual planning')!;
      expect(annual.label!.x).toBeLessThan(annual.x);
    }
  });
});

describe('PDF legend', () => {
  it('wraps to a second line for the teams when bars are colored by team, then says how many more', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    const teams = (count: number) =>
      Array.from({ length: count }, (_, index) => `Team number ${index + 1}`).forEach((team) =>
        createInitiative(doc, { title: team, team, goalId, startDate: '2027-01-01', endDate: '2027-01-31' }),
      );
    teams(6);
    const [wrapped] = timelineOf(doc, { orientation: 'portrait', colorBy: 'team' });
    const legend = wrapped!.legend.map((entry) => entry.text.text);
    expect(legend).toEqual(expect.arrayContaining(['Planned', 'Team number 1', 'Team number 6']));
    expect(new Set(wrapped!.legend.map((entry) => entry.text.y)).size).toBe(2);
    // The time header moves down under the second line.
    const [byGoal] = timelineOf(doc, { orientation: 'portrait' });
    expect(wrapped!.headerY).toBeGreaterThan(byGoal!.headerY);

    teams(30);
    const [crowded] = timelineOf(doc, { orientation: 'portrait', colorBy: 'team' });
    expect(crowded!.legend.at(-1)!.text.text).toMatch(/^\+\d+ more$/);
  });
});

describe('PDF lanes', () => {
  it('keeps goal colors on the lanes only while bars are colored by goal', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow', color: '#dc2626' });
    createInitiative(doc, { title: 'Work', goalId, team: 'Core', startDate: '2027-01-01', endDate: '2027-03-31' });
    expect(timelineOf(doc)[0]!.lanes[0]!.color).toBe('#dc2626');
    expect(timelineOf(doc, { colorBy: 'team' })[0]!.lanes[0]!.color).toBe('#94a3b8');
  });

  it('leaves Unaligned out when none of it is in the range, and keeps every goal', () => {
    const doc = new Y.Doc();
    const grow = createGoal(doc, { title: 'Grow' });
    const idle = createGoal(doc, { title: 'Idle goal' });
    createInitiative(doc, { title: 'Goal work', goalId: grow, startDate: '2027-01-01', endDate: '2027-03-31' });
    createInitiative(doc, { title: 'Stray', startDate: '2027-09-01', endDate: '2027-09-30' });
    const keys = (options: Omit<PdfOptionsInput, 'asOf'>) => timelineOf(doc, options)[0]!.lanes.map((lane) => lane.key);
    expect(keys({ from: '2027-01-01', to: '2027-06-30' })).toEqual([grow, idle]);
    expect(keys({})).toEqual([grow, idle, 'unaligned']);
  });

  it('prints a goal\u2019s name whole in its lane\u2019s header, however many lines it takes', () => {
    const doc = new Y.Doc();
    const title = 'Grow enterprise revenue across every region we sell in today, and the two we open next year';
    const goalId = createGoal(doc, { title });
    createInitiative(doc, { title: 'Work', goalId, startDate: '2027-01-01', endDate: '2027-03-31' });
    const [lane] = timelineOf(doc)[0]!.lanes;
    const names = lane!.texts.filter((text) => text.bold);
    expect(names.length).toBeGreaterThan(2);
    expect(names.map((text) => text.text).join(' ')).toBe(title);
    expect(lane!.height).toBeGreaterThan(names.at(-1)!.y - lane!.y + 20);
  });

  it('heads a lane with its goal’s standing, as the title page does: status, weighted progress, pace tick', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, {
      title: 'Grow',
      status: 'on-track',
      startDate: '2027-01-01',
      dueDate: '2027-01-29',
    });
    createKeyResult(doc, {
      goalId,
      title: 'Heavy',
      baseline: 0,
      target: 10,
      weight: 3,
      checkIn: { value: 10, date: '2027-01-10', confidence: 'off-track' },
    });
    createKeyResult(doc, { goalId, title: 'Light', baseline: 0, target: 10 });
    createInitiative(doc, { title: 'Work', goalId, startDate: '2027-01-01', endDate: '2027-03-31' });
    const [lane] = timelineOf(doc)[0]!.lanes;
    // The check-ins' off track, not the owner's on track; (100 × 3 + 0) / 4, not the plain mean.
    expect(lane!.texts.map((text) => text.text)).toEqual([
      'Grow',
      GOAL_STATUS_MARKS['off-track'].sign,
      'Off track',
      '75%',
    ]);
    expect(lane!.progress).toBe(75);
    // January 15th: 14 of the 28 days.
    expect(lane!.expected).toBeCloseTo(50, 5);
    // The legend explains the tick, on pages that have one.
    const pace = 'Progress, and where pace expects it';
    expect(timelineOf(doc)[0]!.legend.map((entry) => entry.text.text)).toContain(pace);
    expect(timelineOf(doc, { collapsedLanes: [goalId] })[0]!.legend.map((entry) => entry.text.text)).not.toContain(
      pace,
    );
  });

  it('prints a lane collapsed on the canvas as its header and count, with no bars', () => {
    const doc = new Y.Doc();
    const grow = createGoal(doc, { title: 'Grow' });
    const retain = createGoal(doc, { title: 'Retain' });
    createInitiative(doc, { title: 'Shown', goalId: grow, startDate: '2027-01-01', endDate: '2027-03-31' });
    createInitiative(doc, { title: 'Hidden one', goalId: retain, startDate: '2027-01-01', endDate: '2027-03-31' });
    createInitiative(doc, { title: 'Hidden two', goalId: retain, startDate: '2027-02-01', endDate: '2027-05-31' });
    const [page] = timelineOf(doc, { collapsedLanes: [retain] });
    expect(page!.bars.map((bar) => bar.label?.text)).toEqual(['Shown']);
    const retainBlock = page!.lanes.find((lane) => lane.key === retain)!;
    expect(retainBlock.texts.map((text) => text.text)).toEqual(['Retain', '●', 'On track · 2 collapsed']);
    expect(retainBlock.progress).toBeNull();
    // Shorter than the same lane expanded (two overlapping bars, two rows).
    const [expanded] = timelineOf(doc);
    expect(retainBlock.height).toBeLessThan(expanded!.lanes.find((lane) => lane.key === retain)!.height);
  });
});

describe('PDF title page', () => {
  function titlePagesOf(doc: Y.Doc, options: Omit<PdfOptionsInput, 'asOf'> = {}) {
    const plan = planPdf(
      new RoadmapStore(doc).getSnapshot(),
      pdfOptionsSchema.parse({ asOf: '2027-01-15', sections: { timeline: false, appendix: false }, ...options }),
      measure,
    );
    return { pages: plan.pages as TitlePage[], height: plan.height };
  }
  const goalNames = (page: TitlePage) => page.texts.filter((text) => text.size === 10.5);

  it('lists goals in two balanced columns on a landscape page, one on a portrait page', () => {
    const doc = new Y.Doc();
    for (let index = 1; index <= 4; index++) {
      const goalId = createGoal(doc, { title: `Goal ${index}` });
      createKeyResult(doc, {
        goalId,
        title: 'Activation',
        baseline: 10,
        checkIn: { value: 20, date: '2027-01-04' },
        target: 30,
        unit: '%',
      });
    }
    const landscape = titlePagesOf(doc).pages;
    expect(landscape).toHaveLength(1);
    const columns = new Set(goalNames(landscape[0]!).map((text) => text.x));
    expect(columns.size).toBe(2);
    // Two goals in each column.
    expect(goalNames(landscape[0]!).filter((text) => text.x === Math.min(...columns))).toHaveLength(2);
    expect(landscape[0]!.texts.map((text) => text.text)).toEqual(
      expect.arrayContaining(['Activation', '10% → 20% → 30%', '50%']),
    );
    const portrait = titlePagesOf(doc, { orientation: 'portrait' }).pages;
    expect(new Set(goalNames(portrait[0]!).map((text) => text.x)).size).toBe(1);
  });

  it("writes key-result values with their unit once, whole, with the locale's thousands separators", () => {
    expect(keyResultValues({ baseline: 32, current: 36, target: 45, unit: '%' })).toBe('32% → 36% → 45%');
    expect(keyResultValues({ baseline: 20, current: 38, target: 120, unit: 'customers' })).toBe(
      '20 → 38 → 120 customers',
    );
    expect(keyResultValues({ baseline: 1, current: 2, target: 3, unit: '' })).toBe('1 → 2 → 3');
    expect(keyResultValues({ baseline: 1000, current: 800, target: 250000, unit: '' })).toBe('1,000 → 800 → 250,000');
    expect(keyResultValues({ baseline: 0, current: 1234567.5, target: 250000, unit: '' }, 'de-DE')).toBe(
      '0 → 1.234.567,5 → 250.000',
    );
  });

  it('continues a goal with more key results than a page holds under its name, never below the margin', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Many results' });
    for (let index = 1; index <= 90; index++) createKeyResult(doc, { goalId, title: `Result ${index}` });
    const { pages, height } = titlePagesOf(doc, { orientation: 'portrait' });
    expect(pages.length).toBeGreaterThan(1);
    expect(goalNames(pages[1]!).map((text) => text.text)).toContain('Many results (cont.)');
    const all = pages.flatMap((page) => page.texts.map((text) => text.text));
    for (let index = 1; index <= 90; index++) expect(all).toContain(`Result ${index}`);
    for (const page of pages) for (const text of page.texts) expect(text.y + text.size).toBeLessThan(height - 30 - 16);
  });
});

describe('PDF paper sizes', () => {
  it('draws larger on larger paper, half-way between the same size and A4 enlarged', () => {
    expect(paperScale('A4')).toBe(1);
    expect(paperScale('Letter')).toBe(1);
    expect(paperScale('A3')).toBeCloseTo(Math.SQRT2 ** 0.5, 3);
    const plan = planPdf(
      new RoadmapStore(new Y.Doc()).getSnapshot(),
      pdfOptionsSchema.parse({ asOf: '2027-01-15', pageSize: 'A3' }),
      measure,
    );
    // The paper is A3 landscape; the layout has room for more than A4 but less than A3 at A4's type size.
    expect(plan.width * plan.scale).toBeCloseTo(1190.55, 1);
    expect(plan.height * plan.scale).toBeCloseTo(841.89, 1);
    expect(plan.width).toBeGreaterThan(841.89);
    expect(plan.width).toBeLessThan(1190.55);
  });
});

describe('PDF appendix', () => {
  it('reports progress where it is being made, and a dash for work not started, done or dropped at 0%', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    const dates = { goalId, startDate: '2027-01-01', endDate: '2027-01-31' } as const;
    createInitiative(doc, { ...dates, title: 'Not started', status: 'planned' });
    createInitiative(doc, { ...dates, title: 'Stuck', status: 'in-progress', progress: 0 });
    createInitiative(doc, { ...dates, title: 'Finished', status: 'done', progress: 100 });
    createInitiative(doc, { ...dates, title: 'Closed', status: 'done' });
    const [page] = planPdf(
      new RoadmapStore(doc).getSnapshot(),
      pdfOptionsSchema.parse({ asOf: '2027-01-15', sections: { title: false, timeline: false } }),
      measure,
    ).pages as AppendixPage[];
    const progressOf = (title: string) => page!.rows.find((row) => row.texts[0]!.text === title)!.texts.at(-1)!.text;
    expect(progressOf('Not started')).toBe('—');
    expect(progressOf('Stuck')).toBe('0%');
    expect(progressOf('Finished')).toBe('100%');
    expect(progressOf('Closed')).toBe('—');
  });
});

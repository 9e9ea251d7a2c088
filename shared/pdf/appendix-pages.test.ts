import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createGoal, createInitiative, createKeyResult, createMilestone, deleteKeyResult } from '../commands';
import { RoadmapStore } from '../read-model/roadmap-store';
import { pdfOptionsSchema, type PdfOptionsInput } from './options';
import { planPdf, type AppendixPage } from './plan-pdf';
import type { MeasureText } from './text-fit';

/** A fixed-pitch stand-in for the font's metrics: every character 0.55 em wide. */
const measure: MeasureText = (text, size) => [...text].length * size * 0.55;

function appendixOf(doc: Y.Doc, options: Omit<PdfOptionsInput, 'asOf'> = {}): AppendixPage[] {
  return planPdf(
    new RoadmapStore(doc).getSnapshot(),
    pdfOptionsSchema.parse({ asOf: '2027-01-15', sections: { title: false, timeline: false }, ...options }),
    measure,
  ).pages as AppendixPage[];
}
const rowTexts = (pages: readonly AppendixPage[]) =>
  pages.flatMap((page) => page.rows.filter((row) => !row.group).map((row) => row.texts[0]!.text));
const scopeOf = (page: AppendixPage) => page.scope.map((text) => text.text).join(' ');

function quarters(): { doc: Y.Doc; grow: string; retain: string; kept: string } {
  const doc = new Y.Doc();
  const grow = createGoal(doc, { title: 'Grow' });
  const retain = createGoal(doc, { title: 'Retain' });
  createInitiative(doc, { title: 'Q1 work', goalId: grow, startDate: '2027-01-05', endDate: '2027-03-20' });
  const kept = createInitiative(doc, {
    title: 'Across Q1 and Q2',
    goalId: grow,
    startDate: '2027-03-01',
    endDate: '2027-04-15',
  });
  createInitiative(doc, { title: 'Q2 work', goalId: retain, startDate: '2027-05-01', endDate: '2027-06-10' });
  createInitiative(doc, { title: 'Q3 work', goalId: retain, startDate: '2027-07-01', endDate: '2027-09-30' });
  createMilestone(doc, { title: 'Q1 review', goalId: grow, date: '2027-03-31' });
  createMilestone(doc, { title: 'Q2 review', goalId: grow, date: '2027-06-30' });
  return { doc, grow, retain, kept };
}

describe('PDF appendix: what the export holds', () => {
  it('lists only what the export\u2019s dates hold, and says which dates', () => {
    const { doc } = quarters();
    const pages = appendixOf(doc, { from: '2027-04-01', to: '2027-06-30' });
    expect(rowTexts(pages)).toEqual(['Across Q1 and Q2', '◇ Q2 review', 'Q2 work']);
    expect(scopeOf(pages[0]!)).toBe('Initiatives and milestones from 2027-04-01 to 2027-06-30');
    // By default, the roadmap's content (whole months), all of it.
    const all = appendixOf(doc);
    expect(rowTexts(all)).toHaveLength(6);
    expect(scopeOf(all[0]!)).toBe('Initiatives and milestones from 2027-01-01 to 2027-09-30');
  });

  it('lists only the export\u2019s goals and filtered initiatives, and says so', () => {
    const { doc, grow, kept } = quarters();
    const chosen = appendixOf(doc, { lanes: [grow] });
    expect(rowTexts(chosen)).toEqual(['Q1 work', 'Across Q1 and Q2', '◇ Q1 review', '◇ Q2 review']);
    expect(scopeOf(chosen[0]!)).toBe('Initiatives and milestones from 2027-01-01 to 2027-06-30 · 1 of 2 goals');
    const filtered = appendixOf(doc, { initiatives: [kept] });
    expect(rowTexts(filtered)).toEqual(['Across Q1 and Q2', '◇ Q1 review', '◇ Q2 review']);
    expect(scopeOf(filtered[0]!)).toMatch(/ · filtered as on the canvas$/);
  });

  it('indents sub-goals and their rows under their parent, and prints long goal names whole', () => {
    const doc = new Y.Doc();
    const top = createGoal(doc, { title: 'Top' });
    const long = 'A sub-goal with a name long enough to need a second line in a table on a portrait page, really';
    const child = createGoal(doc, { title: long, parentId: top });
    const dates = { startDate: '2027-01-01', endDate: '2027-01-31' } as const;
    createInitiative(doc, { ...dates, title: 'Top work', goalId: top });
    createInitiative(doc, { ...dates, title: 'Child work', goalId: child });
    const [page] = appendixOf(doc, { orientation: 'portrait' });
    const groups = page!.rows.filter((row) => row.group);
    expect(groups[1]!.indent).toBeGreaterThan(groups[0]!.indent);
    expect(groups[1]!.texts[0]!.x).toBeGreaterThan(groups[0]!.texts[0]!.x);
    expect(groups[1]!.texts.map((text) => text.text).join(' ')).toBe(long);
    const rowX = (title: string) => page!.rows.find((row) => row.texts[0]!.text === title)!.texts[0]!.x;
    expect(rowX('Child work')).toBeGreaterThan(rowX('Top work'));
  });
});

describe('PDF appendix: the key results each initiative serves', () => {
  it('lists them by title in their own column, wrapped, cut after three lines', () => {
    const doc = new Y.Doc();
    const grow = createGoal(doc, { title: 'Grow' });
    const activation = createKeyResult(doc, { goalId: grow, title: 'Week-1 activation rate', baseline: 0, target: 1 });
    const churn = createKeyResult(doc, { goalId: grow, title: 'Monthly churn', baseline: 0, target: 1 });
    const gone = createKeyResult(doc, { goalId: grow, title: 'Deleted later', baseline: 0, target: 1 });
    const many = Array.from({ length: 8 }, (_, index) =>
      createKeyResult(doc, { goalId: grow, title: `Key result number ${index + 1}`, baseline: 0, target: 1 }),
    );
    const dates = { startDate: '2027-01-01', endDate: '2027-01-31' } as const;
    createInitiative(doc, { ...dates, title: 'Checklist', goalId: grow, keyResultIds: [activation, churn, gone] });
    createInitiative(doc, { ...dates, title: 'Everything', goalId: grow, keyResultIds: many });
    createInitiative(doc, { ...dates, title: 'Nothing', goalId: grow });
    deleteKeyResult(doc, { id: gone });
    const [page] = appendixOf(doc);
    const column = page!.columns.findIndex((item) => item.label.text === 'Key results');
    expect(column).toBe(1);
    const { x, width } = page!.columns[column]!;
    const cell = (title: string) => {
      const row = page!.rows.find((item) => item.texts[0]!.text === title)!;
      return row.texts.filter((text) => text.x >= x && text.x < x + width).map((text) => text.text);
    };
    expect(cell('Checklist').join(' ')).toBe('Week-1 activation rate; Monthly churn');
    expect(cell('Nothing')).toEqual([]);
    const lines = cell('Everything');
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
    // The row is as tall as its tallest cell.
    const row = page!.rows.find((item) => item.texts[0]!.text === 'Everything')!;
    expect(row.height).toBeGreaterThanOrEqual(3 * 9.5);
    for (const line of lines) expect(measure(line, 7.5)).toBeLessThanOrEqual(width - 6);
  });
});

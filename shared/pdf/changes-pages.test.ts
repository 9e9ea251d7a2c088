import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createInitiative, deleteGoal, takeBaseline } from '../commands';
import { planAtBaseline } from '../read-model/baseline-plan';
import { RoadmapStore } from '../read-model/roadmap-store';
import { newRoadmapDoc } from '../testing/roadmap-doc';
import { BASELINE_TAKEN_AT, reviewedRoadmap } from '../testing/reviewed-roadmap';
import { pdfOptionsSchema, type PdfOptionsInput } from './options';
import { planPdf, PdfComparisonError, type ChangesPage } from './plan-pdf';
import type { MeasureText } from './text-fit';

/** A fixed-pitch stand-in for the font's metrics: every character 0.55 em wide. */
const measure: MeasureText = (text, size) => [...text].length * size * 0.55;

function planOf(doc: Y.Doc, options: Partial<PdfOptionsInput>) {
  return planPdf(
    new RoadmapStore(doc).getSnapshot(),
    pdfOptionsSchema.parse({ asOf: '2027-02-15', ...options }),
    measure,
    (baseline) => planAtBaseline(doc, baseline),
  );
}
const CHANGES_ONLY = { title: false, timeline: false, appendix: false, changes: true };
const changesOf = (doc: Y.Doc, options: Partial<PdfOptionsInput>) =>
  planOf(doc, { sections: CHANGES_ONLY, ...options }).pages.filter(
    (page): page is ChangesPage => page.kind === 'changes',
  );
/** Each page's lines as a reader sees them: texts on one baseline (within a point) joined, column by column. */
function linesOf(page: ChangesPage): string[] {
  // Columns of 376 points and a gap of 28 on a landscape page.
  const columnOf = (x: number) => Math.floor((x - 30) / 390);
  const rows: { y: number; column: number; texts: { x: number; text: string }[] }[] = [];
  for (const box of page.texts) {
    const column = columnOf(box.x);
    const row = rows.find((candidate) => candidate.column === column && Math.abs(candidate.y - box.y) < 1);
    if (row) row.texts.push({ x: box.x, text: box.text });
    else rows.push({ y: box.y, column, texts: [{ x: box.x, text: box.text }] });
  }
  return rows
    .sort((a, b) => a.column - b.column || a.y - b.y)
    .map((row) =>
      row.texts
        .sort((a, b) => a.x - b.x)
        .map((text) => text.text)
        .join(' '),
    );
}

describe('PDF changes since a baseline', () => {
  it('lists, goal by goal, exactly what changed, in the Changes view’s words', () => {
    const { doc, baselineId } = reviewedRoadmap();
    const pages = changesOf(doc, { since: baselineId, orientation: 'portrait' });
    expect(pages).toHaveLength(1);
    const lines = linesOf(pages[0]!);
    expect(lines.slice(0, 3)).toEqual([
      'Plan: changes since Q1 review (2027-01-15)',
      'Baseline taken 2027-01-15 by Ada · compared with the plan as of 2027-02-15',
      'Initiatives: 1 added, 1 removed, 2 rescheduled (1 slipped), 1 re-aligned, 1 changed status. Key results changed: 1.',
    ]);
    const body = lines.slice(3).filter((line) => !line.startsWith('Health') && !line.startsWith('Status'));
    expect(body).toEqual([
      'Activation',
      'Key results',
      'Activation rate 20% → 35% (+15 pts)',
      'Initiatives',
      'Tour ends −5 d · now 2027-01-04 to 2027-01-24, was 2027-01-04 to 2027-01-29',
      'Referral program new · 2027-02-01 to 2027-02-20',
      'Retention',
      'Initiatives',
      'Checklist slipped +14 d · from Activation · now 2027-01-18 to 2027-02-12, was 2027-01-04 to 2027-01-29',
      'Weekly digest Planned → In progress · was “Digest”',
      'Platform',
      'Initiatives',
      'Performance removed · was 2027-02-01 to 2027-03-31',
    ]);
    const texts = pages[0]!.texts;
    // A removed initiative is struck through; bad news is red, good news green.
    expect(texts.find((text) => text.text === 'Performance')).toMatchObject({ strike: true });
    expect(texts.find((text) => text.text === 'slipped +14 d')).toMatchObject({ color: '#b91c1c', bold: true });
    expect(texts.find((text) => text.text === 'ends −5 d')).toMatchObject({ color: '#15803d' });
    expect(texts.find((text) => text.text === '20% → 35% (+15 pts)')).toMatchObject({ color: '#15803d' });
    // Each goal's name is a heading, and what is said of an item goes on from its name (one paragraph).
    expect(texts.filter((text) => text.role === 'H3').map((text) => text.text)).toEqual([
      'Activation',
      'Retention',
      'Platform',
    ]);
    expect(texts.find((text) => text.text === 'from Activation')).toMatchObject({ continues: true });
    expect(pages[0]!.swatches).toHaveLength(3);
  });

  it('comes after the title page, with a bookmark, and says so when nothing changed', () => {
    const { doc, baselineId } = reviewedRoadmap();
    const plan = planOf(doc, { since: baselineId, sections: { alignment: true } });
    expect(plan.pages.map((page) => page.kind).filter((kind, i, all) => all[i - 1] !== kind)).toEqual([
      'title',
      'changes',
      'alignment',
      'timeline',
      'appendix',
    ]);
    const changesPage = plan.pages.findIndex((page) => page.kind === 'changes');
    expect(plan.outline).toContainEqual({ title: 'Changes since Q1 review', page: changesPage, depth: 0 });
    // Without `since`, no comparison at all.
    expect(planOf(doc, {}).pages.some((page) => page.kind === 'changes')).toBe(false);

    const quiet = newRoadmapDoc('Quiet');
    const id = takeBaseline(quiet, { name: 'Kick-off', takenAt: BASELINE_TAKEN_AT });
    const [page] = changesOf(quiet, { since: id });
    expect(linesOf(page!)).toEqual([
      'Quiet: changes since Kick-off (2027-01-15)',
      'Baseline taken 2027-01-15 · compared with the plan as of 2027-02-15',
      'No initiative changed. No key result moved.',
      'Nothing changed since Kick-off.',
    ]);
  });

  it('holds what the export holds: its goals, its filtered initiatives, and a removed goal with every goal', () => {
    const { doc, baselineId, activation, retention, platform, checklist } = reviewedRoadmap();
    const goals = (pages: ChangesPage[]) =>
      pages.flatMap((page) => page.texts.filter((text) => text.role === 'H3').map((text) => text.text));
    const chosen = changesOf(doc, { since: baselineId, lanes: [activation] });
    expect(goals(chosen)).toEqual(['Activation']);
    expect(linesOf(chosen[0]!)[1]).toBe(
      'Baseline taken 2027-01-15 by Ada · compared with the plan as of 2027-02-15 · 1 of 3 goals',
    );
    // The summary counts what the page lists.
    expect(linesOf(chosen[0]!)[2]).toBe('Initiatives: 1 added, 1 rescheduled. Key results changed: 1.');
    const filtered = changesOf(doc, { since: baselineId, initiatives: [checklist] });
    expect(goals(filtered)).toEqual(['Activation', 'Retention']);
    expect(filtered.flatMap(linesOf).filter((line) => line.startsWith('Checklist'))).toHaveLength(1);
    expect(filtered.flatMap(linesOf).some((line) => line.startsWith('Tour'))).toBe(false);

    deleteGoal(doc, { id: platform });
    const all = changesOf(doc, { since: baselineId });
    expect(goals(all)).toEqual(['Activation', 'Retention', 'Platform']);
    expect(all.flatMap(linesOf)).toContain('Goal removed');
    // A goal removed since is in an export of every goal there is, not in one of chosen goals.
    expect(goals(changesOf(doc, { since: baselineId, lanes: [activation, retention, 'unaligned'] }))).toEqual([
      'Activation',
      'Retention',
      'Platform',
    ]);
    expect(goals(changesOf(doc, { since: baselineId, lanes: [activation, retention] }))).toEqual([
      'Activation',
      'Retention',
    ]);
  });

  it('paginates a long list: goals continue under their name, every page says what it is, nothing runs off', () => {
    const doc = newRoadmapDoc('Busy');
    const baselineId = takeBaseline(doc, { name: 'Q1 review', takenAt: BASELINE_TAKEN_AT });
    const { activation } = reviewedRoadmap(doc);
    for (let i = 0; i < 70; i++) {
      createInitiative(doc, {
        title: `Added initiative number ${i + 1} with a title long enough to wrap in a column ${'x'.repeat(i % 3)}`,
        goalId: activation,
        startDate: '2027-02-01',
        endDate: '2027-02-20',
      });
    }
    for (const orientation of ['portrait', 'landscape'] as const) {
      const plan = planOf(doc, { since: baselineId, orientation, sections: CHANGES_ONLY });
      const pages = plan.pages as ChangesPage[];
      expect(pages.length, orientation).toBeGreaterThan(1);
      pages.slice(1).forEach((page) => {
        expect(page.texts[0]!.text).toBe('Busy: changes since Q1 review (2027-01-15) (continued)');
      });
      const texts = pages.flatMap((page) => page.texts);
      expect(texts.filter((text) => text.text === 'Activation (cont.)').length, orientation).toBeGreaterThan(0);
      for (const text of texts) {
        expect(text.y + text.size, text.text).toBeLessThanOrEqual(plan.height - 30 - 16);
        expect(text.x + measure(text.text, text.size), text.text).toBeLessThanOrEqual(plan.width - 30 + 0.01);
      }
      expect(texts.filter((text) => text.text.includes('…'))).toEqual([]);
      for (let i = 1; i <= 70; i++)
        expect(texts.some((text) => text.text.startsWith(`Added initiative number ${i} `))).toBe(true);
    }
  });

  it('refuses a baseline that is not in the roadmap, and one it cannot read', () => {
    const { doc, baselineId } = reviewedRoadmap();
    expect(() => changesOf(doc, { since: 'gone' })).toThrow(PdfComparisonError);
    expect(() =>
      planPdf(
        new RoadmapStore(doc).getSnapshot(),
        pdfOptionsSchema.parse({ asOf: '2027-02-15', since: baselineId }),
        measure,
      ),
    ).toThrow(/needs its plan/);
  });
});

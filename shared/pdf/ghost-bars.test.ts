import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createGoal, createInitiative, moveInitiative, takeBaseline } from '../commands';
import { planAtBaseline } from '../read-model/baseline-plan';
import { RoadmapStore } from '../read-model/roadmap-store';
import { newRoadmapDoc } from '../testing/roadmap-doc';
import { BASELINE_TAKEN_AT, reviewedRoadmap } from '../testing/reviewed-roadmap';
import { pdfOptionsSchema, type PdfOptionsInput } from './options';
import { planPdf, type PdfBar, type TimelinePage } from './plan-pdf';
import type { MeasureText } from './text-fit';

/** A fixed-pitch stand-in for the font's metrics: every character 0.55 em wide. */
const measure: MeasureText = (text, size) => [...text].length * size * 0.55;

function timelineOf(doc: Y.Doc, options: Partial<PdfOptionsInput>) {
  const plan = planPdf(
    new RoadmapStore(doc).getSnapshot(),
    pdfOptionsSchema.parse({ asOf: '2027-02-15', sections: { title: false, appendix: false }, ...options }),
    measure,
    (baseline) => planAtBaseline(doc, baseline),
  );
  return plan.pages.filter((page): page is TimelinePage => page.kind === 'timeline');
}
const titleOf = (bar: PdfBar) => bar.label?.text ?? '';
const barNamed = (pages: readonly TimelinePage[], title: string) =>
  pages.flatMap((page) => page.bars).find((bar) => titleOf(bar).includes(title))!;
/** What a bar takes on its row: itself, its ghost, its title and its markers. */
function extentOf(bar: PdfBar): [number, number] {
  const spans: [number, number][] = [[bar.x, bar.x + bar.width]];
  if (bar.ghost) spans.push([bar.ghost.x, bar.ghost.x + bar.ghost.width]);
  for (const text of [bar.label, ...bar.markers]) {
    if (text) spans.push([text.x, text.x + measure(text.text, text.size, text.bold)]);
  }
  return [Math.min(...spans.map(([a]) => a)), Math.max(...spans.map(([, b]) => b))];
}

describe('PDF timeline compared with a baseline', () => {
  it('draws a ghost where a moved bar was, in its row, and marks what changed beside it', () => {
    const { doc, baselineId } = reviewedRoadmap();
    const pages = timelineOf(doc, { since: baselineId });
    const page = pages[0]!;
    const checklist = barNamed(pages, 'Checklist');
    // Moved 14 days later (Jan 18 to Feb 12, 26 days): the ghost is as long, 14 days to the left.
    expect(checklist.ghost).not.toBeNull();
    const perDay = checklist.width / 26;
    expect(checklist.ghost!.width).toBeCloseTo(checklist.width, 0);
    expect(checklist.x - checklist.ghost!.x).toBeCloseTo(14 * perDay, 0);
    // Markers after the bar and its title: how far it slipped, in red; the goal it came from.
    expect(checklist.markers.map((marker) => [marker.text, marker.color])).toEqual([
      ['+14 d', '#b91c1c'],
      ['from Activation', '#4b5563'],
    ]);
    expect(checklist.markers[0]!.x).toBeGreaterThan(checklist.x + checklist.width);
    if (checklist.label!.x > checklist.x + checklist.width)
      expect(checklist.markers[0]!.x).toBeGreaterThan(checklist.label!.x + measure(checklist.label!.text, 7.5));
    // Ended 5 days earlier: green, its ghost sticks out on the right.
    const tour = barNamed(pages, 'Tour');
    expect(tour.markers.map((marker) => [marker.text, marker.color])).toEqual([['−5 d', '#15803d']]);
    expect(tour.ghost!.x + tour.ghost!.width).toBeGreaterThan(tour.x + tour.width);
    // Added: "new", no ghost. Renamed with a new status only: nothing on the timeline (the Changes page says it).
    const referrals = barNamed(pages, 'Referral program');
    expect(referrals).toMatchObject({ ghost: null });
    expect(referrals.markers.map((marker) => marker.text)).toEqual(['new']);
    expect(barNamed(pages, 'Weekly digest')).toMatchObject({ ghost: null, markers: [] });
    // Removed: not on the timeline.
    expect(pages.flatMap((p) => p.bars).some((bar) => titleOf(bar).includes('Performance'))).toBe(false);
    // The legend explains the ghost, with the baseline's name.
    expect(page.legend.map((entry) => entry.text.text)).toContain(
      'Where it was at Q1 review (+N d: ends N days later)',
    );
    // Markers are part of the bar's title for a screen reader.
    expect(checklist.markers.every((marker) => marker.continues)).toBe(true);
  });

  it('packs each row by the bar, its ghost, its title and its markers together: nothing overlaps', () => {
    const doc = newRoadmapDoc('Crowded');
    const goalId = createGoal(doc, { title: 'Grow' });
    const ids = Array.from({ length: 12 }, (_, i) =>
      createInitiative(doc, {
        title: `Item ${i + 1}`,
        goalId,
        startDate: `2027-0${1 + (i % 6)}-0${1 + (i % 3)}`,
        endDate: `2027-0${1 + (i % 6)}-2${i % 9}`,
      }),
    );
    const baselineId = takeBaseline(doc, { name: 'Q1', takenAt: BASELINE_TAKEN_AT });
    // Every other one moves a month later or earlier: its ghost covers where the others are.
    ids.forEach((id, i) => {
      if (i % 2 === 0) moveInitiative(doc, { id, startDate: `2027-0${i % 4 === 0 ? 2 + (i % 6) : 1}-10` });
    });
    for (const orientation of ['landscape', 'portrait'] as const) {
      const pages = timelineOf(doc, { since: baselineId, orientation, from: '2027-01-01', to: '2027-08-31' });
      const bars = pages.flatMap((page) => page.bars);
      expect(bars.filter((bar) => bar.ghost).length, orientation).toBeGreaterThan(3);
      for (const a of bars) {
        for (const b of bars) {
          if (a === b || Math.abs(a.y - b.y) > 0.5) continue;
          const [aLeft, aRight] = extentOf(a);
          const [bLeft, bRight] = extentOf(b);
          expect(aRight <= bLeft || bRight <= aLeft, `${titleOf(a)} and ${titleOf(b)} (${orientation})`).toBe(true);
        }
      }
    }
  });

  it('puts markers before a bar at the page’s right edge, and widens the dates to hold the ghosts', () => {
    const doc = newRoadmapDoc('Edges');
    const goalId = createGoal(doc, { title: 'Grow' });
    const late = createInitiative(doc, { title: 'Year end', goalId, startDate: '2027-11-01', endDate: '2027-11-30' });
    const early = createInitiative(doc, { title: 'Kick-off', goalId, startDate: '2027-03-01', endDate: '2027-03-31' });
    const baselineId = takeBaseline(doc, { name: 'Q1', takenAt: BASELINE_TAKEN_AT });
    moveInitiative(doc, { id: late, startDate: '2027-12-01' });
    moveInitiative(doc, { id: early, startDate: '2027-05-01' });
    const pages = timelineOf(doc, { since: baselineId });
    const page = pages[0]!;
    // The content is May to December now; March, where Kick-off was, is in the range too.
    expect(page.ticks[0]!.label.text).toBe('Mar');
    const yearEnd = barNamed(pages, 'Year end');
    expect(yearEnd.markers[0]!.text).toBe('+30 d');
    expect(yearEnd.markers[0]!.x + measure('+30 d', 7.5)).toBeLessThanOrEqual(page.canvasX + page.canvasWidth);
    expect(yearEnd.markers[0]!.x).toBeLessThan(Math.min(yearEnd.x, yearEnd.ghost!.x));
    // A range asked for is kept: the ghost is cut at its edge.
    const cut = timelineOf(doc, { since: baselineId, from: '2027-03-15', to: '2027-12-31' });
    const kickOff = barNamed(cut, 'Kick-off');
    expect(kickOff.ghost).toMatchObject({ clippedStart: true, x: cut[0]!.canvasX });
  });

  it('without a baseline, no ghost, no marker, no legend entry', () => {
    const { doc } = reviewedRoadmap();
    const pages = timelineOf(doc, {});
    expect(pages.flatMap((page) => page.bars).every((bar) => bar.ghost === null && bar.markers.length === 0)).toBe(
      true,
    );
    expect(pages[0]!.legend.some((entry) => entry.symbol === 'ghost')).toBe(false);
  });
});

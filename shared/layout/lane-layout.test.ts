import { describe, expect, it } from 'vitest';
import { barRect, laneHeight, layoutLanes, lanesInView } from './lane-layout';
import type { Lane } from '../read-model/lanes';
import type { ScheduledInitiative } from '../model/initiative';
import type { Milestone } from '../model/milestone';

const metrics = {
  rowHeight: 30,
  barHeight: 22,
  lanePadding: 5,
  milestoneBand: 20,
  minLaneHeight: 50,
  collapsedHeight: 24,
};

function lane(key: string, spans: [string, string][], milestones = 0): Lane {
  return {
    key,
    goal: null,
    depth: 0,
    keyResults: [],
    progress: null,
    initiatives: spans.map(
      ([startDate, endDate], i) => ({ id: `${key}${i}`, startDate, endDate }) as unknown as ScheduledInitiative,
    ),
    milestones: Array.from({ length: milestones }, () => ({}) as Milestone),
  };
}

describe('layoutLanes', () => {
  it('stacks lanes, each as tall as its packed rows, milestone band and padding', () => {
    const { layouts, totalHeight } = layoutLanes(
      [
        lane('a', [
          ['2027-01-01', '2027-01-31'],
          ['2027-01-15', '2027-02-15'],
          ['2027-01-20', '2027-01-25'],
        ]),
        lane('b', [], 1),
        lane('c', [['2027-01-01', '2027-01-02']]),
      ],
      metrics,
      (key) => key === 'c',
    );
    expect(layouts.map((l) => [l.top, l.height, l.rowsTop, l.rows])).toEqual([
      [0, 100, 5, [0, 1, 2]],
      [100, 60, 25, []],
      [160, 24, 5, []],
    ]);
    expect(totalHeight).toBe(184);
  });
});

describe('layoutLanes with a previous result', () => {
  it('keeps the layout of a lane that did not change or move', () => {
    const [a, b, c] = [lane('a', [['2027-01-01', '2027-01-31']]), lane('b', []), lane('c', [])];
    const first = layoutLanes([a, b, c], metrics).layouts;
    const grownA = lane('a', [
      ['2027-01-01', '2027-01-31'],
      ['2027-01-02', '2027-01-03'],
    ]);
    const second = layoutLanes([grownA, b, c], metrics, undefined, first).layouts;
    expect(second[0]).not.toBe(first[0]);
    expect(second[1]!.top).toBe(first[1]!.top + 20); // moved down: a new layout
    expect(second[1]).not.toBe(first[1]);
    const third = layoutLanes([grownA, b, c], metrics, undefined, second).layouts;
    expect(third).toEqual(second);
    third.forEach((layout, i) => expect(layout).toBe(second[i]));
  });
});

describe('layoutLanes with titles beside short bars', () => {
  it('packs by the room the titles take, and packs again when that room changes (a zoom)', () => {
    const lanes = [
      lane('a', [
        ['2027-01-01', '2027-01-05'],
        ['2027-01-08', '2027-01-12'],
      ]),
    ];
    const none = layoutLanes(lanes, metrics).layouts;
    expect(none[0]!.rows).toEqual([0, 0]);
    const beside = () => 10;
    const wide = layoutLanes(lanes, metrics, undefined, none, 1, beside).layouts;
    expect(wide[0]!.rows).toEqual([0, 1]);
    expect(wide[0]!.height).toBeGreaterThan(none[0]!.height);
    // The same room again: the layout is reused.
    expect(layoutLanes(lanes, metrics, undefined, wide, 1, beside).layouts[0]).toBe(wide[0]);
  });
});

describe('lanesInView', () => {
  it('finds the lanes crossing a vertical window', () => {
    const { layouts } = layoutLanes(
      Array.from({ length: 100 }, (_, i) => lane(String(i), [])),
      metrics,
    );
    expect(lanesInView(layouts, 0, 120).map((l) => l.lane.key)).toEqual(['0', '1', '2']);
    expect(lanesInView(layouts, 149, 151).map((l) => l.lane.key)).toEqual(['2', '3']);
    expect(lanesInView(layouts, 4990, 99999).map((l) => l.lane.key)).toEqual(['99']);
    expect(lanesInView(layouts, 6000, 7000)).toEqual([]);
  });
});

describe('barRect and laneHeight: one bar geometry for the canvas, its previews and the PDF', () => {
  const metrics = { rowHeight: 34, barHeight: 24, lanePadding: 8 };
  it('centres a bar in its row, below the lane top and its rows offset', () => {
    expect(barRect({ top: 100, rowsTop: 34 }, 2, metrics)).toEqual({
      top: 100 + 34 + 68 + 5,
      height: 24,
      middle: 100 + 34 + 68 + 17,
    });
  });
  it('makes a lane tall enough for its rows and band, at least its minimum, and never less than one row', () => {
    expect(laneHeight(3, 26, metrics, 76)).toBe(26 + 3 * 34 + 16);
    expect(laneHeight(0, 0, metrics, 10)).toBe(34 + 16);
    expect(laneHeight(1, 0, metrics, 76)).toBe(76);
  });
});

describe('layoutLanes while comparing with a baseline', () => {
  const mark = (startDate: string, endDate: string) => ({
    was: { startDate, endDate },
    text: '+9 d',
    tone: 'slipped' as const,
    markDays: 2,
  });

  it('packs a lane with its bars’ ghosts, and reuses a lane whose marks are the same map', () => {
    const a = lane('a', [
      ['2027-01-01', '2027-01-10'],
      ['2027-01-20', '2027-01-31'],
    ]);
    const b = lane('b', [['2027-01-01', '2027-01-10']]);
    // b first, so it stays where it is when a grows.
    const plain = layoutLanes([b, a], metrics).layouts;
    expect(plain[1]!.rows).toEqual([0, 0]);
    // a1 was 15 days earlier: where it was overlaps a0, so it takes a row of its own.
    const marksA = new Map([['a1', mark('2027-01-05', '2027-01-16')]]);
    const compared = (key: string) => (key === 'a' ? marksA : undefined);
    const first = layoutLanes([b, a], metrics, undefined, plain, 1, undefined, compared).layouts;
    expect(first[1]!.rows).toEqual([0, 1]);
    expect(first[1]!.compared).toBe(marksA);
    expect(first[0]).toBe(plain[0]);
    expect(layoutLanes([b, a], metrics, undefined, first, 1, undefined, compared).layouts[1]).toBe(first[1]);
    // The same marks in a new map lay the lane out again.
    const again = new Map(marksA);
    expect(layoutLanes([b, a], metrics, undefined, first, 1, undefined, () => again).layouts[1]).not.toBe(first[1]);
  });
});

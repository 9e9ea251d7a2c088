import { describe, expect, it } from 'vitest';
import { packIntervals, packRows } from './pack-rows';

describe('packRows', () => {
  it('puts overlapping bars in separate rows and reuses free rows', () => {
    const { rows, rowCount } = packRows([
      { startDate: '2027-01-01', endDate: '2027-01-31' },
      { startDate: '2027-01-15', endDate: '2027-02-15' },
      { startDate: '2027-02-01', endDate: '2027-02-10' },
      { startDate: '2027-01-31', endDate: '2027-01-31' },
    ]);
    expect(rows).toEqual([0, 1, 0, 2]);
    expect(rowCount).toBe(3);
  });

  it('treats end dates as inclusive: a bar starting the day after another ends shares its row', () => {
    expect(
      packRows([
        { startDate: '2027-01-01', endDate: '2027-01-10' },
        { startDate: '2027-01-11', endDate: '2027-01-12' },
      ]).rows,
    ).toEqual([0, 0]);
  });

  it('packs by drawn width when short bars are widened to stay visible', () => {
    const spans = [
      { startDate: '2027-01-01', endDate: '2027-01-02' },
      { startDate: '2027-01-05', endDate: '2027-01-06' },
    ];
    expect(packRows(spans).rows).toEqual([0, 0]);
    expect(packRows(spans, 10).rows).toEqual([0, 1]); // each drawn 10 days wide: they would overlap
  });

  it('leaves room after a short bar for its title beside it, when asked', () => {
    const spans = [
      { startDate: '2027-01-01', endDate: '2027-01-10', title: 'Short, with a long title' },
      { startDate: '2027-01-15', endDate: '2027-03-31', title: 'Long' },
    ];
    expect(packRows(spans).rows).toEqual([0, 0]);
    // The first one's title takes 20 days beside it: the next bar starts within them, so it moves down.
    expect(packRows(spans, 1, (span) => (span.title === 'Long' ? 0 : 20)).rows).toEqual([0, 1]);
    expect(packRows(spans, 1, () => 4).rows).toEqual([0, 0]); // room enough before the next
  });

  it('has no rows when empty', () => {
    expect(packRows([])).toEqual({ rows: [], rowCount: 0 });
  });
});

describe('packIntervals', () => {
  it('shares a row between intervals that touch, and opens one for each that overlaps', () => {
    expect(
      packIntervals([
        { start: 0, end: 10 },
        { start: 10, end: 20 },
        { start: 5, end: 12 },
        { start: 12, end: 14 },
      ]),
    ).toEqual({ rows: [0, 0, 1, 1], rowCount: 2 });
  });

  it('keeps room in a bar’s row for its ghost and its change mark while comparing', () => {
    const spans = [
      { id: 'a', startDate: '2027-01-10', endDate: '2027-01-20' },
      { id: 'b', startDate: '2027-01-22', endDate: '2027-01-31' },
    ];
    expect(packRows(spans).rows).toEqual([0, 0]);
    // b was 5 days earlier: its ghost would overlap a.
    const ghost = { was: { startDate: '2027-01-17', endDate: '2027-01-26' }, markDays: 0 };
    expect(packRows(spans, 1, undefined, (span) => (span.id === 'b' ? ghost : undefined)).rows).toEqual([0, 1]);
    // a's mark after it reaches into b.
    expect(
      packRows(spans, 1, undefined, (span) => (span.id === 'a' ? { was: null, markDays: 3 } : undefined)).rows,
    ).toEqual([0, 1]);
    expect(
      packRows(spans, 1, undefined, (span) => (span.id === 'a' ? { was: null, markDays: 1 } : undefined)).rows,
    ).toEqual([0, 0]);
  });
});

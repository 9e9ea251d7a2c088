import { describe, expect, it } from 'vitest';
import {
  boardRows,
  horizonOf,
  isLate,
  horizonsAt,
  periodLabel,
  sortIntoHorizons,
  startDateForHorizon,
} from './horizons';
import type { InitiativeStatus } from '../model/initiative';

const initiative = (startDate: string, endDate: string, status: InitiativeStatus = 'planned') => ({
  startDate,
  endDate,
  status,
});

describe('horizons', () => {
  it('makes Now the quarter of today, Next the one after, Later the rest', () => {
    expect(horizonsAt('2027-01-16', 'quarter', 1)).toEqual({
      now: { key: 'now', start: '2027-01-01', end: '2027-03-31', label: 'Q1 2027' },
      next: { key: 'next', start: '2027-04-01', end: '2027-06-30', label: 'Q2 2027' },
      later: { key: 'later', start: '2027-07-01', end: null, label: 'Q3 2027 onward' },
    });
  });

  it('follows the fiscal year for quarters and halves, and counts months across a year end', () => {
    // A fiscal year from April: January is in its fourth quarter; April starts FY2028.
    const fiscal = horizonsAt('2027-01-16', 'quarter', 4);
    expect([fiscal.now.start, fiscal.now.label, fiscal.next.label]).toEqual(['2027-01-01', 'Q4 FY2027', 'Q1 FY2028']);
    expect(horizonsAt('2027-02-16', 'quarter', 2).now).toMatchObject({ start: '2027-02-01', end: '2027-04-30' });
    const halves = horizonsAt('2027-05-20', 'half', 7);
    expect([halves.now.start, halves.now.end, halves.later.start]).toEqual(['2027-01-01', '2027-06-30', '2028-01-01']);
    expect(halves.now.label).toBe('H2 FY2027');
    const months = horizonsAt('2027-11-30', 'month', 1);
    expect([months.now.label, months.next.label, months.later.label]).toEqual([
      'Nov 2027',
      'Dec 2027',
      'Jan 2028 onward',
    ]);
    expect(periodLabel('2027-07-01', 'half', 1)).toBe('H2 2027');
  });

  it('puts work that overlaps Now in Now, whenever it started or ends', () => {
    const horizons = horizonsAt('2027-01-16', 'quarter', 1);
    expect(horizonOf(initiative('2026-11-01', '2027-01-01'), horizons)).toBe('now');
    expect(horizonOf(initiative('2027-03-31', '2027-09-30'), horizons)).toBe('now');
    expect(horizonOf(initiative('2026-06-01', '2028-01-01'), horizons)).toBe('now');
  });

  it('keeps late work in Now and leaves off what was finished or dropped before it', () => {
    const horizons = horizonsAt('2027-01-16', 'quarter', 1);
    expect(horizonOf(initiative('2026-10-01', '2026-12-31', 'at-risk'), horizons)).toBe('now');
    expect(isLate(initiative('2026-10-01', '2026-12-31', 'at-risk'), horizons)).toBe(true);
    expect(isLate(initiative('2026-10-01', '2027-01-01', 'at-risk'), horizons)).toBe(false);
    expect(isLate(initiative('2026-10-01', '2026-12-31', 'done'), horizons)).toBe(false);
    expect(horizonOf(initiative('2026-10-01', '2026-12-31', 'done'), horizons)).toBeNull();
    expect(horizonOf(initiative('2026-10-01', '2026-12-31', 'dropped'), horizons)).toBeNull();
    // Done work of this quarter is still this quarter's.
    expect(horizonOf(initiative('2027-01-01', '2027-01-10', 'done'), horizons)).toBe('now');
  });

  it('puts work starting within Next in Next, and later starts in Later', () => {
    const horizons = horizonsAt('2027-01-16', 'quarter', 1);
    expect(horizonOf(initiative('2027-04-01', '2027-04-02'), horizons)).toBe('next');
    expect(horizonOf(initiative('2027-06-30', '2027-12-31'), horizons)).toBe('next');
    expect(horizonOf(initiative('2027-07-01', '2027-07-31'), horizons)).toBe('later');
    expect(horizonOf(initiative('2030-01-01', '2030-02-01'), horizons)).toBe('later');
  });

  it('puts unscheduled work (no dates) in Later, never late; dropped in Now it gets Now’s start', () => {
    const horizons = horizonsAt('2027-01-16', 'quarter', 1);
    const idea = { startDate: null, endDate: null, status: 'proposed' as const };
    expect(horizonOf(idea, horizons)).toBe('later');
    expect(isLate(idea, horizons)).toBe(false);
    expect(startDateForHorizon(idea, 'later', horizons)).toBeUndefined();
    expect(startDateForHorizon(idea, 'now', horizons)).toBe('2027-01-01');
  });

  it('sorts initiatives into the columns in order and counts the finished ones left off', () => {
    const horizons = horizonsAt('2027-01-16', 'quarter', 1);
    const a = { ...initiative('2027-02-01', '2027-02-10'), id: 'a' };
    const b = { ...initiative('2026-01-01', '2026-02-01', 'done'), id: 'b' };
    const c = { ...initiative('2027-05-01', '2027-05-10'), id: 'c' };
    const d = { ...initiative('2027-01-01', '2027-01-20'), id: 'd' };
    const e = { ...initiative('2026-03-01', '2026-04-01', 'dropped'), id: 'e' };
    const { columns, finishedEarlier } = sortIntoHorizons([a, b, c, d, e], horizons);
    expect({ now: columns.now.map(({ id }) => id), next: columns.next.map(({ id }) => id) }).toEqual({
      now: ['a', 'd'],
      next: ['c'],
    });
    expect(columns.later).toEqual([]);
    expect(finishedEarlier).toBe(2);
  });

  it('moves the start to the target horizon’s start, or keeps the dates when it is there already', () => {
    const horizons = horizonsAt('2027-01-16', 'quarter', 1);
    const current = initiative('2027-01-10', '2027-02-10');
    expect(startDateForHorizon(current, 'now', horizons)).toBeUndefined();
    expect(startDateForHorizon(current, 'next', horizons)).toBe('2027-04-01');
    expect(startDateForHorizon(current, 'later', horizons)).toBe('2027-07-01');
    // Late work brought back into Now starts at Now's start.
    expect(startDateForHorizon(initiative('2027-05-01', '2027-05-31'), 'now', horizons)).toBe('2027-01-01');
  });

  it('makes a row per lane, in the lanes’ order, counting the finished work of every lane', () => {
    const horizons = horizonsAt('2027-01-16', 'quarter', 1);
    const late = { ...initiative('2026-11-01', '2026-12-01', 'in-progress'), id: 'late' };
    const finished = { ...initiative('2026-11-01', '2026-12-01', 'done'), id: 'finished' };
    const soon = { ...initiative('2027-04-10', '2027-05-01'), id: 'soon' };
    const { rows, finishedEarlier } = boardRows(
      [
        { key: 'g1', initiatives: [late, finished] },
        { key: 'unaligned', initiatives: [soon, finished] },
      ],
      horizons,
    );
    expect(rows.map((row) => [row.lane.key, row.cells.now.length, row.cells.next.length])).toEqual([
      ['g1', 1, 0],
      ['unaligned', 0, 1],
    ]);
    expect(finishedEarlier).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { createTimeScale, monthTicks, timelineRange } from './time-scale';

describe('time scale', () => {
  const scale = createTimeScale('2027-01-01', '2027-12-31', 4);

  it('maps days to x and back', () => {
    expect(scale.width).toBe(365 * 4);
    expect(scale.xOf('2027-01-01')).toBe(0);
    expect(scale.xOf('2027-02-01')).toBe(31 * 4);
    expect(scale.dateAt(31 * 4 + 3.9)).toBe('2027-02-01');
    expect(scale.dateAt(-50)).toBe('2027-01-01');
    expect(scale.dateAt(1e9)).toBe('2027-12-31');
  });

  it('spans inclusive end dates', () => {
    expect(scale.span('2027-01-01', '2027-01-01')).toEqual({ x: 0, width: 4 });
    expect(scale.span('2027-01-01', '2027-03-31')).toEqual({ x: 0, width: 90 * 4 });
  });

  it('lists month ticks, including a leap February', () => {
    const ticks = monthTicks(createTimeScale('2028-01-15', '2028-03-10', 1));
    expect(ticks.map((tick) => [tick.month, tick.x, tick.width])).toEqual([
      [1, 0, 17],
      [2, 17, 29],
      [3, 46, 10],
    ]);
  });
});

describe('timelineRange', () => {
  it('pads the content by a month before and two after, and includes today', () => {
    expect(timelineRange(['2027-03-10', '2028-06-20'], '2027-01-05')).toEqual({
      start: '2026-12-01',
      end: '2028-08-31',
    });
    expect(timelineRange(['2025-03-10'], '2025-06-05', 1)).toEqual({ start: '2025-02-01', end: '2025-08-31' });
  });
  it('is at least 13 months long, so a small roadmap fills the canvas', () => {
    expect(timelineRange([], '2027-05-17')).toEqual({ start: '2027-04-01', end: '2028-04-30' });
    expect(timelineRange(['2027-03-10', '2027-06-20'], '2027-01-05')).toEqual({
      start: '2026-12-01',
      end: '2027-12-31',
    });
  });
});

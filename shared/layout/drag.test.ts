import { describe, expect, it } from 'vitest';
import { moveByDrag, rangeByCreateDrag, resizeByDrag } from './drag';

const march = { startDate: '2027-03-03', endDate: '2027-03-16' }; // Wed → Tue, 14 days

describe('moveByDrag', () => {
  it('snaps to days in week zoom', () => {
    expect(moveByDrag(march, 2.4, 'day')).toBe(2);
    expect(moveByDrag(march, -0.6, 'day')).toBe(-1);
  });
  it('snaps the start to the nearest Monday in month zoom', () => {
    expect(moveByDrag(march, 0, 'week')).toBe(-2); // Wed 3rd → Mon 1st
    expect(moveByDrag(march, 3, 'week')).toBe(5); // Sat 6th → Mon 8th
  });
  it('snaps to month starts in quarter zoom, across a leap February', () => {
    expect(moveByDrag({ startDate: '2028-01-20', endDate: '2028-01-31' }, 20, 'month')).toBe(
      daysFrom('2028-01-20', '2028-02-01'),
    );
    expect(moveByDrag({ startDate: '2028-02-10', endDate: '2028-02-29' }, 10, 'month')).toBe(
      daysFrom('2028-02-10', '2028-03-01'),
    );
  });
});

describe('resizeByDrag', () => {
  it('moves the start edge, never past the end', () => {
    expect(resizeByDrag(march, 'start', -2, 'day')).toEqual({ startDate: '2027-03-01', endDate: '2027-03-16' });
    expect(resizeByDrag(march, 'start', 40, 'day')).toEqual({ startDate: '2027-03-16', endDate: '2027-03-16' });
  });
  it('moves the end edge to the day before a unit boundary, never before the start', () => {
    expect(resizeByDrag(march, 'end', 3, 'day')).toEqual({ startDate: '2027-03-03', endDate: '2027-03-19' });
    expect(resizeByDrag(march, 'end', 10, 'week')).toEqual({ startDate: '2027-03-03', endDate: '2027-03-28' }); // a Sunday
    expect(resizeByDrag(march, 'end', 14, 'month')).toEqual({ startDate: '2027-03-03', endDate: '2027-03-31' });
    expect(resizeByDrag(march, 'end', -60, 'day')).toEqual({ startDate: '2027-03-03', endDate: '2027-03-03' });
  });
});

describe('rangeByCreateDrag', () => {
  it('covers whole units between anchor and pointer, either direction', () => {
    expect(rangeByCreateDrag('2027-03-10', '2027-03-12', 'day')).toEqual({
      startDate: '2027-03-10',
      endDate: '2027-03-12',
    });
    expect(rangeByCreateDrag('2027-03-10', '2027-03-01', 'week')).toEqual({
      startDate: '2027-03-01',
      endDate: '2027-03-14',
    });
    expect(rangeByCreateDrag('2027-02-15', '2027-04-02', 'month')).toEqual({
      startDate: '2027-02-01',
      endDate: '2027-04-30',
    });
    expect(rangeByCreateDrag('2027-02-15', '2027-02-15', 'month')).toEqual({
      startDate: '2027-02-01',
      endDate: '2027-02-28',
    });
  });
});

function daysFrom(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

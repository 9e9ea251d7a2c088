import { describe, expect, it } from 'vitest';
import { fiscalQuarterOf, fiscalYearOf, nextUnitStart, snapToUnit, startOfUnit, unitStarts } from './calendar-units';

describe('startOfUnit', () => {
  it('starts weeks on Monday, across month and year ends', () => {
    expect(startOfUnit('2027-01-15', 'week')).toBe('2027-01-11'); // a Friday
    expect(startOfUnit('2027-01-11', 'week')).toBe('2027-01-11');
    expect(startOfUnit('2027-01-03', 'week')).toBe('2026-12-28'); // a Sunday
    expect(startOfUnit('2028-03-01', 'week')).toBe('2028-02-28');
  });
  it('finds calendar and fiscal quarters, halves and years', () => {
    expect(startOfUnit('2027-05-20', 'month')).toBe('2027-05-01');
    expect(startOfUnit('2027-05-20', 'quarter')).toBe('2027-04-01');
    expect(startOfUnit('2027-05-20', 'quarter', 2)).toBe('2027-05-01');
    expect(startOfUnit('2027-01-20', 'quarter', 4)).toBe('2027-01-01');
    expect(startOfUnit('2027-02-20', 'quarter', 4)).toBe('2027-01-01');
    expect(startOfUnit('2027-03-20', 'quarter', 4)).toBe('2027-01-01');
    expect(startOfUnit('2027-03-20', 'year', 4)).toBe('2026-04-01');
    expect(startOfUnit('2027-04-01', 'year', 4)).toBe('2027-04-01');
    expect(startOfUnit('2027-09-30', 'half', 10)).toBe('2027-04-01');
    expect(startOfUnit('2027-10-01', 'half', 10)).toBe('2027-10-01');
  });
});

describe('nextUnitStart and unitStarts', () => {
  it('steps by each unit', () => {
    expect(nextUnitStart('2027-12-31', 'day')).toBe('2028-01-01');
    expect(nextUnitStart('2027-02-10', 'week')).toBe('2027-02-15');
    expect(nextUnitStart('2027-11-10', 'quarter', 2)).toBe('2028-02-01');
    expect(nextUnitStart('2027-11-10', 'year', 7)).toBe('2028-07-01');
  });
  it('lists the units overlapping a range', () => {
    expect(unitStarts('2027-02-15', '2027-08-01', 'quarter')).toEqual(['2027-01-01', '2027-04-01', '2027-07-01']);
    expect(unitStarts('2028-02-27', '2028-03-01', 'day')).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
  });
});

describe('snapToUnit', () => {
  it('snaps to the nearest boundary', () => {
    expect(snapToUnit('2027-01-13', 'week')).toBe('2027-01-11'); // Wed → Mon before
    expect(snapToUnit('2027-01-15', 'week')).toBe('2027-01-18'); // Fri → Mon after
    expect(snapToUnit('2027-02-10', 'month')).toBe('2027-02-01');
    expect(snapToUnit('2027-02-20', 'month')).toBe('2027-03-01');
    expect(snapToUnit('2027-01-31', 'month')).toBe('2027-02-01');
    expect(snapToUnit('2027-06-10', 'quarter', 4)).toBe('2027-07-01');
    expect(snapToUnit('2027-03-05', 'day')).toBe('2027-03-05');
  });
});

describe('fiscal years and quarters', () => {
  it('names the fiscal year after the calendar year it ends in', () => {
    expect(fiscalYearOf('2027-05-01')).toBe(2027);
    expect(fiscalYearOf('2027-03-31', 4)).toBe(2027);
    expect(fiscalYearOf('2027-04-01', 4)).toBe(2028);
  });
  it('numbers fiscal quarters from the start month', () => {
    expect(fiscalQuarterOf('2027-05-01')).toBe(2);
    expect(fiscalQuarterOf('2027-04-01', 4)).toBe(1);
    expect(fiscalQuarterOf('2027-03-31', 4)).toBe(4);
    expect(fiscalQuarterOf('2027-01-15', 10)).toBe(2);
  });
});

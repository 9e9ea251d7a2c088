import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  endOfMonth,
  fromEpochDay,
  isIsoDate,
  startOfMonth,
  toEpochDay,
} from './iso-date';
import { fixedClock, localDayOf } from './clock';

describe('isIsoDate', () => {
  it.each(['2027-01-31', '2028-02-29', '1999-12-01'])('accepts %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });
  it.each(['2027-02-29', '2027-13-01', '2027-00-10', '2027-1-5', '27-01-01', '2027-01-01T00:00', '', 20270101, null])(
    'refuses %s',
    (date) => {
      expect(isIsoDate(date)).toBe(false);
    },
  );
});

describe('day arithmetic', () => {
  it('round-trips epoch days', () => {
    expect(toEpochDay('1970-01-02')).toBe(1);
    expect(fromEpochDay(toEpochDay('2027-03-28'))).toBe('2027-03-28');
  });
  it('counts days like the calendar for every day of three centuries', () => {
    const start = Date.UTC(1899, 0, 1) / 86_400_000;
    for (let day = start; day < start + 365.25 * 300; day++) {
      const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (toEpochDay(date) !== day) expect(toEpochDay(date), date).toBe(day);
    }
    // Out-of-range days roll over as Date.UTC does; malformed text is not a number.
    expect(toEpochDay('2027-02-30')).toBe(toEpochDay('2027-03-02'));
    expect(toEpochDay('2027-13-01')).toBe(toEpochDay('2028-01-01'));
    expect(toEpochDay('soon')).toBeNaN();
  });
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
  it('is not moved by daylight-saving changes in the local zone', () => {
    // 2027-03-14 (US) and 2027-04-04 (NZ) are DST switch days; a day is always one day.
    expect(daysBetween('2027-03-13', '2027-03-15')).toBe(2);
    expect(daysBetween('2027-04-03', '2027-04-05')).toBe(2);
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });
  it('adds months clamped to the month end', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-11-15', 3)).toBe('2028-02-15');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonths('2027-01-15', -13)).toBe('2025-12-15');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
  });
  it('finds month starts and ends', () => {
    expect(startOfMonth('2027-05-17')).toBe('2027-05-01');
    expect(endOfMonth('2028-02-03')).toBe('2028-02-29');
    expect(endOfMonth('2027-12-03')).toBe('2027-12-31');
  });
});

describe('clock', () => {
  it('uses the local calendar day, not the UTC one', () => {
    // 23:30 local on Jan 15 is Jan 15 locally whatever the zone; toISOString() would say otherwise in some zones.
    expect(localDayOf(new Date(2027, 0, 15, 23, 30))).toBe('2027-01-15');
    expect(localDayOf(new Date(2027, 0, 15, 0, 15))).toBe('2027-01-15');
  });
  it('can be fixed', () => {
    expect(fixedClock('2027-06-01').today()).toBe('2027-06-01');
  });
});

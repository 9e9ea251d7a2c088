import { addDays, addMonths, fromEpochDay, toEpochDay, type IsoDate } from './iso-date';

/** Calendar units the timeline labels, grids and snaps to. Quarters, halves and years are fiscal. */
export type CalendarUnit = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';

/** The average length of each unit in days (for turning one step of a unit into pixels). */
export const AVERAGE_UNIT_DAYS: Readonly<Record<CalendarUnit, number>> = {
  day: 1,
  week: 7,
  month: 30.44,
  quarter: 91.31,
  half: 182.62,
  year: 365.25,
};

const MONTHS_PER_UNIT: Partial<Record<CalendarUnit, number>> = { month: 1, quarter: 3, half: 6, year: 12 };

function monthIndex(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

function fromMonthIndex(index: number): IsoDate {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}-01`;
}

/**
 * The first day of the unit that contains `date`. Weeks start on Monday (ISO 8601); quarters, halves
 * and years start on the fiscal year's first month (1 = January).
 */
export function startOfUnit(date: IsoDate, unit: CalendarUnit, fiscalYearStartMonth = 1): IsoDate {
  if (unit === 'day') return date;
  if (unit === 'week') {
    const day = toEpochDay(date);
    const weekday = (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday: Monday = 0
    return fromEpochDay(day - weekday);
  }
  const months = MONTHS_PER_UNIT[unit]!;
  const offset = fiscalYearStartMonth - 1;
  const index = monthIndex(date) - offset;
  return fromMonthIndex(Math.floor(index / months) * months + offset);
}

/** The first day of the next unit after the one containing `date`. */
export function nextUnitStart(date: IsoDate, unit: CalendarUnit, fiscalYearStartMonth = 1): IsoDate {
  const start = startOfUnit(date, unit, fiscalYearStartMonth);
  if (unit === 'day') return addDays(start, 1);
  if (unit === 'week') return addDays(start, 7);
  return addMonths(start, MONTHS_PER_UNIT[unit]!);
}

/** The nearest unit boundary to `date` (a day that starts a unit); ties go to the later boundary. */
export function snapToUnit(date: IsoDate, unit: CalendarUnit, fiscalYearStartMonth = 1): IsoDate {
  if (unit === 'day') return date;
  const start = startOfUnit(date, unit, fiscalYearStartMonth);
  const next = nextUnitStart(date, unit, fiscalYearStartMonth);
  return toEpochDay(date) - toEpochDay(start) < toEpochDay(next) - toEpochDay(date) ? start : next;
}

/**
 * The fiscal year a date falls in, named after the calendar year it ends in (a fiscal year starting in
 * April 2026 is FY2027; with a January start, the fiscal year is the calendar year).
 */
export function fiscalYearOf(date: IsoDate, fiscalYearStartMonth = 1): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return fiscalYearStartMonth === 1 || month < fiscalYearStartMonth ? year : year + 1;
}

/** The fiscal quarter (1–4) a date falls in. */
export function fiscalQuarterOf(date: IsoDate, fiscalYearStartMonth = 1): number {
  const monthInYear = (((Number(date.slice(5, 7)) - fiscalYearStartMonth) % 12) + 12) % 12;
  return Math.floor(monthInYear / 3) + 1;
}

/** Every unit that overlaps [from, to], as its first day, in order. */
export function unitStarts(from: IsoDate, to: IsoDate, unit: CalendarUnit, fiscalYearStartMonth = 1): IsoDate[] {
  const starts: IsoDate[] = [];
  for (
    let start = startOfUnit(from, unit, fiscalYearStartMonth);
    start <= to;
    start = nextUnitStart(start, unit, fiscalYearStartMonth)
  ) {
    starts.push(start);
  }
  return starts;
}

import { addDays, daysBetween, type IsoDate } from './iso-date';

/** An inclusive day range. */
export interface DayRange {
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
}

/**
 * The range starting on `startDate` with the same length as `range`: the one rule for moving something
 * that has a duration (a drag, a typed start past the end, a move command). A range whose end is before
 * its start moves as one day.
 */
export function withStartKeepingLength(range: DayRange, startDate: IsoDate): DayRange {
  return { startDate, endDate: addDays(startDate, Math.max(0, daysBetween(range.startDate, range.endDate))) };
}

/** The range moved by `days`, keeping its length. */
export function shiftRange(range: DayRange, days: number): DayRange {
  return withStartKeepingLength(range, addDays(range.startDate, days));
}

import { nextUnitStart, snapToUnit, startOfUnit, type CalendarUnit } from '../time/calendar-units';
import { addDays, daysBetween, type IsoDate } from '../time/iso-date';
import type { DayRange } from '../time/day-range';

export { shiftRange, type DayRange } from '../time/day-range';

/** What a pointer gesture on the canvas does, decided by where it started. */
export type DragKind = 'move' | 'resize-start' | 'resize-end' | 'create';

/**
 * Where a bar goes when dragged by `deltaDays` (fractional, from the pointer): its start snaps to the
 * nearest `snap` boundary and the duration stays. Returns how many days it moved, so a multi-selection
 * moves together by the same amount.
 */
export function moveByDrag(range: DayRange, deltaDays: number, snap: CalendarUnit, fiscalYearStartMonth = 1): number {
  const moved = addDays(range.startDate, Math.round(deltaDays));
  return daysBetween(range.startDate, snapToUnit(moved, snap, fiscalYearStartMonth));
}

/** The range after dragging one of its edges; the end never goes before the start (one day at least). */
export function resizeByDrag(
  range: DayRange,
  edge: 'start' | 'end',
  deltaDays: number,
  snap: CalendarUnit,
  fiscalYearStartMonth = 1,
): DayRange {
  if (edge === 'start') {
    const start = snapToUnit(addDays(range.startDate, Math.round(deltaDays)), snap, fiscalYearStartMonth);
    return { startDate: start > range.endDate ? range.endDate : start, endDate: range.endDate };
  }
  // The end is inclusive: snap the day after it to a boundary, then step back a day.
  const after = snapToUnit(addDays(range.endDate, 1 + Math.round(deltaDays)), snap, fiscalYearStartMonth);
  const end = addDays(after, -1);
  return { startDate: range.startDate, endDate: end < range.startDate ? range.startDate : end };
}

/**
 * The range drawn by dragging across empty lane space from `anchor` to `current`: whole snap units
 * covering both (at least one unit), whichever way the pointer went.
 */
export function rangeByCreateDrag(
  anchor: IsoDate,
  current: IsoDate,
  snap: CalendarUnit,
  fiscalYearStartMonth = 1,
): DayRange {
  const [from, to] = anchor <= current ? [anchor, current] : [current, anchor];
  const startDate = startOfUnit(from, snap, fiscalYearStartMonth);
  const endDate = addDays(nextUnitStart(to, snap, fiscalYearStartMonth), -1);
  return { startDate, endDate };
}

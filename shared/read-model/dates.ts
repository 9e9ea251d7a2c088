import { isScheduled } from '../model/initiative';
import type { DayRange } from '../time/day-range';
import type { IsoDate } from '../time/iso-date';
import { orderGoals } from './lanes';
import { memoizePerDocument } from './memo';
import type { RoadmapSnapshot } from './roadmap-store';

/**
 * The days an item is drawn over: an end before its start (invalid data from a peer, shown as a warning)
 * is drawn as one day, so it neither vanishes nor stretches a range backwards.
 */
export function drawnRange(range: DayRange): DayRange {
  return range.endDate < range.startDate ? { startDate: range.startDate, endDate: range.startDate } : range;
}

/** The days a set of ranges covers, drawn as above; null for none. */
export function spanOf(ranges: Iterable<DayRange>): DayRange | null {
  let first: IsoDate | null = null;
  let last: IsoDate | null = null;
  for (const range of ranges) {
    const drawn = drawnRange(range);
    if (first === null || drawn.startDate < first) first = drawn.startDate;
    if (last === null || drawn.endDate > last) last = drawn.endDate;
  }
  return first !== null && last !== null ? { startDate: first, endDate: last } : null;
}

/** Every date the roadmap's items are drawn on (initiatives' drawn starts and ends, milestones). */
export const selectRoadmapDates = memoizePerDocument(
  (snapshot: RoadmapSnapshot) => [snapshot.initiatives, snapshot.milestones] as const,
  ([initiatives, milestones]): readonly IsoDate[] => {
    const dates: IsoDate[] = [];
    for (const initiative of initiatives.values()) {
      if (!isScheduled(initiative)) continue;
      const drawn = drawnRange(initiative);
      dates.push(drawn.startDate, drawn.endDate);
    }
    for (const milestone of milestones.values()) dates.push(milestone.date);
    return dates;
  },
);

/** The goals in display order (parents before their sub-goals), for pickers and lists. */
export const selectOrderedGoals = memoizePerDocument(
  (snapshot: RoadmapSnapshot) => [snapshot.goals] as const,
  ([goals]) => orderGoals(goals).map(({ goal }) => goal),
);

import { format } from 'date-fns';
import type { IsoDate } from './iso-date';

/** Where "today" comes from. Injected everywhere a date depends on now, so tests can fix it. */
export interface Clock {
  /** Today's calendar day in the user's local time zone. */
  today(): IsoDate;
}

/** The user's local calendar day of an instant (never `toISOString()`, which is the UTC day). */
export function localDayOf(instant: Date): IsoDate {
  return format(instant, 'yyyy-MM-dd');
}

/** The real clock: today in the machine's local time zone. */
export const systemClock: Clock = { today: () => localDayOf(new Date()) };

/** A clock stuck on one day, for tests and reproducible exports. */
export function fixedClock(today: IsoDate): Clock {
  return { today: () => today };
}

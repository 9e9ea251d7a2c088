import type { Initiative } from '../model/initiative';
import type { HorizonPeriod } from '../model/roadmap-meta';
import { addDays, type IsoDate } from '../time/iso-date';
import { fiscalQuarterOf, fiscalYearOf, nextUnitStart, startOfUnit } from '../time/calendar-units';

/** The columns of the Now/Next/Later board, in order. */
export const HORIZON_KEYS = ['now', 'next', 'later'] as const;
/** A column of the board: now, next or later. */
export type HorizonKey = (typeof HORIZON_KEYS)[number];

/** One column of the board: when it starts, and (but for Later, which is open-ended) its last day. */
export interface Horizon {
  readonly key: HorizonKey;
  readonly start: IsoDate;
  readonly end: IsoDate | null;
  /** The period it stands for: "Q1 2027", "H2 FY2028", "Mar 2027"; Later's is "Q3 2027 onward". */
  readonly label: string;
}

/** The board's three columns, by key. */
export type Horizons = Readonly<Record<HorizonKey, Horizon>>;

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar 2027", "Q1 2027", "H1 2027"; with a fiscal year not starting in January, "Q1 FY2028". */
export function periodLabel(start: IsoDate, period: HorizonPeriod, fiscalYearStartMonth: number): string {
  if (period === 'month') return `${MONTH_NAMES[Number(start.slice(5, 7)) - 1]} ${start.slice(0, 4)}`;
  const year = fiscalYearStartMonth === 1 ? start.slice(0, 4) : `FY${fiscalYearOf(start, fiscalYearStartMonth)}`;
  const quarter = fiscalQuarterOf(start, fiscalYearStartMonth);
  return period === 'quarter' ? `Q${quarter} ${year}` : `H${quarter <= 2 ? 1 : 2} ${year}`;
}

/**
 * The board's three columns on `today`: Now is the period (month, fiscal quarter or fiscal half) that
 * contains today, Next the one after, Later everything from the period after that.
 */
export function horizonsAt(today: IsoDate, period: HorizonPeriod, fiscalYearStartMonth: number): Horizons {
  const nowStart = startOfUnit(today, period, fiscalYearStartMonth);
  const nextStart = nextUnitStart(nowStart, period, fiscalYearStartMonth);
  const laterStart = nextUnitStart(nextStart, period, fiscalYearStartMonth);
  const label = (start: IsoDate) => periodLabel(start, period, fiscalYearStartMonth);
  return {
    now: { key: 'now', start: nowStart, end: addDays(nextStart, -1), label: label(nowStart) },
    next: { key: 'next', start: nextStart, end: addDays(laterStart, -1), label: label(nextStart) },
    later: { key: 'later', start: laterStart, end: null, label: `${label(laterStart)} onward` },
  };
}

/** What the column rule reads of an initiative. */
export type HorizonPlaced = Pick<Initiative, 'startDate' | 'endDate' | 'status'>;

/**
 * The column an initiative goes in, or null when it is finished work of the past (done or dropped, ended
 * before Now), which the board leaves off. Now: it overlaps Now, or it ended before Now unfinished (late
 * work stays in sight). Next: it starts within Next. Later: it starts after Next, or it has no dates yet
 * (unscheduled). The one place the board reads an initiative's dates.
 */
export function horizonOf(initiative: HorizonPlaced, horizons: Horizons): HorizonKey | null {
  const { now, next } = horizons;
  if (initiative.startDate === null || initiative.endDate === null) return 'later';
  if (initiative.endDate < now.start) {
    return initiative.status === 'done' || initiative.status === 'dropped' ? null : 'now';
  }
  if (initiative.startDate <= now.end!) return 'now';
  return initiative.startDate <= next.end! ? 'next' : 'later';
}

/** Initiatives sorted into the board's columns, in the order given, and how many were left off as finished. */
export interface HorizonColumns<T> {
  readonly columns: Readonly<Record<HorizonKey, readonly T[]>>;
  readonly finishedEarlier: number;
}

/** Sorts `initiatives` into the columns of `horizons` (see horizonOf). */
export function sortIntoHorizons<T extends HorizonPlaced>(
  initiatives: Iterable<T>,
  horizons: Horizons,
): HorizonColumns<T> {
  const columns: Record<HorizonKey, T[]> = { now: [], next: [], later: [] };
  let finishedEarlier = 0;
  for (const initiative of initiatives) {
    const key = horizonOf(initiative, horizons);
    if (key === null) finishedEarlier++;
    else columns[key].push(initiative);
  }
  return { columns, finishedEarlier };
}

/**
 * The start date an initiative gets when it is dropped into column `target`: that horizon's start, or
 * undefined (its dates stay) when it is in that column already.
 */
export function startDateForHorizon(
  initiative: HorizonPlaced,
  target: HorizonKey,
  horizons: Horizons,
): IsoDate | undefined {
  return horizonOf(initiative, horizons) === target ? undefined : horizons[target].start;
}

/** One row of the board: a lane (a goal, or Unaligned) with its initiatives sorted into the columns. */
export interface BoardRow<L extends { readonly key: string; readonly initiatives: readonly HorizonPlaced[] }> {
  readonly lane: L;
  readonly cells: Readonly<Record<HorizonKey, L['initiatives']>>;
}

/** The board's rows, one per lane in the lanes' order, and how many finished initiatives it leaves off. */
export function boardRows<L extends { readonly key: string; readonly initiatives: readonly HorizonPlaced[] }>(
  lanes: readonly L[],
  horizons: Horizons,
): { rows: BoardRow<L>[]; finishedEarlier: number } {
  let finishedEarlier = 0;
  const rows = lanes.map((lane) => {
    const sorted = sortIntoHorizons(lane.initiatives, horizons);
    finishedEarlier += sorted.finishedEarlier;
    return { lane, cells: sorted.columns };
  });
  return { rows, finishedEarlier };
}

/** Unfinished work that should have ended before Now: on the board in Now, marked late. */
export function isLate(initiative: HorizonPlaced, horizons: Horizons): boolean {
  return (
    horizonOf(initiative, horizons) === 'now' && initiative.endDate !== null && initiative.endDate < horizons.now.start
  );
}

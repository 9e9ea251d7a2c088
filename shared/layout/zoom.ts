import { fiscalQuarterOf, fiscalYearOf, nextUnitStart, unitStarts, type CalendarUnit } from '../time/calendar-units';
import { toEpochDay, type IsoDate } from '../time/iso-date';
import type { TimeScale } from './time-scale';

/** The named zoom levels of the timeline, finest first. */
export const ZOOM_LEVELS = ['weeks', 'months', 'quarters', 'halves', 'years'] as const;
export type ZoomLevel = (typeof ZOOM_LEVELS)[number];

/** How a zoom level draws and snaps: its preset density, header tiers and snap unit. */
export interface ZoomSpec {
  readonly level: ZoomLevel;
  readonly label: string;
  /** The density the level's button picks. */
  readonly pxPerDay: number;
  /** From this density up (finer), this level's header and snapping apply. */
  readonly minPxPerDay: number;
  /** Dragging snaps to this unit: days in week zoom, weeks in month zoom, and so on. */
  readonly snap: CalendarUnit;
  readonly major: CalendarUnit;
  readonly minor: CalendarUnit;
}

export const ZOOM_SPECS: Readonly<Record<ZoomLevel, ZoomSpec>> = {
  weeks: { level: 'weeks', label: 'Weeks', pxPerDay: 20, minPxPerDay: 10, snap: 'day', major: 'month', minor: 'week' },
  months: {
    level: 'months',
    label: 'Months',
    pxPerDay: 4,
    minPxPerDay: 2.4,
    snap: 'week',
    major: 'year',
    minor: 'month',
  },
  quarters: {
    level: 'quarters',
    label: 'Quarters',
    pxPerDay: 1.5,
    minPxPerDay: 1.05,
    snap: 'month',
    major: 'year',
    minor: 'quarter',
  },
  halves: {
    level: 'halves',
    label: 'Halves',
    pxPerDay: 0.75,
    minPxPerDay: 0.5,
    snap: 'month',
    major: 'year',
    minor: 'half',
  },
  years: {
    level: 'years',
    label: 'Years',
    pxPerDay: 0.35,
    minPxPerDay: 0,
    snap: 'quarter',
    major: 'year',
    minor: 'quarter',
  },
};

/** The densest and sparsest zoom the timeline allows, in pixels per day. */
export const MAX_PX_PER_DAY = 48;
export const MIN_PX_PER_DAY = 0.15;

/** The zoom level (header and snapping) that applies at a density. */
export function zoomLevelAt(pxPerDay: number): ZoomSpec {
  for (const level of ZOOM_LEVELS) if (pxPerDay >= ZOOM_SPECS[level].minPxPerDay) return ZOOM_SPECS[level];
  return ZOOM_SPECS.years;
}

/** Keeps a density within the allowed range. */
export function clampPxPerDay(pxPerDay: number): number {
  return Math.min(MAX_PX_PER_DAY, Math.max(MIN_PX_PER_DAY, pxPerDay));
}

/** The density at which `days` days fill `width` pixels: what "fit" picks. */
export function fitPxPerDay(days: number, width: number): number {
  return clampPxPerDay(width / Math.max(1, days));
}

/** One labelled cell of the time header. */
export interface HeaderTick {
  readonly start: IsoDate;
  readonly x: number;
  readonly width: number;
  readonly label: string;
  /** The unit of the enclosing major tick begins here (draw a stronger line). */
  readonly majorBoundary: boolean;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The label of a header cell for a unit starting on `start`. */
export function unitLabel(start: IsoDate, unit: CalendarUnit, fiscalYearStartMonth: number): string {
  const month = MONTH_NAMES[Number(start.slice(5, 7)) - 1]!;
  switch (unit) {
    case 'day':
      return String(Number(start.slice(8, 10)));
    case 'week':
      return `${month} ${Number(start.slice(8, 10))}`;
    case 'month':
      return month;
    case 'quarter':
      return `Q${fiscalQuarterOf(start, fiscalYearStartMonth)}`;
    case 'half':
      return `H${fiscalQuarterOf(start, fiscalYearStartMonth) <= 2 ? 1 : 2}`;
    case 'year':
      return fiscalYearStartMonth === 1 ? start.slice(0, 4) : `FY${fiscalYearOf(start, fiscalYearStartMonth)}`;
  }
}

/** The header cells of one unit over the scale (clipped to it). */
export function headerTicks(
  scale: TimeScale,
  unit: CalendarUnit,
  fiscalYearStartMonth: number,
  majorUnit?: CalendarUnit,
): HeaderTick[] {
  const majorStarts = new Set(majorUnit ? unitStarts(scale.start, scale.end, majorUnit, fiscalYearStartMonth) : []);
  return unitStarts(scale.start, scale.end, unit, fiscalYearStartMonth).map((start) => {
    const left = Math.max(0, scale.xOf(start));
    const right = Math.min(scale.width, scale.xOf(nextUnitStart(start, unit, fiscalYearStartMonth)));
    return {
      start,
      x: left,
      width: right - left,
      label: unitLabel(start, unit, fiscalYearStartMonth),
      majorBoundary: majorStarts.has(start),
    };
  });
}

/** Weekend days (Saturday and Sunday) in the scale, for shading in week zoom. */
export function weekendDays(scale: TimeScale): IsoDate[] {
  const days: IsoDate[] = [];
  for (const monday of unitStarts(scale.start, scale.end, 'week')) {
    const saturday = toEpochDay(monday) + 5;
    for (const day of [saturday, saturday + 1]) {
      if (day >= toEpochDay(scale.start) && day <= toEpochDay(scale.end))
        days.push(new Date(day * 86_400_000).toISOString().slice(0, 10));
    }
  }
  return days;
}

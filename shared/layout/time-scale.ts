import { addMonths, fromEpochDay, startOfMonth, toEpochDay, type IsoDate } from '../time/iso-date';

/** Maps calendar days to horizontal positions: the one geometry the canvas and the PDF export share. */
export interface TimeScale {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly pxPerDay: number;
  /** Total width from the start of `start` to the end of `end`. */
  readonly width: number;
  /** The left edge of a day. */
  xOf(date: IsoDate): number;
  /** The day under a horizontal position (clamped to the range). */
  dateAt(x: number): IsoDate;
  /** Left edge and width of an inclusive day range (a bar from start to end). */
  span(start: IsoDate, endInclusive: IsoDate): { x: number; width: number };
}

/** A linear time scale over [start, end] (inclusive days). */
export function createTimeScale(start: IsoDate, end: IsoDate, pxPerDay: number): TimeScale {
  const origin = toEpochDay(start);
  const days = toEpochDay(end) - origin + 1;
  const xOf = (date: IsoDate) => (toEpochDay(date) - origin) * pxPerDay;
  return {
    start,
    end,
    pxPerDay,
    width: days * pxPerDay,
    xOf,
    dateAt: (x) => fromEpochDay(origin + Math.min(days - 1, Math.max(0, Math.floor(x / pxPerDay)))),
    span: (from, to) => ({ x: xOf(from), width: Math.max(1, toEpochDay(to) - toEpochDay(from) + 1) * pxPerDay }),
  };
}

/** One labelled month of the time header. */
export interface MonthTick {
  readonly start: IsoDate;
  readonly x: number;
  readonly width: number;
  /** 1–12 */
  readonly month: number;
  readonly year: number;
}

/** The months a scale covers, for the header and the grid lines. */
export function monthTicks(scale: TimeScale): MonthTick[] {
  const ticks: MonthTick[] = [];
  for (let month = startOfMonth(scale.start); month <= scale.end; month = addMonths(month, 1)) {
    const next = addMonths(month, 1);
    const left = Math.max(0, scale.xOf(month));
    const right = Math.min(scale.width, scale.xOf(next));
    ticks.push({
      start: month,
      x: left,
      width: right - left,
      month: Number(month.slice(5, 7)),
      year: Number(month.slice(0, 4)),
    });
  }
  return ticks;
}

/**
 * The date range a roadmap's timeline shows: from the month before its earliest item (or today) to two
 * months after its latest, and at least `minMonths` long so a small roadmap still fills the canvas.
 */
export function timelineRange(
  dates: Iterable<IsoDate>,
  today: IsoDate,
  minMonths = 13,
): { start: IsoDate; end: IsoDate } {
  let min = today;
  let max = today;
  for (const date of dates) {
    if (date < min) min = date;
    if (date > max) max = date;
  }
  const start = addMonths(startOfMonth(min), -1);
  const contentEnd = addMonths(startOfMonth(max), 3);
  const minimumEnd = addMonths(start, minMonths);
  const end = contentEnd > minimumEnd ? contentEnd : minimumEnd;
  return { start, end: fromEpochDay(toEpochDay(end) - 1) };
}

import { toEpochDay, type IsoDate } from '../time/iso-date';

/** Something that occupies an inclusive day range on a lane. */
export interface DateSpan {
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
}

/** A half-open interval [start, end) on one axis: days on the canvas, points in the PDF. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/**
 * Packs intervals into rows so none overlap: each one, in the given order, goes into the first row whose
 * last interval ended at or before it starts. Stable: the same order and intervals always give the same
 * rows. The canvas packs bars by their days, the PDF by the room a bar and its title take on the page.
 */
export function packIntervals(intervals: readonly Interval[]): { rows: number[]; rowCount: number } {
  const rowEnds: number[] = [];
  const rows = intervals.map((interval) => {
    let row = rowEnds.findIndex((rowEnd) => rowEnd <= interval.start);
    if (row === -1) row = rowEnds.push(interval.end) - 1;
    else rowEnds[row] = interval.end;
    return row;
  });
  return { rows, rowCount: rowEnds.length };
}

/** What a comparison with a baseline draws with a bar, so its row keeps room for them (see ChangeMark). */
export interface ComparedSpan {
  /** Where the bar was in the baseline (its ghost), or null when its dates did not move. */
  readonly was: DateSpan | null;
  /** The room its change mark takes after the bar (and before a title beside it), in days at this zoom. */
  readonly markDays: number;
}

/**
 * Packs bars into rows by their dates (see packIntervals), in lane order. `minDays` is the narrowest a bar
 * is drawn, in days at the current zoom; `besideDays` the room a bar's title takes after it when the bar
 * is too short to hold it (none by default), so the title has room in its row; `comparedOf` what a
 * comparison draws with a bar (its ghost, its mark), which its row holds too. Returns each bar's row
 * index and the number of rows.
 */
export function packRows<Span extends DateSpan>(
  spans: readonly Span[],
  minDays = 1,
  besideDays?: (span: Span) => number,
  comparedOf?: (span: Span) => ComparedSpan | undefined,
): { rows: number[]; rowCount: number } {
  return packIntervals(
    spans.map((span) => {
      let start = toEpochDay(span.startDate);
      // A bar is drawn at least `minDays` wide (zoomed far out, a short one is widened to stay visible).
      let end = Math.max(start + Math.ceil(minDays), toEpochDay(span.endDate) + 1);
      const compared = comparedOf?.(span);
      end += Math.ceil((besideDays?.(span) ?? 0) + (compared?.markDays ?? 0));
      if (compared?.was) {
        const wasStart = toEpochDay(compared.was.startDate);
        start = Math.min(start, wasStart);
        end = Math.max(end, wasStart + Math.ceil(minDays), toEpochDay(compared.was.endDate) + 1);
      }
      return { start, end };
    }),
  );
}

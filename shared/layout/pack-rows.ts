import { toEpochDay, type IsoDate } from '../time/iso-date';

/** Something that occupies an inclusive day range on a lane. */
export interface DateSpan {
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
}

/**
 * Packs bars into rows so none overlap: each bar, in the given (lane) order, goes into the first row whose
 * last bar ended before it starts. Stable: the same order and dates always give the same rows.
 * `minDays` is the narrowest a bar is drawn, in days at the current zoom. Returns each bar's row index
 * and the number of rows.
 */
export function packRows(spans: readonly DateSpan[], minDays = 1): { rows: number[]; rowCount: number } {
  const rowEnds: number[] = [];
  const rows = spans.map((span) => {
    const start = toEpochDay(span.startDate);
    // A bar is drawn at least `minDays` wide (zoomed far out, a short one is widened to stay visible).
    const end = Math.max(start + Math.ceil(minDays) - 1, toEpochDay(span.endDate));
    let row = rowEnds.findIndex((rowEnd) => rowEnd < start);
    if (row === -1) row = rowEnds.push(end) - 1;
    else rowEnds[row] = end;
    return row;
  });
  return { rows, rowCount: rowEnds.length };
}

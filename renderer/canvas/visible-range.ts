import type { IsoDate } from '../../shared';

type Reader = () => { start: IsoDate; end: IsoDate } | null;
let reader: Reader | null = null;

/** The timeline registers how to read the dates in view (asked on demand, not tracked on every scroll). */
export function registerVisibleRange(read: Reader): () => void {
  reader = read;
  return () => {
    if (reader === read) reader = null;
  };
}

/** The first and last day in view on the canvas, if a timeline is shown. */
export function visibleRange(): { start: IsoDate; end: IsoDate } | null {
  return reader?.() ?? null;
}

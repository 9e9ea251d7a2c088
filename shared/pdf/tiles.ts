import { addDays, toEpochDay, type IsoDate } from '../time/iso-date';
import { nextUnitStart, startOfUnit, type CalendarUnit } from '../time/calendar-units';
import { unitLabel } from '../layout/zoom';
import type { PdfOptions } from './options';

/** Tiled layout: at least this many points per day, so a month is ~50 pt wide. */
const READABLE_PT_PER_DAY = 1.65;

/** The time header's finer unit at a scale: weeks when they are wide enough, else months, quarters, years. */
export function minorUnitFor(ptPerDay: number): CalendarUnit {
  if (ptPerDay * 7 >= 28) return 'week';
  if (ptPerDay * 30.4 >= 20) return 'month';
  if (ptPerDay * 91.3 >= 20) return 'quarter';
  return 'year';
}

/** A tile of the range, printed across one page's width, and the scale every tile is drawn at. */
export interface Tile {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly ptPerDay: number;
}

/**
 * The range as tiles: one ("fit", or when it is readable at the canvas's width), else as few tiles of whole
 * months as a readable scale allows, with the months shared out evenly (14 months make 7 and 7, not 12 and
 * a last page with 2), all at the same scale so bars keep their proportions from page to page.
 */
export function tilesOf(start: IsoDate, end: IsoDate, canvasWidth: number, layout: PdfOptions['layout']): Tile[] {
  const days = toEpochDay(end) - toEpochDay(start) + 1;
  const fit = canvasWidth / days;
  if (layout === 'fit' || fit >= READABLE_PT_PER_DAY) return [{ start, end, ptPerDay: fit }];
  // The months of the range (the first and last may be parts of months).
  const months: { start: IsoDate; end: IsoDate }[] = [];
  for (let monthStart = start; monthStart <= end;) {
    const next = nextUnitStart(startOfUnit(monthStart, 'month'), 'month', 1);
    const monthEnd = addDays(next, -1) < end ? addDays(next, -1) : end;
    months.push({ start: monthStart, end: monthEnd });
    monthStart = next;
  }
  const daysOf = (from: number, to: number) => toEpochDay(months[to]!.end) - toEpochDay(months[from]!.start) + 1;
  // How many tiles: as many whole months on each as fit (at least one), left to right.
  const daysPerTile = Math.floor(canvasWidth / READABLE_PT_PER_DAY);
  let count = 0;
  for (let first = 0; first < months.length; count++) {
    let last = first;
    while (last + 1 < months.length && daysOf(first, last + 1) <= daysPerTile) last++;
    first = last + 1;
  }
  // The months shared out evenly over that many tiles.
  const tiles: { start: IsoDate; end: IsoDate }[] = [];
  let first = 0;
  for (let index = 0; index < count; index++) {
    const size = Math.floor(months.length / count) + (index < months.length % count ? 1 : 0);
    tiles.push({ start: months[first]!.start, end: months[first + size - 1]!.end });
    first += size;
  }
  const widest = Math.max(...tiles.map((tile) => toEpochDay(tile.end) - toEpochDay(tile.start) + 1));
  return tiles.map((tile) => ({ ...tile, ptPerDay: canvasWidth / widest }));
}

/**
 * What a tiled export left out, said on its pages: the runs of tiles with nothing scheduled ("Nothing
 * scheduled Jan 2029 – Jun 2030: left out."), and whether today falls in one. Empty when none was.
 */
export function leftOutNote(tiles: readonly Tile[], printed: readonly Tile[], asOf: IsoDate): string {
  const monthYear = (date: IsoDate) => `${unitLabel(date, 'month', 1)} ${date.slice(0, 4)}`;
  // Runs of tiles left out, each from its first tile's start to its last one's end.
  const runs: { start: IsoDate; end: IsoDate }[] = [];
  tiles.forEach((tile, index) => {
    if (printed.includes(tile)) return;
    const previous = tiles[index - 1];
    if (previous && !printed.includes(previous)) runs.at(-1)!.end = tile.end;
    else runs.push({ start: tile.start, end: tile.end });
  });
  if (runs.length === 0) return '';
  const stretches = runs.map(
    (run) =>
      `${monthYear(run.start)} – ${monthYear(run.end)}${asOf >= run.start && asOf <= run.end ? ' (includes today)' : ''}`,
  );
  return `Nothing scheduled ${stretches.join(', ')}: left out.`;
}

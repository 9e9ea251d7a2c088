import type { TimeScale } from '../layout/time-scale';
import { headerTicks } from '../layout/zoom';
import type { CalendarUnit } from '../time/calendar-units';
import type { MeasureText } from './text-fit';
import { SMALL_FONT, type TimelinePage } from './plan';
import { minorUnitFor, type Tile } from './tiles';

/**
 * The time header over a tile: cells of the finer unit (weeks, months, quarters or years, by the scale) and
 * above them the coarser one (months over weeks, else years), each labelled only where all of its label fits.
 */
export function timeHeader(
  scale: TimeScale,
  tile: Tile,
  fiscalStart: number,
  canvasX: number,
  headerY: number,
  measure: MeasureText,
): Pick<TimelinePage, 'ticks' | 'majorTicks'> {
  const minor = minorUnitFor(tile.ptPerDay);
  // Weeks sit under months ("Jan 2027"), anything coarser under years.
  const major: CalendarUnit | null = minor === 'year' ? null : minor === 'week' ? 'month' : 'year';
  const minorTicks = headerTicks(scale, minor, fiscalStart, major ?? undefined);
  const yearTicks = major ? headerTicks(scale, major, fiscalStart) : [];
  const ticks = minorTicks.map((tick) => ({
    x: canvasX + tick.x,
    width: tick.width,
    major: tick.majorBoundary,
    label: {
      // No label for a cell too narrow for all of it ("De…" reads as noise), nor for a week that starts
      // before the range (its date is not where it is drawn).
      text:
        measure(tick.label, SMALL_FONT) <= tick.width - 3 && !(minor === 'week' && tick.start < tile.start)
          ? tick.label
          : '',
      x: canvasX + tick.x + 2,
      y: headerY + 15,
      size: SMALL_FONT,
      color: '#374151',
    },
  }));
  const majorTicks = yearTicks.map((tick) => {
    const label = major === 'month' ? `${tick.label} ${tick.start.slice(0, 4)}` : tick.label;
    return {
      x: canvasX + tick.x,
      label: {
        text: measure(label, SMALL_FONT + 0.4, true) <= tick.width - 3 ? label : '',
        x: canvasX + tick.x + 2,
        y: headerY + 2,
        size: SMALL_FONT + 0.4,
        bold: true,
        color: '#111827',
      },
    };
  });
  return { ticks, majorTicks };
}

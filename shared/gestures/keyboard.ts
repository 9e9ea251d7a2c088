import type { LaneLayout } from '../layout/lane-layout';
import { moveByDrag } from '../layout/drag';
import { zoomLevelAt } from '../layout/zoom';
import { AVERAGE_UNIT_DAYS } from '../time/calendar-units';
import type { TimeScale } from '../layout/time-scale';
import { laneAtY } from './lanes';

/** One arrow press in a keyboard drag, in pixels: a snap unit of the zoom across, and a lane up or down. */
export function keyboardStep(
  code: string,
  at: { x: number; y: number },
  context: { scale: TimeScale; layouts: readonly LaneLayout[] },
  start: { laneKey: string; offsetY: number },
): { x: number; y: number; offsetY: number } | undefined {
  const { scale, layouts } = context;
  const step = AVERAGE_UNIT_DAYS[zoomLevelAt(scale.pxPerDay).snap] * scale.pxPerDay;
  switch (code) {
    case 'ArrowRight':
      return { x: at.x + step, y: at.y, offsetY: start.offsetY };
    case 'ArrowLeft':
      return { x: at.x - step, y: at.y, offsetY: start.offsetY };
    case 'ArrowDown':
    case 'ArrowUp': {
      const first = layouts.find((layout) => layout.lane.key === start.laneKey);
      if (!first) return { ...at, offsetY: start.offsetY };
      // The lane the keyboard drag is over now, then its neighbour's middle.
      const here = laneAtY(layouts, first.top + first.height / 2 + start.offsetY);
      const next = here ? layouts[layouts.indexOf(here) + (code === 'ArrowDown' ? 1 : -1)] : undefined;
      if (!here || !next) return { ...at, offsetY: start.offsetY };
      const move = next.top + next.height / 2 - (here.top + here.height / 2);
      return { x: at.x, y: at.y + move, offsetY: start.offsetY + move };
    }
    default:
      return undefined;
  }
}

/** Days one left/right arrow press moves something starting on `start`: a snap unit, landing on its grid. */
export function arrowDays(key: string, start: string, scale: TimeScale, fiscalYearStartMonth: number): number {
  const snap = zoomLevelAt(scale.pxPerDay).snap;
  const step = AVERAGE_UNIT_DAYS[snap] * (key === 'ArrowRight' ? 1 : -1);
  return moveByDrag({ startDate: start, endDate: start }, step, snap, fiscalYearStartMonth);
}

/** The lane above (ArrowUp) or below (ArrowDown) the one holding the item; undefined at either end. */
export function neighbourLane(
  key: string,
  layouts: readonly LaneLayout[],
  holds: (lane: LaneLayout['lane']) => boolean,
): LaneLayout | undefined {
  const index = layouts.findIndex((layout) => holds(layout.lane));
  return index < 0 ? undefined : layouts[index + (key === 'ArrowDown' ? 1 : -1)];
}

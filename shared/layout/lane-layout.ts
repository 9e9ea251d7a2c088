import type { Lane } from '../read-model/lanes';
import { packRows, type ComparedSpan } from './pack-rows';
import type { ScheduledInitiative } from '../model/initiative';
import type { ChangeMark } from '../read-model/change-marks';

/** Vertical measurements of the lanes, in pixels (the canvas and the PDF use their own). */
export interface LaneMetrics {
  readonly rowHeight: number;
  /** A bar's height, centred in its row. */
  readonly barHeight: number;
  readonly lanePadding: number;
  /** Room above the bars for milestone diamonds, when a lane has milestones. */
  readonly milestoneBand: number;
  /** Enough for the lane header (title, status, owner, progress). */
  readonly minLaneHeight: number;
  /** Height of a collapsed lane. */
  readonly collapsedHeight: number;
}

/** Where one lane sits and where its bars go. */
export interface LaneLayout {
  readonly lane: Lane;
  readonly top: number;
  readonly height: number;
  readonly collapsed: boolean;
  /** Top of the first bar row, below the milestone band. */
  readonly rowsTop: number;
  /** Row index of each of `lane.initiatives`, same order. */
  readonly rows: readonly number[];
  /** The narrowest a bar was packed as, in days (see packRows). */
  readonly minSpanDays: number;
  /** The room for titles beside short bars it was packed with (see packRows). */
  readonly besideDays: BesideDays | undefined;
  /** What a comparison with a baseline draws with its bars (ghosts, marks), by initiative id; packed with them. */
  readonly compared: ComparedBars | undefined;
}

/** A bar that changed since a baseline: its ghost and mark, and the room the mark takes at this zoom. */
export interface ComparedBar extends ChangeMark, ComparedSpan {}

/** A lane's bars that changed since a baseline, by initiative id: what the timeline draws with each. */
export type ComparedBars = ReadonlyMap<string, ComparedBar>;

/** The compared bars of a lane, by lane key (undefined: none, or no comparison). */
export type ComparedLanes = (laneKey: string) => ComparedBars | undefined;

/** Days a short bar's title takes beside it, at the current zoom (0 when the title fits inside). */
export type BesideDays = (initiative: ScheduledInitiative) => number;

/** A bar's vertical place: in row `row` of a lane whose rows start at `rowsTop` (below its top), centred. */
export function barRect(
  lane: { readonly top: number; readonly rowsTop: number },
  row: number,
  metrics: Pick<LaneMetrics, 'rowHeight' | 'barHeight'>,
): { top: number; height: number; middle: number } {
  const rowTop = lane.top + lane.rowsTop + row * metrics.rowHeight;
  return {
    top: rowTop + (metrics.rowHeight - metrics.barHeight) / 2,
    height: metrics.barHeight,
    middle: rowTop + metrics.rowHeight / 2,
  };
}

/** A lane's height for `rowCount` rows of bars under a milestone band, never less than `minHeight`. */
export function laneHeight(
  rowCount: number,
  band: number,
  metrics: Pick<LaneMetrics, 'rowHeight' | 'lanePadding'>,
  minHeight: number,
): number {
  return Math.max(minHeight, band + Math.max(1, rowCount) * metrics.rowHeight + 2 * metrics.lanePadding);
}

/**
 * Stacks lanes top to bottom, each tall enough for its packed rows of bars. Given the previous result,
 * a lane that is the same object at the same place keeps its layout object (and its packing is not
 * redone), so views memoized on it skip re-rendering.
 */
export function layoutLanes(
  lanes: readonly Lane[],
  metrics: LaneMetrics,
  isCollapsed: (key: string) => boolean = () => false,
  previous: readonly LaneLayout[] = [],
  minSpanDays = 1,
  besideDays?: BesideDays,
  comparedLanes?: ComparedLanes,
): { layouts: LaneLayout[]; totalHeight: number } {
  const previousByKey = new Map(previous.map((layout) => [layout.lane.key, layout]));
  let top = 0;
  const layouts = lanes.map((lane): LaneLayout => {
    const collapsed = isCollapsed(lane.key);
    const compared = comparedLanes?.(lane.key);
    const reusable = previousByKey.get(lane.key);
    if (
      reusable &&
      reusable.lane === lane &&
      reusable.top === top &&
      reusable.collapsed === collapsed &&
      reusable.minSpanDays === minSpanDays &&
      reusable.besideDays === besideDays &&
      reusable.compared === compared
    ) {
      top += reusable.height;
      return reusable;
    }
    const { rows, rowCount } = collapsed
      ? { rows: [], rowCount: 0 }
      : packRows(lane.initiatives, minSpanDays, besideDays, compared && ((initiative) => compared.get(initiative.id)));
    const band = lane.milestones.length > 0 && !collapsed ? metrics.milestoneBand : 0;
    const height = collapsed ? metrics.collapsedHeight : laneHeight(rowCount, band, metrics, metrics.minLaneHeight);
    const rowsTop = band + metrics.lanePadding;
    const layout = { lane, top, height, collapsed, rowsTop, rows, minSpanDays, besideDays, compared };
    top += height;
    return layout;
  });
  return { layouts, totalHeight: top };
}

/** A layoutLanes that remembers its last result, so each call shares what did not change. */
export function createLaneLayouter(metrics: LaneMetrics) {
  let previous: readonly LaneLayout[] = [];
  return (
    lanes: readonly Lane[],
    isCollapsed: (key: string) => boolean,
    minSpanDays = 1,
    besideDays?: BesideDays,
    comparedLanes?: ComparedLanes,
  ) => {
    const result = layoutLanes(lanes, metrics, isCollapsed, previous, minSpanDays, besideDays, comparedLanes);
    previous = result.layouts;
    return result;
  };
}

/** The lanes that intersect [from, to) vertically (binary search: lanes are sorted by top). */
export function lanesInView(layouts: readonly LaneLayout[], from: number, to: number): LaneLayout[] {
  let low = 0;
  let high = layouts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const layout = layouts[mid]!;
    if (layout.top + layout.height <= from) low = mid + 1;
    else high = mid;
  }
  const visible: LaneLayout[] = [];
  for (let i = low; i < layouts.length && layouts[i]!.top < to; i++) visible.push(layouts[i]!);
  return visible;
}

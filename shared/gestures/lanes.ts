import type { LaneLayout } from '../layout/lane-layout';
import type { Delta, GestureContext, GestureOrigin, LaneDrop } from './preview';

/** The lane whose band contains canvas y (clamped to the first and last lane). */
export function laneAtY(layouts: readonly LaneLayout[], y: number): LaneLayout | undefined {
  return layouts.find((layout) => y < layout.top + layout.height) ?? layouts[layouts.length - 1];
}

/** A lane's name as people read it. */
export function laneName(layouts: readonly LaneLayout[], key: string): string {
  return layouts.find((layout) => layout.lane.key === key)?.lane.goal?.title ?? 'Unaligned';
}

/** Which lane and row an initiative is drawn in. */
export function placeOf(layouts: readonly LaneLayout[], id: string): { laneKey: string; row: number } | null {
  for (const layout of layouts) {
    const index = layout.lane.initiatives.findIndex((initiative) => initiative.id === id);
    if (index >= 0) return { laneKey: layout.lane.key, row: layout.rows[index] ?? 0 };
  }
  return null;
}

/**
 * The lane a gesture is over: under the pointer, or for a keyboard drag (no pointer) the lane as far from
 * the middle of the starting lane as the keys have moved. Lanes are the drop targets, found from the same
 * layout that draws them, so lanes out of view need no DOM targets.
 */
export function targetLaneKey(origin: GestureOrigin, delta: Delta, { layouts }: GestureContext): string {
  const start = layouts.find((layout) => layout.lane.key === origin.laneKey);
  const y = origin.pointer ? origin.pointer.y + delta.y : start ? start.top + start.height / 2 + delta.y : null;
  return y === null ? origin.laneKey : (laneAtY(layouts, y)?.lane.key ?? origin.laneKey);
}

/**
 * Where a goal's lane would go if dropped at canvas y: before or after the sibling lane under the pointer
 * (same parent goal: reordering keeps nesting), or null when that is no place for it.
 */
export function laneDropAt(layouts: readonly LaneLayout[], key: string, y: number): LaneDrop | null {
  const dragged = layouts.find((layout) => layout.lane.key === key);
  const target = laneAtY(layouts, y);
  if (!dragged?.lane.goal || !target || target.lane.key === key) return null;
  const parentOf = (layout: LaneLayout) => (layout.lane.depth === 0 ? null : layout.lane.goal!.parentId);
  const siblings = layouts.filter(
    (layout) =>
      layout.lane.goal &&
      layout.lane.depth === dragged.lane.depth &&
      parentOf(layout) === parentOf(dragged) &&
      layout.lane.key !== key,
  );
  const title = dragged.lane.goal.title;
  // Over Unaligned (always last): a top-level goal goes to the end, just above it.
  if (!target.lane.goal) {
    if (dragged.lane.depth !== 0) return null;
    return { y: target.top, afterId: siblings.at(-1)?.lane.key ?? null, beforeId: null, title };
  }
  if (!siblings.includes(target)) return null;
  const index = siblings.indexOf(target);
  const before = y < target.top + target.height / 2;
  const after = before ? siblings[index - 1] : target;
  const next = before ? target : siblings[index + 1];
  return {
    y: before ? target.top : target.top + target.height,
    afterId: after?.lane.key ?? null,
    beforeId: next?.lane.key ?? null,
    title,
  };
}

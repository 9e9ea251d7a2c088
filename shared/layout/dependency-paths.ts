import { isViolated, type Dependency } from '../model/dependency';
import { isScheduled, type Initiative } from '../model/initiative';
import { barRect, type LaneLayout, type LaneMetrics } from './lane-layout';
import type { TimeScale } from './time-scale';

/** Where a bar is drawn: its left and right x, its vertical middle and half its height. */
export interface BarBox {
  readonly left: number;
  readonly right: number;
  readonly middle: number;
  readonly halfHeight: number;
}

/** The boxes of the bars of the expanded lanes, by initiative id: all of them, or those in `only`. */
export function barBoxes(
  layouts: readonly LaneLayout[],
  scale: TimeScale,
  metrics: LaneMetrics,
  only?: ReadonlySet<string>,
): Map<string, BarBox> {
  const boxes = new Map<string, BarBox>();
  for (const layout of layouts) {
    if (layout.collapsed) continue;
    layout.lane.initiatives.forEach((initiative, index) => {
      if (only && !only.has(initiative.id)) return;
      const { x, width } = scale.span(initiative.startDate, initiative.endDate);
      const rect = barRect(layout, layout.rows[index]!, metrics);
      boxes.set(initiative.id, { left: x, right: x + width, middle: rect.middle, halfHeight: rect.height / 2 });
    });
  }
  return boxes;
}

/**
 * The corners of a dependency arrow, into the successor's left end. When the successor starts right of the
 * predecessor's end: out of that end, down or up, in. When it starts over the predecessor (one right after
 * the other, or overlapping): straight down or up out of the predecessor's edge, then in. When it starts
 * before the predecessor: out of the end and around, through the middle between the two rows.
 * `clearance` is how far the line runs straight out of and into the bars.
 */
export function dependencyRoute(from: BarBox, to: BarBox, clearance: number): [number, number][] {
  const out = from.right + clearance;
  const into = to.left - clearance;
  const gap = to.left - from.right;
  if (gap >= clearance) {
    // The turn half-way across a narrow gap, else `clearance` out of the predecessor.
    const turn = gap >= 2 * clearance ? out : from.right + gap / 2;
    return [
      [from.right, from.middle],
      [turn, from.middle],
      [turn, to.middle],
      [to.left, to.middle],
    ];
  }
  // Side by side in one row, the successor right after the predecessor: a short straight arrow.
  if (to.middle === from.middle && gap >= 0)
    return [
      [from.right, from.middle],
      [to.left, to.middle],
    ];
  if (into >= from.left + clearance && to.middle !== from.middle) {
    const edge = to.middle > from.middle ? from.middle + from.halfHeight : from.middle - from.halfHeight;
    return [
      [into, edge],
      [into, to.middle],
      [to.left, to.middle],
    ];
  }
  const between = (from.middle + to.middle) / 2;
  return [
    [from.right, from.middle],
    [out, from.middle],
    [out, between],
    [into, between],
    [into, to.middle],
    [to.left, to.middle],
  ];
}

/** One arrow to draw: an SVG path from the predecessor's end to the successor's start. */
export interface DependencyArrow {
  readonly id: string;
  readonly path: string;
  readonly violated: boolean;
  readonly fromTitle: string;
  readonly toTitle: string;
}

/** Arrows for the dependencies whose two bars are drawn (see dependencyRoute), as SVG paths. */
export function dependencyArrows(
  dependencies: Iterable<Dependency>,
  initiatives: ReadonlyMap<string, Initiative>,
  boxes: ReadonlyMap<string, BarBox>,
): DependencyArrow[] {
  const arrows: DependencyArrow[] = [];
  for (const dependency of dependencies) {
    const from = initiatives.get(dependency.fromId);
    const to = initiatives.get(dependency.toId);
    const a = boxes.get(dependency.fromId);
    const b = boxes.get(dependency.toId);
    // Only bars that are drawn have boxes; an unscheduled end has none.
    if (!from || !to || !a || !b || !isScheduled(from) || !isScheduled(to)) continue;
    const [first, ...rest] = dependencyRoute(a, b, 8);
    // Each corner after the first changes x or y alone: H and V keep the path short.
    let previous = first!;
    const path = [
      `M${first![0]},${first![1]}`,
      ...rest.map((point) => {
        const step = point[0] !== previous[0] ? `H${point[0]}` : `V${point[1]}`;
        previous = point;
        return step;
      }),
    ].join(' ');
    arrows.push({ id: dependency.id, path, violated: isViolated(from, to), fromTitle: from.title, toTitle: to.title });
  }
  return arrows;
}

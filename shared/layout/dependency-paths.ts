import { isViolated, type Dependency } from '../model/dependency';
import type { Initiative } from '../model/initiative';
import type { LaneLayout, LaneMetrics } from './lane-layout';
import type { TimeScale } from './time-scale';

/** Where a bar is drawn: its left and right x and its vertical middle, in canvas coordinates. */
export interface BarBox {
  readonly left: number;
  readonly right: number;
  readonly middle: number;
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
      const top = layout.top + layout.rowsTop + layout.rows[index]! * metrics.rowHeight;
      boxes.set(initiative.id, { left: x, right: x + width, middle: top + metrics.rowHeight / 2 });
    });
  }
  return boxes;
}

/** One arrow to draw: an SVG path from the predecessor's end to the successor's start. */
export interface DependencyArrow {
  readonly id: string;
  readonly path: string;
  readonly violated: boolean;
  readonly fromTitle: string;
  readonly toTitle: string;
}

/**
 * Arrows for the dependencies whose two bars are drawn: out of the predecessor's right end, down or up,
 * into the successor's left end (around it when the successor starts further left).
 */
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
    if (!from || !to || !a || !b) continue;
    const out = a.right + 8;
    const into = b.left - 8;
    const path =
      into >= out
        ? `M${a.right},${a.middle} H${out} V${b.middle} H${b.left}`
        : `M${a.right},${a.middle} H${out} V${(a.middle + b.middle) / 2} H${into} V${b.middle} H${b.left}`;
    arrows.push({ id: dependency.id, path, violated: isViolated(from, to), fromTitle: from.title, toTitle: to.title });
  }
  return arrows;
}

import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import { dependencyRoute, type BarBox } from '../layout/dependency-paths';
import { isViolated } from '../model/dependency';
import type { PdfBar, TimelinePage } from './plan';

/**
 * A page's dependency arrows, routed as on the canvas between the bars on the page; none for a pair where
 * either end is off the page (the predecessor's end, or the successor's start, cut by the page's dates).
 */
export function pageArrows(
  snapshot: RoadmapSnapshot,
  boxes: ReadonlyMap<string, BarBox>,
  bars: readonly PdfBar[],
  canvasX: number,
  canvasWidth: number,
): TimelinePage['arrows'][number][] {
  const arrows: TimelinePage['arrows'][number][] = [];
  const barsById = new Map(bars.map((bar) => [bar.id, bar]));
  for (const dependency of snapshot.dependencies.values()) {
    const from = boxes.get(dependency.fromId);
    const to = boxes.get(dependency.toId);
    const a = snapshot.initiatives.get(dependency.fromId);
    const b = snapshot.initiatives.get(dependency.toId);
    if (!from || !to || !a || !b) continue;
    // An arrow joins the predecessor's end to the successor's start: not drawn when either is off the page.
    if (barsById.get(dependency.fromId)!.clippedEnd || barsById.get(dependency.toId)!.clippedStart) continue;
    const points = dependencyRoute(from, to, 4).map(([x, y]): [number, number] => [
      Math.min(canvasX + canvasWidth, Math.max(canvasX, x)),
      y,
    ]);
    arrows.push({ points, violated: isViolated(a, b) });
  }
  return arrows;
}

import { addDependency } from '../commands/dependencies';
import type { BarBox } from '../layout/dependency-paths';
import { call, type CommandCall, type Delta, type DragPreview, type GestureOrigin } from './preview';

/**
 * Drawing a dependency from a bar's end to the pointer. What is under the pointer is the view's to find
 * (`targetId`, from its own hit-testing); a bar cannot depend on itself.
 */
export function connectPreview(
  origin: GestureOrigin,
  delta: Delta,
  source: BarBox | undefined,
  targetId: string | null,
): DragPreview {
  const primary = origin.items[0]!;
  const pointer = origin.pointer ?? { x: source?.right ?? 0, y: source?.middle ?? 0 };
  return {
    kind: 'connect',
    laneKey: origin.laneKey,
    ghosts: [],
    link: {
      x1: source?.right ?? pointer.x,
      y1: source?.middle ?? pointer.y,
      x2: pointer.x + delta.x,
      y2: pointer.y + delta.y,
      targetId: targetId !== primary.id ? targetId : null,
    },
  };
}

/** The dependency, when the pointer ended on another bar. */
export function connectDrop(origin: GestureOrigin, preview: DragPreview): CommandCall | null {
  const targetId = preview.link?.targetId;
  return targetId ? call(addDependency, { fromId: origin.items[0]!.id, toId: targetId }) : null;
}

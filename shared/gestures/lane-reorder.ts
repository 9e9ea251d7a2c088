import { reorderGoal } from '../commands/goals';
import { laneDropAt } from './lanes';
import {
  call,
  type CommandCall,
  type Delta,
  type DragPreview,
  type GestureContext,
  type GestureOrigin,
} from './preview';

/** Dragging a goal's lane header among its siblings. */
export function laneReorderPreview(origin: GestureOrigin, delta: Delta, context: GestureContext): DragPreview {
  const y = origin.pointer ? origin.pointer.y + delta.y : 0;
  return {
    kind: 'lane',
    laneKey: origin.laneKey,
    ghosts: [],
    laneDrop: laneDropAt(context.layouts, origin.laneKey, y),
  };
}

/** The goal's new place, when there is one. */
export function laneReorderDrop(origin: GestureOrigin, preview: DragPreview): CommandCall | null {
  const drop = preview.laneDrop;
  return drop ? call(reorderGoal, { id: origin.laneKey, afterId: drop.afterId, beforeId: drop.beforeId }) : null;
}

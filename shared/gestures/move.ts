import { moveInitiatives } from '../commands/initiatives';
import { moveByDrag, shiftRange } from '../layout/drag';
import { zoomLevelAt } from '../layout/zoom';
import { goalIdOfLane } from '../read-model/lanes';
import type { Initiative } from '../model/initiative';
import { withLandingRows } from './ghost-rows';
import { targetLaneKey } from './lanes';
import {
  call,
  type CommandCall,
  type Delta,
  type DragPreview,
  type GestureContext,
  type GestureOrigin,
} from './preview';

/**
 * Moving bars along time and onto another lane, in one gesture. The dragged bar snaps to the zoom's unit
 * and the rest of the selection moves by the same days; dropped on another lane, all of them go there,
 * otherwise each keeps its own lane. Rows are where the bars will land.
 */
export function movePreview(
  origin: GestureOrigin,
  delta: Delta,
  context: GestureContext,
  initiativeOf: (id: string) => Initiative | undefined,
): DragPreview {
  const primary = origin.items[0]!;
  const days = moveByDrag(
    primary,
    delta.x / context.scale.pxPerDay,
    zoomLevelAt(context.scale.pxPerDay).snap,
    context.fiscalYearStartMonth,
  );
  const laneKey = targetLaneKey(origin, delta, context);
  const laneChanged = laneKey !== origin.laneKey;
  const ghosts = origin.items.map((item) => ({
    id: item.id,
    title: item.title,
    ...shiftRange(item, days),
    laneKey: laneChanged ? laneKey : item.laneKey,
    row: item.row,
  }));
  return { kind: 'move', laneKey, ghosts: withLandingRows(ghosts, context.layouts, initiativeOf) };
}

/** The move a drop makes: only the bars that changed lane or date; nothing when none did. */
export function moveDrop(origin: GestureOrigin, preview: DragPreview): CommandCall | null {
  const laneChanged = preview.laneKey !== origin.laneKey;
  const goalId = goalIdOfLane(preview.laneKey);
  const moves = preview.ghosts
    .map((ghost, index) => ({ ghost, item: origin.items[index]! }))
    .filter(({ ghost, item }) => laneChanged || ghost.startDate !== item.startDate)
    .map(({ ghost }) => ({ id: ghost.id!, startDate: ghost.startDate, ...(laneChanged ? { goalId } : {}) }));
  return moves.length > 0 ? call(moveInitiatives, moves) : null;
}

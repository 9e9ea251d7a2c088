import { createInitiative } from '../commands/initiatives';
import { rangeByCreateDrag } from '../layout/drag';
import { zoomLevelAt } from '../layout/zoom';
import { goalIdOfLane } from '../read-model/lanes';
import { addDays } from '../time/iso-date';
import { withLandingRows } from './ghost-rows';
import {
  call,
  type CommandCall,
  type Delta,
  type DragPreview,
  type GestureContext,
  type GestureOrigin,
} from './preview';

/** The title a drawn initiative starts with (the inspector opens on it, ready to rename). */
export const NEW_INITIATIVE_TITLE = 'New initiative';

/** Drawing a new initiative across empty lane space: whole snap units covering where the pointer went. */
export function createPreview(origin: GestureOrigin, delta: Delta, context: GestureContext): DragPreview {
  const current = addDays(origin.anchorDate!, Math.round(delta.x / context.scale.pxPerDay));
  const range = rangeByCreateDrag(
    origin.anchorDate!,
    current,
    zoomLevelAt(context.scale.pxPerDay).snap,
    context.fiscalYearStartMonth,
  );
  const ghost = { id: null, title: NEW_INITIATIVE_TITLE, ...range, laneKey: origin.laneKey, row: 0 };
  return {
    kind: 'create',
    laneKey: origin.laneKey,
    ghosts: withLandingRows([ghost], context.layouts, () => undefined),
  };
}

/** The new initiative, on the lane it was drawn on. */
export function createDrop(_origin: GestureOrigin, preview: DragPreview): CommandCall {
  const ghost = preview.ghosts[0]!;
  return call(createInitiative, {
    title: NEW_INITIATIVE_TITLE,
    goalId: goalIdOfLane(preview.laneKey),
    startDate: ghost.startDate,
    endDate: ghost.endDate,
  });
}

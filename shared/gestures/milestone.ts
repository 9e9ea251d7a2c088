import { updateMilestone } from '../commands/milestones';
import { moveByDrag } from '../layout/drag';
import { zoomLevelAt } from '../layout/zoom';
import { goalIdOfLane } from '../read-model/lanes';
import { addDays } from '../time/iso-date';
import { targetLaneKey } from './lanes';
import {
  call,
  type CommandCall,
  type Delta,
  type DragPreview,
  type GestureContext,
  type GestureOrigin,
} from './preview';

/** Dragging a milestone along time (snapped like a bar's start) and onto another lane. */
export function milestonePreview(origin: GestureOrigin, delta: Delta, context: GestureContext): DragPreview {
  const milestone = origin.milestone!;
  const days = moveByDrag(
    { startDate: milestone.date, endDate: milestone.date },
    delta.x / context.scale.pxPerDay,
    zoomLevelAt(context.scale.pxPerDay).snap,
    context.fiscalYearStartMonth,
  );
  const laneKey = targetLaneKey(origin, delta, context);
  return {
    kind: 'milestone',
    laneKey,
    ghosts: [],
    milestone: { id: milestone.id, title: milestone.title, date: addDays(milestone.date, days), laneKey },
  };
}

/** The milestone's new date and lane, when either changed. */
export function milestoneDrop(origin: GestureOrigin, preview: DragPreview): CommandCall | null {
  const ghost = preview.milestone!;
  const milestone = origin.milestone!;
  const laneChanged = ghost.laneKey !== origin.laneKey;
  if (!laneChanged && ghost.date === milestone.date) return null;
  return call(updateMilestone, {
    id: milestone.id,
    changes: { date: ghost.date, ...(laneChanged ? { goalId: goalIdOfLane(ghost.laneKey) } : {}) },
  });
}

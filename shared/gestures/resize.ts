import { updateInitiative } from '../commands/initiatives';
import { resizeByDrag } from '../layout/drag';
import { zoomLevelAt } from '../layout/zoom';
import {
  call,
  type CommandCall,
  type Delta,
  type DragPreview,
  type GestureContext,
  type GestureOrigin,
} from './preview';

/** Dragging a bar's start or end edge: that edge snaps to the zoom's unit; a bar keeps at least a day. */
export function resizePreview(origin: GestureOrigin, delta: Delta, context: GestureContext): DragPreview {
  const primary = origin.items[0]!;
  const edge = origin.kind === 'resize-start' ? 'start' : 'end';
  const range = resizeByDrag(
    primary,
    edge,
    delta.x / context.scale.pxPerDay,
    zoomLevelAt(context.scale.pxPerDay).snap,
    context.fiscalYearStartMonth,
  );
  return {
    kind: origin.kind,
    laneKey: origin.laneKey,
    ghosts: [{ id: primary.id, title: primary.title, ...range, laneKey: primary.laneKey, row: primary.row }],
  };
}

/** The new dates, when they changed. */
export function resizeDrop(origin: GestureOrigin, preview: DragPreview): CommandCall | null {
  const ghost = preview.ghosts[0]!;
  const item = origin.items[0]!;
  if (ghost.startDate === item.startDate && ghost.endDate === item.endDate) return null;
  return call(updateInitiative, { id: item.id, changes: { startDate: ghost.startDate, endDate: ghost.endDate } });
}

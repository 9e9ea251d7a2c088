import { useCallback, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import {
  addDays,
  arrowDays,
  goalIdOfLane,
  isScheduled,
  laneName,
  moveInitiatives,
  neighbourLane,
  UNALIGNED_LANE,
  updateMilestone,
  type LaneLayout,
  type TimeScale,
} from '../../../shared';
import type { RoadmapSession } from '../../state/roadmap-session';
import { runCommand } from '../../state/run-command';
import { useUiStore } from '../../state/ui-store';
import { formatDay, formatRange } from '../../ui/format';
import { useDragStore } from '../../presence/drag-store';
import { dragHandleOf } from './sensors';
import { showMovedBar, showMovedMilestone } from './show-moved';

const ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

/**
 * Arrow keys on a focused bar move the selection at once (each press one undo step): left and right by
 * one snap unit in time, up and down to the neighbouring lane. Picking up with Enter is dnd-kit's.
 * On a focused milestone they move that milestone the same way.
 */
export function useKeyboardMoves(inputs: {
  session: RoadmapSession;
  scale: TimeScale;
  layouts: readonly LaneLayout[];
  fiscalYearStartMonth: number;
  readOnly: boolean;
}) {
  const latest = useRef(inputs);
  useLayoutEffect(() => {
    latest.current = inputs;
  });
  return useCallback((event: KeyboardEvent) => {
    const { session, scale, layouts, fiscalYearStartMonth, readOnly } = latest.current;
    const handle = dragHandleOf(event.target);
    if (readOnly || !ARROWS.includes(event.key) || useDragStore.getState().preview) return;
    if (handle?.dataset.drag === 'milestone') {
      moveMilestoneByKey(event, handle.dataset.milestoneId!, latest.current);
      return;
    }
    if (handle?.dataset.drag !== 'move') return;
    const focusedId = handle.dataset.initiativeId!;
    const ui = useUiStore.getState();
    const ids = ui.selectedInitiatives.includes(focusedId) ? ui.selectedInitiatives : [focusedId];
    const { initiatives } = session.store.getSnapshot();
    const focused = initiatives.get(focusedId);
    if (!focused || !isScheduled(focused)) return;
    event.preventDefault();
    let moves;
    let where: string;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      const days = arrowDays(event.key, focused.startDate, scale, fiscalYearStartMonth);
      moves = ids.flatMap((id) => {
        const initiative = initiatives.get(id);
        return initiative && isScheduled(initiative) ? [{ id, startDate: addDays(initiative.startDate, days) }] : [];
      });
      where = formatRange(addDays(focused.startDate, days), addDays(focused.endDate, days));
    } else {
      const target = neighbourLane(event.key, layouts, (lane) =>
        lane.initiatives.some((initiative) => initiative.id === focusedId),
      );
      if (!target) return;
      const goalId = goalIdOfLane(target.lane.key);
      moves = ids.map((id) => ({ id, goalId }));
      where = laneName(layouts, target.lane.key);
    }
    if (!runCommand(session.doc, moveInitiatives, moves).ok) return;
    ui.announce(`Moved ${focused.title}${ids.length > 1 ? ` and ${ids.length - 1} more` : ''} to ${where}.`);
    const laneKey = moves[0] && 'goalId' in moves[0] ? (moves[0].goalId ?? UNALIGNED_LANE) : null;
    showMovedBar(laneKey, focusedId);
  }, []);
}

/** An arrow key on a focused milestone: a snap unit earlier or later, or into the lane above or below. */
function moveMilestoneByKey(
  event: KeyboardEvent,
  id: string,
  { session, scale, layouts, fiscalYearStartMonth }: Parameters<typeof useKeyboardMoves>[0],
) {
  const milestone = session.store.getSnapshot().milestones.get(id);
  if (!milestone) return;
  event.preventDefault();
  let changes: { date: string } | { goalId: string | null };
  let where: string;
  let laneKey: string | null = null;
  if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
    const date = addDays(milestone.date, arrowDays(event.key, milestone.date, scale, fiscalYearStartMonth));
    changes = { date };
    where = formatDay(date);
  } else {
    const target = neighbourLane(event.key, layouts, (lane) => lane.milestones.some((item) => item.id === id));
    if (!target) return;
    laneKey = target.lane.key;
    changes = { goalId: goalIdOfLane(laneKey) };
    where = laneName(layouts, laneKey);
  }
  if (!runCommand(session.doc, updateMilestone, { id, changes }).ok) return;
  useUiStore.getState().announce(`Moved ${milestone.title} to ${where}.`);
  showMovedMilestone(laneKey, id);
}

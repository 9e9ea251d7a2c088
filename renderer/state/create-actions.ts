import { addDays, createGoal, createInitiative, createMilestone, selectLanes, type IsoDate } from '../../shared';
import type { RoadmapSession } from './roadmap-session';
import { runCommand } from './run-command';
import { selectionOf, useUiStore } from './ui-store';
import { revealNew } from './reveal';

/** The goal new items go on: the selected goal, or the selected item's goal, else none (Unaligned). */
function targetGoalId(session: RoadmapSession): string | null {
  const snapshot = session.store.getSnapshot();
  const selection = selectionOf(useUiStore.getState());
  let goalId: string | null;
  if (selection?.kind === 'goal') goalId = selection.id;
  else if (selection?.kind === 'initiative') goalId = snapshot.initiatives.get(selection.id)?.goalId ?? null;
  else if (selection?.kind === 'milestone') goalId = snapshot.milestones.get(selection.id)?.goalId ?? null;
  else goalId = selectLanes(snapshot)[0]?.goal?.id ?? null;
  return goalId && snapshot.goals.has(goalId) ? goalId : null;
}

/** Toolbar "New goal": adds a goal and puts its title in edit. */
export function newGoal(session: RoadmapSession): void {
  const outcome = runCommand(session.doc, createGoal, { title: 'New goal' });
  if (outcome.ok) revealNew('goal', outcome.result);
}

/** Toolbar "New initiative": a month-long bar from today on the current goal's lane. */
export function newInitiative(session: RoadmapSession, today: IsoDate): void {
  const goalId = targetGoalId(session);
  const outcome = runCommand(session.doc, createInitiative, {
    title: 'New initiative',
    goalId,
    startDate: today,
    endDate: addDays(today, 29),
  });
  if (outcome.ok) revealNew('initiative', outcome.result, goalId, today);
}

/** Toolbar "New milestone": today, on the current goal's lane. */
export function newMilestone(session: RoadmapSession, today: IsoDate): void {
  const goalId = targetGoalId(session);
  const outcome = runCommand(session.doc, createMilestone, {
    title: 'New milestone',
    date: today,
    goalId,
  });
  if (outcome.ok) revealNew('milestone', outcome.result, goalId, today);
}

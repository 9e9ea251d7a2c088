import { isFiltering, matchesFilter, UNALIGNED_LANE, type Goal, type Initiative, type IsoDate } from '../../shared';
import { useUiStore } from './ui-store';

/**
 * Selects a new item with its title ready to type, first making sure it can be seen: filters that would
 * hide it are cleared (with a notice saying so), its lane is expanded, and the canvas scrolls to its date.
 */
export function revealNew(
  kind: 'goal' | 'initiative' | 'milestone',
  id: string,
  goalId: string | null = null,
  date: IsoDate | null = null,
): void {
  const ui = useUiStore.getState();
  if (kind === 'initiative' && isFiltering(ui.filter)) {
    ui.clearFilter();
    ui.notify('Filters cleared to show the new initiative.');
  }
  const laneKey = goalId ?? UNALIGNED_LANE;
  if (kind !== 'goal' && ui.collapsedLanes[laneKey]) ui.toggleLane(laneKey);
  // And the canvas scrolls to it when it is off screen.
  if (date !== null) ui.requestScroll({ date, laneKey, ...(kind === 'initiative' ? { initiativeId: id } : {}) });
  // Its title is typed in the inspector: a folded one opens.
  if (ui.inspectorCollapsed) ui.setInspectorCollapsed(false);
  ui.select({ kind, id }, { focusTitle: true });
}

/** How a reveal came: from the review of changes since a baseline, the timeline then compares with it. */
export interface RevealOptions {
  readonly compare?: boolean;
}

/**
 * Selects an existing initiative and shows it: filters that hide it are cleared (with a notice), its lane
 * is expanded, and the canvas scrolls to it (the conflict chip, for one). From the review, the timeline
 * shows the changes (the initiative is one of them); from elsewhere, "only what changed" stops hiding it.
 */
export function revealInitiative(initiative: Initiative, laneKey: string, options: RevealOptions = {}): void {
  const ui = useUiStore.getState();
  if (!matchesFilter(initiative, ui.filter)) {
    ui.clearFilter();
    ui.notify(`Filters cleared to show ${initiative.title || 'the initiative'}.`);
  }
  if (options.compare) useUiStore.setState({ comparing: true });
  else if (ui.onlyChanged) useUiStore.setState({ onlyChanged: false });
  if (ui.collapsedLanes[laneKey]) ui.toggleLane(laneKey);
  // An unscheduled one is not on the timeline: selected where it is shown, its inspector says so.
  if (initiative.startDate !== null) {
    ui.requestScroll({ date: initiative.startDate, laneKey, initiativeId: initiative.id });
    ui.showView('timeline');
  }
  ui.select({ kind: 'initiative', id: initiative.id });
}

/** Selects a goal (its key results are in its inspector) and shows its lane on the timeline. */
export function revealGoal(goal: Goal, options: RevealOptions = {}): void {
  const ui = useUiStore.getState();
  if (options.compare) useUiStore.setState({ comparing: true });
  if (ui.collapsedLanes[goal.id]) ui.toggleLane(goal.id);
  const date = goal.startDate ?? goal.dueDate;
  if (date) ui.requestScroll({ date, laneKey: goal.id });
  ui.showView('timeline');
  if (ui.inspectorCollapsed) ui.setInspectorCollapsed(false);
  ui.select({ kind: 'goal', id: goal.id });
}

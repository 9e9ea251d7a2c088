import { isFiltering, UNALIGNED_LANE } from '../../shared';
import { useUiStore } from './ui-store';

/**
 * Selects a new item with its title ready to type, first making sure it can be seen: filters that would
 * hide it are cleared (with a notice saying so) and its lane is expanded.
 */
export function revealNew(kind: 'goal' | 'initiative' | 'milestone', id: string, goalId: string | null = null): void {
  const ui = useUiStore.getState();
  if (kind === 'initiative' && isFiltering(ui.filter)) {
    ui.clearFilter();
    ui.notify('Filters cleared to show the new initiative.');
  }
  const laneKey = goalId ?? UNALIGNED_LANE;
  if (kind !== 'goal' && ui.collapsedLanes[laneKey]) ui.toggleLane(laneKey);
  ui.select({ kind, id }, { focusTitle: true });
}

import { isFiltering, UNALIGNED_LANE, type IsoDate } from '../../shared';
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
  if (date !== null) ui.requestScroll({ date, laneKey });
  ui.select({ kind, id }, { focusTitle: true });
}

import { useUiStore } from '../../state/ui-store';

/**
 * After a move, keeps the moved item in sight and focused: its new lane is expanded if collapsed, and the
 * focus follows the item into the lane that now draws it (the old element is gone).
 */
function showMoved(laneKey: string | null, selector: string): void {
  const ui = useUiStore.getState();
  if (laneKey !== null && ui.collapsedLanes[laneKey]) ui.toggleLane(laneKey);
  const hadFocus =
    document.activeElement?.closest('[data-drag="move"], [data-drag="milestone"]') !== null ||
    document.activeElement === document.body;
  requestAnimationFrame(() => {
    if (!hadFocus) return;
    document.querySelector<HTMLElement>(selector)?.focus();
  });
}

/** See showMoved: for a bar. */
export function showMovedBar(laneKey: string | null, id: string): void {
  showMoved(laneKey, `[data-drag="move"][data-initiative-id="${id}"]`);
}

/** See showMoved: for a milestone. */
export function showMovedMilestone(laneKey: string | null, id: string): void {
  showMoved(laneKey, `[data-drag="milestone"][data-milestone-id="${id}"]`);
}

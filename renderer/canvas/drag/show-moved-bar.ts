import { useUiStore } from '../../state/ui-store';

/**
 * After a move, keeps the moved bar in sight and focused: its new lane is expanded if collapsed, and the
 * focus follows the bar into the lane that now draws it (the old element is gone).
 */
export function showMovedBar(laneKey: string | null, id: string): void {
  const ui = useUiStore.getState();
  if (laneKey !== null && ui.collapsedLanes[laneKey]) ui.toggleLane(laneKey);
  const hadFocus =
    document.activeElement?.closest('[data-drag="move"]') !== null || document.activeElement === document.body;
  requestAnimationFrame(() => {
    if (!hadFocus) return;
    document.querySelector<HTMLElement>(`[data-drag="move"][data-initiative-id="${id}"]`)?.focus();
  });
}

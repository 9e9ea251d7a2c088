import { create } from 'zustand';
import type { DragPreview } from '../../shared';

// The preview's shape belongs to the gesture rules (shared/gestures); this store only holds the current one.
export type { DragPreview, GhostBar, GhostMilestone } from '../../shared';

interface DragState {
  preview: DragPreview | null;
  /** When the last drag ended: the click that follows a drag must not change the selection. */
  endedAt: number;
}

/**
 * Transient drag state, apart from the document and from the bars: a pointer move re-renders only the
 * preview layer, never the lanes (a drag must not re-render every bar, dnd-kit #898).
 */
export const useDragStore = create<DragState>()(() => ({ preview: null, endedAt: 0 }));

/** True right after a drag ended (the browser then sends a click to the element under the pointer). */
export function clickFollowsDrag(now = performance.now()): boolean {
  return now - useDragStore.getState().endedAt < 250;
}

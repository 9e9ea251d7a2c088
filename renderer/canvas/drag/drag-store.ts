import { create } from 'zustand';
import type { DragKind, IsoDate } from '../../../shared';

/** A bar's place while it is being dragged. */
export interface GhostBar {
  readonly id: string | null;
  readonly title: string;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  /** The lane and row it would land in. */
  readonly laneKey: string;
  readonly row: number;
}

/** A milestone's place while it is being dragged. */
export interface GhostMilestone {
  readonly id: string;
  readonly title: string;
  readonly date: IsoDate;
  readonly laneKey: string;
}

/** What the canvas shows during a drag: ghost bars in the target lane, and the dates in a tooltip. */
export interface DragPreview {
  readonly kind: DragKind | 'connect' | 'milestone' | 'lane';
  readonly laneKey: string;
  readonly ghosts: readonly GhostBar[];
  readonly milestone?: GhostMilestone;
  /** While drawing a dependency: from the predecessor's end to the pointer (canvas coordinates). */
  readonly link?: { x1: number; y1: number; x2: number; y2: number; targetId: string | null };
  /** While reordering lanes: where the dragged goal would go (null where it cannot). */
  readonly laneDrop?: { y: number; afterId: string | null; beforeId: string | null; title: string } | null;
}

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

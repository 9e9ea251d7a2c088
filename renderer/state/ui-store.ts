import { create } from 'zustand';

/** What the inspector shows. Session state only: never saved into the document, never synced. */
export type Selection =
  | { readonly kind: 'goal'; readonly id: string }
  | { readonly kind: 'keyResult'; readonly id: string }
  | { readonly kind: 'initiative'; readonly id: string }
  | { readonly kind: 'milestone'; readonly id: string }
  | null;

/** Timeline zoom levels, in pixels per day (month view). */
export const ZOOM_LEVELS = [1.5, 2, 3, 4, 6, 9, 12] as const;
export const DEFAULT_ZOOM_INDEX = 2;

interface UiState {
  selection: Selection;
  zoomIndex: number;
  /** Set when a newly created item's title field should take focus. */
  focusTitleOf: string | null;
  select(selection: Selection, options?: { focusTitle?: boolean }): void;
  zoomBy(step: number): void;
  resetZoom(): void;
  titleFocused(): void;
}

/** UI state of the window: selection, zoom, focus requests. */
export const useUiStore = create<UiState>()((set) => ({
  selection: null,
  zoomIndex: DEFAULT_ZOOM_INDEX,
  focusTitleOf: null,
  select: (selection, options) =>
    set({ selection, focusTitleOf: options?.focusTitle && selection ? selection.id : null }),
  zoomBy: (step) =>
    set((state) => ({ zoomIndex: Math.min(ZOOM_LEVELS.length - 1, Math.max(0, state.zoomIndex + step)) })),
  resetZoom: () => set({ zoomIndex: DEFAULT_ZOOM_INDEX }),
  titleFocused: () => set({ focusTitleOf: null }),
}));

/** Resets the store between tests and when switching roadmaps. */
export function resetUiStore(): void {
  useUiStore.setState({ selection: null, focusTitleOf: null });
}

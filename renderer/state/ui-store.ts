import { create } from 'zustand';
import {
  clampPxPerDay,
  memoizeLast,
  NO_FILTER,
  ZOOM_SPECS,
  type ColorBy,
  type InitiativeFilter,
  type IsoDate,
  type ZoomLevel,
} from '../../shared';
import type { MainView } from './main-views';
import { recallMainView, recallPanels, recallView, rememberMainView, rememberPanels } from './remembered';

/** What the inspector shows. Session state only: never saved into the document, never synced. */
export type Selection =
  | { readonly kind: 'goal'; readonly id: string }
  | { readonly kind: 'keyResult'; readonly id: string }
  | { readonly kind: 'initiative'; readonly id: string }
  | { readonly kind: 'milestone'; readonly id: string }
  /** The roadmap's own settings, asked for (with nothing selected they show too, where there is room). */
  | { readonly kind: 'roadmap' }
  | null;

/** One toolbar/menu/keyboard zoom step multiplies or divides the density by this. */
export const ZOOM_STEP = 1.5;
export const DEFAULT_PX_PER_DAY = ZOOM_SPECS.months.pxPerDay;

/** Where the timeline should keep still while zooming: a distance from the canvas's left edge, or its middle. */
export type ZoomAnchor = { readonly offset: number } | 'center';

/**
 * A scroll the timeline makes once it has laid out (it knows the viewport and the content): to today, to
 * the whole roadmap, or to an item (its date, its lane, and for an initiative its row).
 */
export type ScrollRequest =
  | 'today'
  | 'fit'
  | { readonly date: IsoDate; readonly laneKey: string; readonly initiativeId?: string }
  /** Back where the roadmap was left: the day at the canvas's left edge, and the vertical scroll. */
  | { readonly leftDay: number; readonly top: number }
  | null;

export { MAIN_VIEWS, MAIN_VIEW_LABELS, type MainView } from './main-views';

/** The period the alignment view counts the team's time over, relative to today. */
export type AlignmentPeriod = 'this-quarter' | 'next-quarter' | 'this-year';

interface UiState {
  /** What the roadmap's main area shows. */
  view: MainView;
  /** The open roadmap (for what is remembered of it on this device). */
  roadmapId: string | null;
  alignmentPeriod: AlignmentPeriod;
  /** The baseline the changes are counted from; null for the latest. */
  comparedBaselineId: string | null;
  /**
   * Another roadmap of this device compared with instead of a baseline (a duplicate, the original), with its
   * title; null to compare with a baseline. `comparedRoadmapReads` counts "Read again" requests.
   */
  comparedRoadmapId: string | null;
  comparedRoadmapTitle: string;
  comparedRoadmapReads: number;
  /** The timeline shows the changes since that baseline: ghosts where bars were, marks beside them. */
  comparing: boolean;
  /** While comparing, the timeline shows only the initiatives that changed. */
  onlyChanged: boolean;
  /** The Take baseline dialog is open (from the toolbar, the Changes view or the View menu). */
  takingBaseline: boolean;
  /**
   * Shows one of the views (remembered for the roadmap on this device). Back on the timeline, it returns
   * where it was left (unless a reveal asked for a place of its own).
   */
  showView(view: MainView): void;
  /**
   * Every selected initiative (Shift/Ctrl/Cmd-click adds more; dragging one moves them all), the latest
   * last. The one selection: what the inspector shows is derived from it (see selectionOf).
   */
  selectedInitiatives: readonly string[];
  /** The goal, milestone or roadmap selected when no initiative is. */
  selectedOther: Exclude<Selection, { kind: 'initiative' }>;
  /** The latest message for screen readers about a canvas change (keyboard moves). */
  announcement: string;
  /** Set when a newly created item's title field should take focus. */
  focusTitleOf: string | null;
  /** Timeline density; the zoom level (header, snapping) follows from it. */
  pxPerDay: number;
  zoomAnchor: ZoomAnchor;
  scrollRequest: ScrollRequest;
  /** A short message about a canvas action that was refused (e.g. a dependency that would make a cycle). */
  notice: string | null;
  /** What the bars' colors mean. */
  colorBy: ColorBy;
  /** Which initiatives the canvas shows. */
  filter: InitiativeFilter;
  /** Lanes the user collapsed (by lane key). */
  collapsedLanes: Readonly<Record<string, true>>;
  /** The Export PDF dialog is open (the toolbar or File → Export PDF… opens it). */
  exporting: boolean;
  /** The Export CSV/JSON dialog is open, with this format first (File → Export CSV… or Export JSON…). */
  exportingData: 'csv' | 'json' | null;
  /** The roadmap list is folded to a narrow strip (remembered on this device). */
  sidebarCollapsed: boolean;
  /** The inspector is folded to a narrow strip (remembered on this device). */
  inspectorCollapsed: boolean;
  /** The roadmap's vision above the canvas is folded to one line (remembered on this device). */
  visionCollapsed: boolean;
  /** Where the inspector goes in this window now (its width decides: see useInspectorPlacement). */
  inspectorPlacement: 'beside' | 'over';
  setSidebarCollapsed(collapsed: boolean): void;
  setVisionCollapsed(collapsed: boolean): void;
  setInspectorCollapsed(collapsed: boolean): void;
  select(selection: Selection, options?: { focusTitle?: boolean }): void;
  /** Adds an initiative to the selection, or takes it out. */
  toggleInitiative(id: string): void;
  announce(message: string): void;
  zoomBy(steps: number, anchor?: ZoomAnchor): void;
  setZoomLevel(level: ZoomLevel): void;
  setPxPerDay(pxPerDay: number): void;
  resetZoom(): void;
  requestScroll(request: ScrollRequest): void;
  toggleLane(key: string): void;
  notify(notice: string | null): void;
  setColorBy(colorBy: ColorBy): void;
  setFilter(changes: Partial<InitiativeFilter>): void;
  clearFilter(): void;
  titleFocused(): void;
}

const deriveSelection = memoizeLast((initiatives: readonly string[], other: UiState['selectedOther']): Selection =>
  initiatives.length > 0 ? { kind: 'initiative', id: initiatives[initiatives.length - 1]! } : other,
);

/** The item the inspector shows: the latest selected initiative, else the selected goal, milestone or roadmap. */
export function selectionOf(state: Pick<UiState, 'selectedInitiatives' | 'selectedOther'>): Selection {
  return deriveSelection(state.selectedInitiatives, state.selectedOther);
}

function panelsOf({ sidebarCollapsed, inspectorCollapsed, visionCollapsed }: UiState) {
  return { sidebarCollapsed, inspectorCollapsed, visionCollapsed };
}

/** UI state of the window: selection, zoom, collapsed lanes, focus requests. */
export const useUiStore = create<UiState>()((set) => ({
  selectedInitiatives: [],
  selectedOther: null,
  view: 'timeline',
  alignmentPeriod: 'this-quarter',
  comparedBaselineId: null,
  comparedRoadmapId: null,
  comparedRoadmapTitle: '',
  comparedRoadmapReads: 0,
  comparing: false,
  onlyChanged: false,
  takingBaseline: false,
  showView: (view) =>
    set((state) => {
      if (view === state.view) return {};
      if (state.roadmapId) rememberMainView(state.roadmapId, view);
      if (view !== 'timeline' || state.scrollRequest) return { view };
      const saved = state.roadmapId ? recallView(state.roadmapId) : null;
      return { view, scrollRequest: saved ? { leftDay: saved.leftDay, top: saved.top } : 'fit' };
    }),
  roadmapId: null,
  announcement: '',
  focusTitleOf: null,
  pxPerDay: DEFAULT_PX_PER_DAY,
  zoomAnchor: 'center',
  scrollRequest: null,
  collapsedLanes: {},
  exporting: false,
  exportingData: null,
  ...recallPanels(),
  inspectorPlacement: 'beside',
  setSidebarCollapsed: (sidebarCollapsed) =>
    set((state) => {
      rememberPanels({ ...panelsOf(state), sidebarCollapsed });
      return { sidebarCollapsed };
    }),
  setInspectorCollapsed: (inspectorCollapsed) =>
    set((state) => {
      rememberPanels({ ...panelsOf(state), inspectorCollapsed });
      return { inspectorCollapsed };
    }),
  setVisionCollapsed: (visionCollapsed) =>
    set((state) => {
      rememberPanels({ ...panelsOf(state), visionCollapsed });
      return { visionCollapsed };
    }),
  notice: null,
  notify: (notice) => set({ notice }),
  colorBy: 'goal',
  filter: NO_FILTER,
  setColorBy: (colorBy) => set({ colorBy }),
  setFilter: (changes) => set((state) => ({ filter: { ...state.filter, ...changes } })),
  clearFilter: () => set({ filter: NO_FILTER }),
  select: (selection, options) =>
    set({
      selectedInitiatives: selection?.kind === 'initiative' ? [selection.id] : [],
      selectedOther: selection?.kind === 'initiative' ? null : selection,
      focusTitleOf: options?.focusTitle && selection && 'id' in selection ? selection.id : null,
    }),
  toggleInitiative: (id) =>
    set((state) => {
      if (!state.selectedInitiatives.includes(id)) {
        return { selectedInitiatives: [...state.selectedInitiatives, id], selectedOther: null };
      }
      return { selectedInitiatives: state.selectedInitiatives.filter((selected) => selected !== id) };
    }),
  announce: (announcement) => set({ announcement }),
  zoomBy: (steps, anchor = 'center') =>
    set((state) => ({ pxPerDay: clampPxPerDay(state.pxPerDay * ZOOM_STEP ** steps), zoomAnchor: anchor })),
  setZoomLevel: (level) => set({ pxPerDay: ZOOM_SPECS[level].pxPerDay, zoomAnchor: 'center' }),
  setPxPerDay: (pxPerDay) => set({ pxPerDay: clampPxPerDay(pxPerDay), zoomAnchor: 'center' }),
  resetZoom: () => set({ pxPerDay: DEFAULT_PX_PER_DAY, zoomAnchor: 'center' }),
  requestScroll: (scrollRequest) => set({ scrollRequest }),
  toggleLane: (key) =>
    set((state) => {
      const collapsedLanes = { ...state.collapsedLanes };
      if (collapsedLanes[key]) delete collapsedLanes[key];
      else collapsedLanes[key] = true;
      return { collapsedLanes };
    }),
  titleFocused: () => set({ focusTitleOf: null }),
}));

/**
 * Resets per-roadmap UI state when switching roadmaps (and between tests). A roadmap opens where it was
 * left on this device, else showing all of it.
 */
export function resetUiStore(roadmapId?: string): void {
  const saved = roadmapId ? recallView(roadmapId) : null;
  useUiStore.setState({
    roadmapId: roadmapId ?? null,
    view: (roadmapId ? recallMainView(roadmapId) : null) ?? 'timeline',
    comparedBaselineId: null,
    comparedRoadmapId: null,
    comparedRoadmapTitle: '',
    comparing: false,
    onlyChanged: false,
    takingBaseline: false,
    selectedInitiatives: [],
    selectedOther: null,
    focusTitleOf: null,
    collapsedLanes: {},
    exporting: false,
    exportingData: null,
    filter: NO_FILTER,
    ...(saved
      ? {
          pxPerDay: clampPxPerDay(saved.pxPerDay),
          zoomAnchor: 'center',
          scrollRequest: { leftDay: saved.leftDay, top: saved.top },
        }
      : { scrollRequest: 'fit' }),
  });
}

/**
 * Whether the inspector floats open over the canvas: a narrow window, not folded away, something to
 * show, and no drag under way (it steps aside while one is, so the canvas under it can be reached).
 */
export function inspectorFloats(
  state: Pick<UiState, 'inspectorPlacement' | 'inspectorCollapsed' | 'selectedOther' | 'selectedInitiatives'>,
  dragging: boolean,
): boolean {
  return (
    state.inspectorPlacement === 'over' &&
    !state.inspectorCollapsed &&
    !dragging &&
    (state.selectedOther !== null || state.selectedInitiatives.length > 0)
  );
}

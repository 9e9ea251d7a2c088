import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type WheelEvent } from 'react';
import {
  barRect,
  drawnRange,
  selectRoadmapDates,
  createTimeScale,
  fitPxPerDay,
  lanesInView,
  createLaneLayouter,
  filterChoices,
  filterLanes,
  teamColors,
  selectLanes,
  timelineRange,
  toEpochDay,
  goalIdOfLane,
  laneAtY,
  laneName,
  moveInitiatives,
  isScheduled,
  type ScheduledInitiative,
} from '../../shared';
import { useTimelineComparison } from '../state/use-changes';
import { createLaneComparer } from './compared-bars';
import { useRoadmap, useSession } from '../state/session-context';
import { sameItems } from '../state/use-external';
import { DndContext, useDraggable } from '@dnd-kit/core';
import { useCanvasDrag } from './drag/use-canvas-drag';
import { useKeyboardMoves } from './drag/use-keyboard-moves';
import { DragPreview } from './drag/DragPreview';
import { RemoteDrags } from './RemoteDrags';
import { registerVisibleRange } from './visible-range';
import { clickFollowsDrag, useDragStore } from '../presence/drag-store';
import { INSPECTOR_WIDTH } from '../inspector/placement';
import type { ReactNode } from 'react';
import { inspectorFloats, selectionOf, useUiStore } from '../state/ui-store';
import { useToday } from '../state/use-today';
import { rememberView, type SavedView } from '../state/remembered';
import { Lane } from './Lane';
import { EmptyGuide } from './EmptyGuide';
import { TimeHeader } from './TimeHeader';
import { GridLayer } from './GridLayer';
import { DependencyLayer } from './DependencyLayer';
import { UNSCHEDULED_DRAG_TYPE } from './UnscheduledTray';
import { runCommand } from '../state/run-command';
import { formatDay } from '../ui/format';
import {
  besideTitleRoom,
  CANVAS_LANE_METRICS,
  FIT_LABEL_ROOM,
  FIT_MIN_MARGIN,
  LANE_HEADER_WIDTH,
  MIN_BAR_WIDTH,
  ROW_HEIGHT,
  TIME_HEADER_HEIGHT,
  chunked,
} from './geometry';

interface Viewport {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The roadmap canvas: sticky time header, one lane per goal (Unaligned last), grid and today line.
 * Virtualized: only lanes, bars and header cells near the view are in the DOM.
 */
export function Timeline({ readOnly, onOpenFile }: { readOnly: boolean; onOpenFile?: () => void }) {
  const session = useSession();
  const today = useToday();
  const lanes = useRoadmap(selectLanes);
  const goals = useRoadmap((snapshot) => snapshot.goals);
  // While comparing: what changed (null until a baseline's plan is rebuilt, just after the first paint).
  const changes = useTimelineComparison()?.changes ?? null;
  const onlyChanged = useUiStore((state) => state.onlyChanged);
  // Every date on the canvas (and where moved bars were, while comparing): the visible range covers them all.
  const roadmapDates = useRoadmap(selectRoadmapDates);
  const dates = useMemo(() => {
    if (!changes) return roadmapDates;
    const was = [...changes.initiatives.values()].flatMap((change) =>
      change.after && change.before && isScheduled(change.before)
        ? [change.before.startDate, change.before.endDate]
        : [],
    );
    return was.length > 0 ? [...roadmapDates, ...was] : roadmapDates;
  }, [roadmapDates, changes]);
  const fiscalYearStartMonth = useRoadmap((snapshot) => snapshot.meta.fiscalYearStartMonth);
  const pxPerDay = useUiStore((state) => state.pxPerDay);
  const collapsedLanes = useUiStore((state) => state.collapsedLanes);
  const select = useUiStore((state) => state.select);
  const scroller = useRef<HTMLDivElement>(null);
  // Null until the canvas is measured: nothing is laid out before its size (and so the opening fit) is known.
  const [measured, setViewport] = useState<Viewport | null>(null);
  const viewport = measured ?? UNMEASURED;

  const minMonths = Math.ceil(viewport.width / pxPerDay / 30) + 2;
  const { start, end } = useMemo(() => timelineRange(dates, today, minMonths), [dates, today, minMonths]);
  const scale = useMemo(() => createTimeScale(start, end, pxPerDay), [start, end, pxPerDay]);
  const [layOut] = useState(() => createLaneLayouter(CANVAS_LANE_METRICS));
  const filter = useUiStore((state) => state.filter);
  const teams = useRoadmap((snapshot) => filterChoices(snapshot.initiatives.values()).teams, sameItems);
  const teamPalette = useMemo(() => teamColors(teams), [teams]);
  const shownLanes = useMemo(() => {
    const filtered = filterLanes(lanes, filter);
    if (!changes || !onlyChanged) return filtered;
    const changed = changes.initiatives;
    return filtered.map((lane) => {
      const initiatives = lane.initiatives.filter((initiative) => changed.has(initiative.id));
      return initiatives.length === lane.initiatives.length ? lane : { ...lane, initiatives };
    });
  }, [lanes, filter, changes, onlyChanged]);
  // What changed since the baseline, by lane; a lane marked as before keeps its map (and so its layout).
  const [compareLanes] = useState(createLaneComparer);
  const comparedByLane = useMemo(
    () => (changes ? compareLanes(changes, goals, pxPerDay) : null),
    [changes, compareLanes, goals, pxPerDay],
  );
  const comparedLanes = useMemo(() => comparedByLane && ((key: string) => comparedByLane.get(key)), [comparedByLane]);
  const isMeasured = measured !== null;
  // A short bar's title goes beside it: its row keeps that room free (as the PDF's rows do).
  const besideDays = useMemo(
    () => (initiative: ScheduledInitiative) => {
      const days = Math.max(1, toEpochDay(initiative.endDate) - toEpochDay(initiative.startDate) + 1);
      return besideTitleRoom(initiative.title, Math.max(MIN_BAR_WIDTH, days * pxPerDay)) / pxPerDay;
    },
    [pxPerDay],
  );
  const { layouts, totalHeight } = useMemo(
    // Bars are drawn at least MIN_BAR_WIDTH wide: pack them by that width, in whole days.
    () =>
      isMeasured
        ? layOut(
            shownLanes,
            (key) => collapsedLanes[key] === true,
            Math.ceil(MIN_BAR_WIDTH / pxPerDay),
            besideDays,
            comparedLanes ?? undefined,
          )
        : NOTHING_LAID_OUT,
    [isMeasured, layOut, shownLanes, collapsedLanes, pxPerDay, besideDays, comparedLanes],
  );

  // The view in canvas coordinates, chunked so scrolling within a chunk re-renders nothing.
  const horizontal = chunked(viewport.left, viewport.width - LANE_HEADER_WIDTH);
  const vertical = chunked(viewport.top, viewport.height);
  const visibleLanes = lanesInView(layouts, vertical.from, vertical.to);

  const measure = useCallback(() => {
    const element = scroller.current;
    if (!element) return;
    const next = {
      left: element.scrollLeft,
      top: element.scrollTop,
      width: element.clientWidth,
      height: element.clientHeight,
    };
    setViewport((previous) => {
      if (!previous) return next;
      const same =
        previous.width === next.width &&
        previous.height === next.height &&
        chunked(previous.left, previous.width).from === chunked(next.left, next.width).from &&
        chunked(previous.top, previous.height).from === chunked(next.top, next.height).from;
      return same ? previous : next;
    });
  }, []);

  const latestDates = useRef(dates);
  useLayoutEffect(() => {
    latestDates.current = dates;
  });
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    // A roadmap opens fitted: take that density before the first layout, so it is not laid out twice.
    const { scrollRequest, pxPerDay } = useUiStore.getState();
    const fitted = fitDensity(latestDates.current, element.clientWidth - LANE_HEADER_WIDTH);
    if (scrollRequest === 'fit' && fitted !== null && fitted !== pxPerDay) {
      useUiStore.setState({ pxPerDay: fitted, zoomAnchor: 'center' });
    }
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [measure]);

  // Zooming keeps the day under the anchor (pointer or middle of the canvas) where it was.
  const lastScale = useRef(scale);
  useLayoutEffect(() => {
    const element = scroller.current;
    const previous = lastScale.current;
    lastScale.current = scale;
    if (!element || previous === scale || previous.pxPerDay === scale.pxPerDay) return;
    const anchor = useUiStore.getState().zoomAnchor;
    const offset = anchor === 'center' ? (element.clientWidth - LANE_HEADER_WIDTH) / 2 : anchor.offset;
    const day = toEpochDay(previous.start) + (element.scrollLeft + offset) / previous.pxPerDay;
    element.scrollLeft = (day - toEpochDay(scale.start)) * scale.pxPerDay - offset;
    measure();
  }, [scale, measure]);

  // The PDF export's "visible range": the days in view, read when asked.
  useEffect(
    () =>
      registerVisibleRange(() => {
        const element = scroller.current;
        if (!element) return null;
        const current = lastScale.current;
        return {
          start: current.dateAt(element.scrollLeft),
          end: current.dateAt(element.scrollLeft + element.clientWidth - LANE_HEADER_WIDTH - 1),
        };
      }),
    [],
  );

  // "Today" and "Fit" need the laid-out canvas, so the toolbar asks and the timeline does it.
  const openedView = useRef(false);
  const scrollRequest = useUiStore((state) => state.scrollRequest);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!scrollRequest || !element) return;
    const canvasWidth = element.clientWidth - LANE_HEADER_WIDTH;
    if (typeof scrollRequest === 'object' && 'leftDay' in scrollRequest) {
      // Back where it was left, once there is a laid-out canvas to scroll (before, it has no height).
      if (!isMeasured) return;
      element.scrollLeft = (scrollRequest.leftDay - toEpochDay(scale.start)) * pxPerDay;
      element.scrollTop = scrollRequest.top;
    } else if (scrollRequest === 'fit' && dates.length > 0) {
      const fitted = fitDensity(dates, canvasWidth)!;
      if (fitted !== pxPerDay) {
        useUiStore.setState({ pxPerDay: fitted, zoomAnchor: 'center' });
        return; // runs again with the new scale
      }
      const { first, days } = dateSpan(dates);
      element.scrollLeft = scale.xOf(first) - Math.max(FIT_MIN_MARGIN, days * 0.03 * pxPerDay);
    } else if (typeof scrollRequest === 'object') {
      // An item to show: its date and its row (an initiative's, else its lane's top) brought into view,
      // unless they are in view already.
      const x = scale.xOf(scrollRequest.date);
      if (x < element.scrollLeft || x > element.scrollLeft + canvasWidth - 120)
        element.scrollLeft = x - canvasWidth / 3;
      const lane = layouts.find((layout) => layout.lane.key === scrollRequest.laneKey);
      if (lane) {
        const index = lane.lane.initiatives.findIndex((item) => item.id === scrollRequest.initiativeId);
        const top =
          index >= 0 && !lane.collapsed ? barRect(lane, lane.rows[index]!, CANVAS_LANE_METRICS).top : lane.top;
        const lanesHeight = element.clientHeight - TIME_HEADER_HEIGHT;
        if (top < element.scrollTop || top + ROW_HEIGHT > element.scrollTop + lanesHeight)
          element.scrollTop = Math.max(0, top - 40);
      }
    } else {
      element.scrollLeft = scale.xOf(today) - canvasWidth / 3;
    }
    useUiStore.setState({ scrollRequest: null });
    openedView.current = true;
    measure();
  }, [scrollRequest, scale, dates, today, pxPerDay, measure, layouts, isMeasured]);

  // Remember where the canvas is (zoom, the day at its left edge, the vertical scroll) for the next time
  // this roadmap opens here: shortly after scrolling or zooming stops, and when the window goes. Read
  // while it is in the page (a removed element reads as unscrolled), written a moment later.
  const saveView = useRef<() => void>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: SavedView | null = null;
    const flush = () => {
      clearTimeout(timer);
      if (pending) rememberView(session.roadmapId, pending);
      pending = null;
    };
    saveView.current = () => {
      const element = scroller.current;
      // Not before the opening scroll (the restore itself) is done: that would save the unscrolled start.
      if (!element || !openedView.current) return;
      const current = lastScale.current;
      pending = {
        pxPerDay: current.pxPerDay,
        leftDay: toEpochDay(current.start) + element.scrollLeft / current.pxPerDay,
        top: element.scrollTop,
      };
      clearTimeout(timer);
      timer = setTimeout(flush, VIEW_SAVE_DELAY);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [session.roadmapId]);
  useEffect(() => saveView.current?.(), [scale]);
  const onScroll = useCallback(() => {
    measure();
    saveView.current?.();
  }, [measure]);

  // Over the canvas, the inspector must not hide what it edits: a bar or milestone under it is brought into
  // view left of it when the panel opens for it (not while zooming or dragging: that is the person's move).
  const floats = useUiStore((state) => inspectorFloats(state, false));
  const dragging = useDragStore((state) => state.preview !== null);
  const selection = useUiStore(selectionOf);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!floats || dragging || !element || !selection) return;
    const current = lastScale.current;
    const snapshot = session.store.getSnapshot();
    let start: number;
    let end: number;
    if (selection.kind === 'initiative') {
      const initiative = snapshot.initiatives.get(selection.id);
      if (!initiative || !isScheduled(initiative)) return;
      const drawn = drawnRange(initiative);
      const { x, width } = current.span(drawn.startDate, drawn.endDate);
      [start, end] = [x, x + Math.max(MIN_BAR_WIDTH, width)];
    } else if (selection.kind === 'milestone') {
      const milestone = snapshot.milestones.get(selection.id);
      if (!milestone) return;
      start = current.xOf(milestone.date) - 8;
      end = start + 16;
    } else return;
    const uncovered = element.clientWidth - LANE_HEADER_WIDTH - INSPECTOR_WIDTH;
    // Some of it showing left of the panel is enough.
    if (end > element.scrollLeft + 8 && start < element.scrollLeft + uncovered - 24) return;
    element.scrollLeft = start - uncovered / 3;
    measure();
  }, [floats, dragging, selection, session, measure]);

  // Ctrl/Cmd + wheel zooms the timeline (instead of the page) around the pointer.
  const onWheel = useCallback((event: WheelEvent<HTMLDivElement>) => {
    if (!event.ctrlKey && !event.metaKey) return;
    const element = scroller.current!;
    const offset = event.clientX - element.getBoundingClientRect().left - LANE_HEADER_WIDTH;
    useUiStore.getState().zoomBy(-Math.sign(event.deltaY) * Math.min(1, Math.abs(event.deltaY) / 100), { offset });
  }, []);
  useEffect(() => {
    // React's wheel listener is passive; a native one can stop the browser's page zoom.
    const element = scroller.current;
    const stopPageZoom = (event: globalThis.WheelEvent) => {
      if (event.ctrlKey || event.metaKey) event.preventDefault();
    };
    element?.addEventListener('wheel', stopPageZoom, { passive: false });
    return () => element?.removeEventListener('wheel', stopPageZoom);
  }, []);

  const drag = useCanvasDrag({ session, scale, layouts, fiscalYearStartMonth, scroller });
  const onKeyDown = useKeyboardMoves({ session, scale, layouts, fiscalYearStartMonth, readOnly });
  const announcement = useUiStore((state) => state.announcement);
  const todayX = LANE_HEADER_WIDTH + scale.xOf(today) + pxPerDay / 2;
  /** Schedules an initiative dropped from the Unscheduled tray: on the lane under the pointer, from that day. */
  const dropUnscheduled = (id: string, clientX: number, clientY: number) => {
    const element = scroller.current!;
    const rect = element.getBoundingClientRect();
    const x = clientX - rect.left + element.scrollLeft - LANE_HEADER_WIDTH;
    const y = clientY - rect.top + element.scrollTop - TIME_HEADER_HEIGHT;
    const target = laneAtY(layouts, y);
    const initiative = session.store.getSnapshot().initiatives.get(id);
    if (!target || x < 0 || !initiative) return;
    const startDate = scale.dateAt(x);
    const outcome = runCommand(session.doc, moveInitiatives, [
      { id, goalId: goalIdOfLane(target.lane.key), startDate },
    ]);
    if (!outcome.ok) return;
    const ui = useUiStore.getState();
    ui.select({ kind: 'initiative', id });
    ui.announce(`Scheduled ${initiative.title} on ${laneName(layouts, target.lane.key)} from ${formatDay(startDate)}.`);
  };

  return (
    <div
      className="timeline"
      ref={scroller}
      role="group"
      aria-label="Roadmap timeline"
      onDragOver={(event) => {
        // An initiative from the Unscheduled tray: the timeline takes it (see dropUnscheduled).
        if (!readOnly && event.dataTransfer.types.includes(UNSCHEDULED_DRAG_TYPE)) {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
        }
      }}
      onDrop={(event) => {
        const id = event.dataTransfer.getData(UNSCHEDULED_DRAG_TYPE);
        if (readOnly || !id || !scroller.current) return;
        event.preventDefault();
        dropUnscheduled(id, event.clientX, event.clientY);
      }}
      onScroll={onScroll}
      onWheel={onWheel}
      onKeyDown={onKeyDown}
      onClick={() => {
        if (!clickFollowsDrag()) select(null);
      }}
    >
      <div
        className="timeline-content"
        style={{ width: LANE_HEADER_WIDTH + scale.width, height: TIME_HEADER_HEIGHT + totalHeight }}
      >
        <div className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </div>
        <TimeHeader scale={scale} today={today} fiscalYearStartMonth={fiscalYearStartMonth} view={horizontal} />
        <DndContext {...drag} sensors={readOnly ? NO_SENSORS : drag.sensors}>
          <DragSurface height={totalHeight}>
            <GridLayer
              scale={scale}
              height={totalHeight}
              fiscalYearStartMonth={fiscalYearStartMonth}
              view={horizontal}
            />
            {visibleLanes.map((layout) => (
              <Lane
                key={layout.lane.key}
                layout={layout}
                teamPalette={teamPalette}
                scale={scale}
                viewFrom={horizontal.from}
                viewTo={horizontal.to}
              />
            ))}
            <div className="today-line" style={{ left: todayX, height: totalHeight }} aria-hidden="true" />
            <DependencyLayer layouts={layouts} scale={scale} height={totalHeight} />
            <RemoteDrags layouts={visibleLanes} scale={scale} />
            <DragPreview layouts={visibleLanes} scale={scale} scroller={scroller} />
          </DragSurface>
        </DndContext>
        {!readOnly && isMeasured && <EmptyGuide top={TIME_HEADER_HEIGHT + totalHeight + 24} onOpenFile={onOpenFile} />}
      </div>
    </div>
  );
}

const NO_SENSORS: never[] = [];
/** How long after the last scroll or zoom the view is remembered. */
const VIEW_SAVE_DELAY = 200;
const UNMEASURED: Viewport = { left: 0, top: 0, width: 1200, height: 800 };
const NOTHING_LAID_OUT = { layouts: [], totalHeight: 0 };

/** The first and last of some dates, and the days from one to the other (inclusive). */
function dateSpan(dates: readonly string[]) {
  let first = dates[0]!;
  let last = dates[0]!;
  for (const date of dates) {
    if (date < first) first = date;
    if (date > last) last = date;
  }
  return { first, last, days: toEpochDay(last) - toEpochDay(first) + 1 };
}

/** The density at which `dates` fill a canvas `width` wide ("Fit"), or null when there are none. */
function fitDensity(dates: readonly string[], width: number): number | null {
  if (dates.length === 0) return null;
  // A little air on both sides, and room on the right for the last milestone's label.
  return fitPxPerDay(dateSpan(dates).days * 1.06, width - FIT_LABEL_ROOM);
}

/**
 * The one dnd-kit draggable of the canvas: it spans the lanes and starts whatever gesture the element
 * under the pointer calls for. Its children are created by the timeline, so dnd-kit's per-move updates
 * re-render this wrapper only.
 */
function DragSurface({ height, children }: { height: number; children: ReactNode }) {
  const { setNodeRef, listeners } = useDraggable({ id: 'canvas' });
  return (
    <div className="lanes" ref={setNodeRef} style={{ height }} {...listeners}>
      {children}
    </div>
  );
}

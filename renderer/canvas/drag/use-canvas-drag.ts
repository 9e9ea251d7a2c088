import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import {
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import {
  addDays,
  AVERAGE_UNIT_DAYS,
  addDependency,
  barBoxes,
  createInitiative,
  moveByDrag,
  moveInitiatives,
  reorderGoal,
  rangeByCreateDrag,
  resizeByDrag,
  goalIdOfLane,
  UNALIGNED_LANE,
  updateInitiative,
  updateMilestone,
  zoomLevelAt,
  type DragKind,
  type Initiative,
  type IsoDate,
  type LaneLayout,
  type Milestone,
  type TimeScale,
} from '../../../shared';
import { runCommand } from '../../state/run-command';
import type { RoadmapSession } from '../../state/roadmap-session';
import { useUiStore } from '../../state/ui-store';
import { formatRange } from '../format';
import { CANVAS_LANE_METRICS, LANE_HEADER_WIDTH, TIME_HEADER_HEIGHT } from '../geometry';
import { useDragStore, type DragPreview } from './drag-store';
import { showMovedBar } from './show-moved';
import { revealNew } from '../../state/reveal';
import { CanvasKeyboardSensor, CanvasPointerSensor, dragHandleOf } from './sensors';

/** Where a drag started and what it carries. */
interface DragOrigin {
  readonly kind: DragKind | 'connect' | 'milestone' | 'lane';
  readonly laneKey: string;
  /** The dragged initiative first, then the rest of the selection, each with where it is now. */
  readonly items: readonly (Initiative & { laneKey: string; row: number })[];
  readonly milestone: Milestone | null;
  /** For drag-to-create: the day under the pointer when the drag started. */
  readonly anchorDate: IsoDate | null;
  /** Where the pointer started, in canvas coordinates (drawing a dependency follows it). */
  readonly pointer: { x: number; y: number } | null;
}

interface CanvasDragInputs {
  session: RoadmapSession;
  scale: TimeScale;
  layouts: readonly LaneLayout[];
  fiscalYearStartMonth: number;
  scroller: RefObject<HTMLDivElement | null>;
}

/**
 * Where a goal's lane would go if dropped at canvas y: before or after the sibling lane under the pointer
 * (same parent goal: reordering keeps nesting), or null when that is no place for it.
 */
function laneDropAt(layouts: readonly LaneLayout[], key: string, y: number) {
  const dragged = layouts.find((layout) => layout.lane.key === key);
  const target = laneAtY(layouts, y);
  if (!dragged?.lane.goal || !target || target.lane.key === key) return null;
  const parentOf = (layout: LaneLayout) => (layout.lane.depth === 0 ? null : layout.lane.goal!.parentId);
  const siblings = layouts.filter(
    (layout) =>
      layout.lane.goal &&
      layout.lane.depth === dragged.lane.depth &&
      parentOf(layout) === parentOf(dragged) &&
      layout.lane.key !== key,
  );
  const title = dragged.lane.goal.title;
  // Over Unaligned (always last): a top-level goal goes to the end, just above it.
  if (!target.lane.goal) {
    if (dragged.lane.depth !== 0) return null;
    return { y: target.top, afterId: siblings.at(-1)?.lane.key ?? null, beforeId: null, title };
  }
  if (!siblings.includes(target)) return null;
  const index = siblings.indexOf(target);
  const before = y < target.top + target.height / 2;
  const after = before ? siblings[index - 1] : target;
  const next = before ? target : siblings[index + 1];
  return {
    y: before ? target.top : target.top + target.height,
    afterId: after?.lane.key ?? null,
    beforeId: next?.lane.key ?? null,
    title,
  };
}

/** Which lane and row an initiative is drawn in. */
function placeOf(layouts: readonly LaneLayout[], id: string): { laneKey: string; row: number } | null {
  for (const layout of layouts) {
    const index = layout.lane.initiatives.findIndex((initiative) => initiative.id === id);
    if (index >= 0) return { laneKey: layout.lane.key, row: layout.rows[index] ?? 0 };
  }
  return null;
}

export function laneName(layouts: readonly LaneLayout[], key: string): string {
  return layouts.find((layout) => layout.lane.key === key)?.lane.goal?.title ?? 'Unaligned';
}

/** The lane whose band contains canvas y (clamped to the first and last lane). */
function laneAtY(layouts: readonly LaneLayout[], y: number): LaneLayout | undefined {
  return layouts.find((layout) => y < layout.top + layout.height) ?? layouts[layouts.length - 1];
}

/**
 * Every drag on the canvas through one dnd-kit draggable (the lanes surface): moving bars across lanes
 * and time, resizing their edges, drawing new ones on empty lane space, by pointer or keyboard. What a
 * gesture does is decided when it starts, from the element under the pointer; while it runs, only the
 * preview changes; when it ends, exactly one command runs (one undo step); Escape cancels.
 */
export function useCanvasDrag(inputs: CanvasDragInputs) {
  const latest = useRef(inputs);
  useLayoutEffect(() => {
    latest.current = inputs;
  });
  const origin = useRef<DragOrigin | null>(null);
  const latestBox = (id: string) => {
    const { layouts, scale } = latest.current;
    return barBoxes(layouts, scale, CANVAS_LANE_METRICS, new Set([id])).get(id);
  };

  // Arrow keys move by one snap unit in time, or to the next lane up or down. Each press steps from where
  // the last one went: dnd-kit's current coordinates lag behind until React has re-rendered, and quick
  // presses would otherwise step from the same place (three presses, one move).
  // When the canvas has scrolled since (dnd-kit scrolls instead of moving near the edges), the measured
  // coordinates are the ones to trust again.
  const coordinateGetter: KeyboardCoordinateGetter = (event, { currentCoordinates: measured }) => {
    const element = latest.current.scroller.current;
    const scrolledTo = `${element?.scrollLeft ?? 0},${element?.scrollTop ?? 0}`;
    const base = keyboardAt.current && keyboardAt.current.scrolledTo === scrolledTo ? keyboardAt.current : measured;
    const next = keyboardStep(event, { x: base.x, y: base.y });
    if (next) keyboardAt.current = { ...next, scrolledTo };
    return next;
  };
  const keyboardAt = useRef<{ x: number; y: number; scrolledTo: string } | null>(null);
  const keyboardStep = (event: KeyboardEvent, currentCoordinates: { x: number; y: number }) => {
    const { scale, layouts } = latest.current;
    const step = AVERAGE_UNIT_DAYS[zoomLevelAt(scale.pxPerDay).snap] * scale.pxPerDay;
    const current = origin.current;
    const start = layouts.find((layout) => layout.lane.key === current?.laneKey);
    switch (event.code) {
      case 'ArrowRight':
        return { ...currentCoordinates, x: currentCoordinates.x + step };
      case 'ArrowLeft':
        return { ...currentCoordinates, x: currentCoordinates.x - step };
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!start) return currentCoordinates;
        // Find the lane the keyboard drag is over now, then step to its neighbour's middle.
        const offset = keyboardOffset.current;
        const here = laneAtY(layouts, start.top + start.height / 2 + offset);
        const index = here ? layouts.indexOf(here) : -1;
        const next = layouts[index + (event.code === 'ArrowDown' ? 1 : -1)];
        if (!here || !next) return currentCoordinates;
        const move = next.top + next.height / 2 - (here.top + here.height / 2);
        keyboardOffset.current += move;
        return { ...currentCoordinates, y: currentCoordinates.y + move };
      }
      default:
        return undefined;
    }
  };
  const keyboardOffset = useRef(0);

  const sensors = useSensors(
    useSensor(CanvasPointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(CanvasKeyboardSensor, { coordinateGetter }),
  );

  const previewFor = (event: DragMoveEvent | DragEndEvent): DragPreview | null => {
    const from = origin.current;
    if (!from) return null;
    const { scale, layouts, fiscalYearStartMonth } = latest.current;
    const snap = zoomLevelAt(scale.pxPerDay).snap;
    const deltaDays = event.delta.x / scale.pxPerDay;
    if (from.kind === 'create') {
      const current = addDays(from.anchorDate!, Math.round(deltaDays));
      const range = rangeByCreateDrag(from.anchorDate!, current, snap, fiscalYearStartMonth);
      return {
        kind: 'create',
        laneKey: from.laneKey,
        ghosts: [{ id: null, title: 'New initiative', ...range, laneKey: from.laneKey, row: 0 }],
      };
    }
    // The lane under the pointer (or, from the keyboard, the lane stepped to): lanes are the drop
    // targets, found from the same layout that draws them, so virtualized lanes need no DOM targets.
    const targetLane = () => {
      const start = layouts.find((layout) => layout.lane.key === from.laneKey);
      const y = from.pointer
        ? from.pointer.y + event.delta.y
        : start
          ? start.top + start.height / 2 + event.delta.y
          : null;
      return y === null ? from.laneKey : (laneAtY(layouts, y)?.lane.key ?? from.laneKey);
    };
    if (from.kind === 'lane') {
      const y = from.pointer ? from.pointer.y + event.delta.y : 0;
      return { kind: 'lane', laneKey: from.laneKey, ghosts: [], laneDrop: laneDropAt(layouts, from.laneKey, y) };
    }
    if (from.kind === 'milestone') {
      const milestone = from.milestone!;
      const days = moveByDrag(
        { startDate: milestone.date, endDate: milestone.date },
        deltaDays,
        snap,
        fiscalYearStartMonth,
      );
      const laneKey = targetLane();
      return {
        kind: 'milestone',
        laneKey,
        ghosts: [],
        milestone: { id: milestone.id, title: milestone.title, date: addDays(milestone.date, days), laneKey },
      };
    }
    const primary = from.items[0]!;
    if (from.kind === 'connect') {
      const activator = event.activatorEvent as PointerEvent;
      const under = document.elementFromPoint(activator.clientX + event.delta.x, activator.clientY + event.delta.y);
      const targetId = under?.closest<HTMLElement>('[data-initiative-id]')?.dataset.initiativeId ?? null;
      const source = latestBox(primary.id);
      return {
        kind: 'connect',
        laneKey: from.laneKey,
        ghosts: [],
        link: {
          x1: source?.right ?? from.pointer!.x,
          y1: source?.middle ?? from.pointer!.y,
          x2: from.pointer!.x + event.delta.x,
          y2: from.pointer!.y + event.delta.y,
          targetId: targetId !== primary.id ? targetId : null,
        },
      };
    }
    if (from.kind === 'resize-start' || from.kind === 'resize-end') {
      const range = resizeByDrag(
        primary,
        from.kind === 'resize-start' ? 'start' : 'end',
        deltaDays,
        snap,
        fiscalYearStartMonth,
      );
      return {
        kind: from.kind,
        laneKey: from.laneKey,
        ghosts: [{ id: primary.id, title: primary.title, ...range, laneKey: primary.laneKey, row: primary.row }],
      };
    }
    const days = moveByDrag(primary, deltaDays, snap, fiscalYearStartMonth);
    const laneKey = targetLane();
    // Dropped on another lane, the whole selection goes there; otherwise each keeps its own lane.
    const laneChanged = laneKey !== from.laneKey;
    const ghosts = from.items.map((item, index) => ({
      id: item.id,
      title: item.title,
      startDate: addDays(item.startDate, days),
      endDate: addDays(item.endDate, days),
      laneKey: laneChanged ? laneKey : item.laneKey,
      row: laneChanged ? index : item.row,
    }));
    return { kind: 'move', laneKey, ghosts };
  };

  const onDragStart = (event: DragStartEvent) => {
    const handle = dragHandleOf(event.activatorEvent.target);
    const { session, scale, scroller } = latest.current;
    if (!handle) return;
    const kind = handle.dataset.drag as DragOrigin['kind'];
    const laneKey = handle.closest<HTMLElement>('[data-lane-key]')?.dataset.laneKey ?? UNALIGNED_LANE;
    keyboardOffset.current = 0;
    keyboardAt.current = null;
    // Keyboard drags have no pointer: they step from the middle of the lane they started in.
    const pointer = canvasPointOf(event.activatorEvent, scroller.current);
    const snapshot = session.store.getSnapshot();
    if (kind === 'lane') {
      if (laneKey === UNALIGNED_LANE) return; // Unaligned stays at the bottom
      origin.current = { kind, laneKey, items: [], milestone: null, anchorDate: null, pointer };
    } else if (kind === 'create') {
      origin.current = {
        kind,
        laneKey,
        items: [],
        milestone: null,
        anchorDate: scale.dateAt(pointer?.x ?? 0),
        pointer,
      };
    } else if (kind === 'milestone') {
      const milestone = snapshot.milestones.get(handle.dataset.milestoneId ?? '');
      if (!milestone) return;
      origin.current = { kind, laneKey, items: [], milestone, anchorDate: null, pointer };
      useUiStore.getState().select({ kind: 'milestone', id: milestone.id });
    } else {
      const id = handle.closest<HTMLElement>('[data-initiative-id]')?.dataset.initiativeId;
      if (!id || !snapshot.initiatives.has(id)) return;
      // Dragging a bar of a multi-selection moves them all; dragging another bar selects just it.
      const selected = useUiStore.getState().selectedInitiatives;
      const ids = kind === 'move' && selected.includes(id) ? [id, ...selected.filter((other) => other !== id)] : [id];
      if (!selected.includes(id)) useUiStore.getState().select({ kind: 'initiative', id });
      const items = ids.flatMap((itemId) => {
        const placed = placeOf(latest.current.layouts, itemId);
        const initiative = snapshot.initiatives.get(itemId);
        return initiative && placed ? [{ ...initiative, ...placed }] : [];
      });
      origin.current = { kind, laneKey, items, milestone: null, anchorDate: null, pointer };
    }
    useDragStore.setState({
      preview: previewFor({ ...event, delta: { x: 0, y: 0 }, over: null } as unknown as DragMoveEvent),
    });
  };

  const onDragMove = (event: DragMoveEvent) => {
    useDragStore.setState({ preview: previewFor(event) });
  };

  const finish = () => {
    origin.current = null;
    useDragStore.setState({ preview: null, endedAt: performance.now() });
  };

  const onDragEnd = (event: DragEndEvent) => {
    const from = origin.current;
    const preview = previewFor(event);
    finish();
    if (!from || !preview) return;
    const { doc } = latest.current.session;
    const goalId = goalIdOfLane(preview.laneKey);
    if (preview.kind === 'lane') {
      const drop = preview.laneDrop;
      if (drop) runCommand(doc, reorderGoal, { id: from.laneKey, afterId: drop.afterId, beforeId: drop.beforeId });
    } else if (preview.kind === 'milestone') {
      const ghost = preview.milestone!;
      const milestone = from.milestone!;
      const laneChanged = ghost.laneKey !== from.laneKey;
      if (laneChanged || ghost.date !== milestone.date) {
        runCommand(doc, updateMilestone, {
          id: milestone.id,
          changes: { date: ghost.date, ...(laneChanged ? { goalId } : {}) },
        });
      }
    } else if (preview.kind === 'connect') {
      const targetId = preview.link?.targetId;
      if (targetId) {
        const outcome = runCommand(doc, addDependency, { fromId: from.items[0]!.id, toId: targetId });
        if (!outcome.ok) useUiStore.getState().notify(outcome.problems.map((problem) => problem.message).join(' '));
      }
    } else if (preview.kind === 'create') {
      const ghost = preview.ghosts[0]!;
      const outcome = runCommand(doc, createInitiative, {
        title: 'New initiative',
        goalId,
        startDate: ghost.startDate,
        endDate: ghost.endDate,
      });
      if (outcome.ok) revealNew('initiative', outcome.result, goalId);
    } else if (preview.kind === 'move') {
      const laneChanged = preview.laneKey !== from.laneKey;
      const moves = preview.ghosts
        .map((ghost, index) => ({ ghost, item: from.items[index]! }))
        .filter(({ ghost, item }) => laneChanged || ghost.startDate !== item.startDate)
        .map(({ ghost }) => ({ id: ghost.id!, startDate: ghost.startDate, ...(laneChanged ? { goalId } : {}) }));
      if (moves.length > 0 && runCommand(doc, moveInitiatives, moves).ok) {
        showMovedBar(preview.laneKey, moves[0]!.id);
      }
    } else {
      const ghost = preview.ghosts[0]!;
      const item = from.items[0]!;
      if (ghost.startDate !== item.startDate || ghost.endDate !== item.endDate) {
        runCommand(doc, updateInitiative, {
          id: item.id,
          changes: { startDate: ghost.startDate, endDate: ghost.endDate },
        });
      }
    }
  };

  // Screen-reader announcements, phrased from the same preview the eyes see.
  const announcements: Announcements = useMemo(
    () => ({
      onDragStart: () => {
        const from = origin.current;
        const count = from?.items.length ?? 0;
        const title =
          from?.kind === 'lane'
            ? `the lane ${laneName(latest.current.layouts, from.laneKey)}`
            : (from?.milestone?.title ?? from?.items[0]?.title ?? 'a new initiative');
        if (count > 1)
          return `Picked up ${title} and ${count - 1} more. Arrow keys move them; Enter drops; Escape cancels.`;
        return `Picked up ${title}. Arrow keys move it in time or to another goal; Enter drops it; Escape cancels.`;
      },
      onDragMove: () => describe(useDragStore.getState().preview, latest.current.layouts, 'Moving'),
      onDragOver: () => undefined,
      onDragEnd: () => 'Dropped.',
      onDragCancel: () => 'Cancelled; nothing changed.',
    }),
    [],
  );

  return {
    sensors,
    // Scroll the canvas only when the pointer is really at its edge, not a fifth of the way in.
    autoScroll: { threshold: { x: 0.06, y: 0.12 } },
    onDragStart,
    onDragMove,
    onDragEnd,
    onDragCancel: () => {
      const id = origin.current?.items[0]?.id;
      finish();
      if (id) showMovedBar(null, id);
    },
    accessibility: {
      announcements,
      // dnd-kit would focus the first focusable element of the whole canvas; the moved bar gets it instead.
      restoreFocus: false,
      screenReaderInstructions: {
        draggable: 'To move an initiative, press Enter, then use the arrow keys; Enter drops it, Escape cancels.',
      },
    },
  };
}

/** A pointer event's position in canvas coordinates (x from the time scale's origin, y from the first lane). */
function canvasPointOf(event: Event, scroller: HTMLDivElement | null): { x: number; y: number } | null {
  if (!(event instanceof PointerEvent) || !scroller) return null;
  const rect = scroller.getBoundingClientRect();
  return {
    x: event.clientX - rect.left + scroller.scrollLeft - LANE_HEADER_WIDTH,
    y: event.clientY - rect.top + scroller.scrollTop - TIME_HEADER_HEIGHT,
  };
}

function describe(preview: DragPreview | null, layouts: readonly LaneLayout[], verb: string): string | undefined {
  const ghost = preview?.ghosts[0];
  if (!preview || !ghost) return undefined;
  return `${verb} ${ghost.title} to ${laneName(layouts, preview.laneKey)}, ${formatRange(ghost.startDate, ghost.endDate)}.`;
}

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
  barBoxes,
  connectDrop,
  goalIdOfLane,
  isScheduled,
  connectPreview,
  createDrop,
  createPreview,
  keyboardStep,
  laneName,
  laneReorderDrop,
  laneReorderPreview,
  milestoneDrop,
  milestonePreview,
  moveDrop,
  movePreview,
  placeOf,
  resizeDrop,
  resizePreview,
  UNALIGNED_LANE,
  type CommandCall,
  type Delta,
  type GestureContext,
  type GestureOrigin,
  type LaneLayout,
  type TimeScale,
} from '../../../shared';
import { runCommand } from '../../state/run-command';
import type { RoadmapSession } from '../../state/roadmap-session';
import { useUiStore } from '../../state/ui-store';
import { formatRange } from '../../ui/format';
import { CANVAS_LANE_METRICS, LANE_HEADER_WIDTH, TIME_HEADER_HEIGHT } from '../geometry';
import { useDragStore, type DragPreview } from '../../presence/drag-store';
import { showMovedBar } from './show-moved';
import { revealNew } from '../../state/reveal';
import { CanvasKeyboardSensor, CanvasPointerSensor, dragHandleOf } from './sensors';

interface CanvasDragInputs {
  session: RoadmapSession;
  scale: TimeScale;
  layouts: readonly LaneLayout[];
  fiscalYearStartMonth: number;
  scroller: RefObject<HTMLDivElement | null>;
}

/** The rules of each gesture (shared/gestures): its preview while it runs, and the command its drop runs. */
const GESTURES = {
  move: { drop: moveDrop },
  'resize-start': { drop: resizeDrop },
  'resize-end': { drop: resizeDrop },
  create: { drop: createDrop },
  milestone: { drop: milestoneDrop },
  connect: { drop: connectDrop },
  lane: { drop: laneReorderDrop },
} satisfies Record<
  GestureOrigin['kind'],
  { drop: (origin: GestureOrigin, preview: DragPreview) => CommandCall | null }
>;

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
  const origin = useRef<GestureOrigin | null>(null);
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
    const next = keyboardStepFrom(event, { x: base.x, y: base.y });
    if (next) keyboardAt.current = { ...next, scrolledTo };
    return next;
  };
  const keyboardAt = useRef<{ x: number; y: number; scrolledTo: string } | null>(null);
  const keyboardOffset = useRef(0);
  const keyboardStepFrom = (event: KeyboardEvent, at: { x: number; y: number }) => {
    const step = keyboardStep(event.code, at, latest.current, {
      laneKey: origin.current?.laneKey ?? '',
      offsetY: keyboardOffset.current,
    });
    if (!step) return undefined;
    keyboardOffset.current = step.offsetY;
    return { x: step.x, y: step.y };
  };

  const sensors = useSensors(
    useSensor(CanvasPointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(CanvasKeyboardSensor, { coordinateGetter }),
  );

  const previewFor = (event: DragMoveEvent | DragEndEvent): DragPreview | null => {
    const from = origin.current;
    if (!from) return null;
    const { scale, layouts, fiscalYearStartMonth, session } = latest.current;
    const context: GestureContext = { scale, layouts, fiscalYearStartMonth };
    const delta: Delta = event.delta;
    switch (from.kind) {
      case 'create':
        return createPreview(from, delta, context);
      case 'lane':
        return laneReorderPreview(from, delta, context);
      case 'milestone':
        return milestonePreview(from, delta, context);
      case 'resize-start':
      case 'resize-end':
        return resizePreview(from, delta, context);
      case 'connect': {
        // What is under the pointer is the view's to find: the bar element there, if any.
        const activator = event.activatorEvent as PointerEvent;
        const under = document.elementFromPoint(activator.clientX + delta.x, activator.clientY + delta.y);
        const targetId = under?.closest<HTMLElement>('[data-initiative-id]')?.dataset.initiativeId ?? null;
        return connectPreview(from, delta, latestBox(from.items[0]!.id), targetId);
      }
      case 'move':
        return movePreview(from, delta, context, (id) => session.store.getSnapshot().initiatives.get(id));
    }
  };

  const onDragStart = (event: DragStartEvent) => {
    const handle = dragHandleOf(event.activatorEvent.target);
    const { session, scale, scroller } = latest.current;
    if (!handle) return;
    const kind = handle.dataset.drag as GestureOrigin['kind'];
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
        return initiative && placed && isScheduled(initiative) ? [{ ...initiative, ...placed }] : [];
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
    const drop = GESTURES[from.kind].drop(from, preview);
    if (!drop) return;
    const outcome = runCommand(latest.current.session.doc, drop.command, drop.input);
    // What follows a drop is the view's: say a refusal, show a new or moved bar.
    if (!outcome.ok) {
      if (from.kind === 'connect')
        useUiStore.getState().notify(outcome.problems.map((problem) => problem.message).join(' '));
    } else if (from.kind === 'create') {
      revealNew('initiative', outcome.result as string, goalIdOfLane(preview.laneKey));
    } else if (from.kind === 'move') {
      showMovedBar(preview.laneKey, (drop.input as { id: string }[])[0]!.id);
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

import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  boardCellId,
  boardCellOf,
  boardDrop,
  horizonOf,
  neighbourBoardCell,
  type BoardCell,
  type Horizons,
  type HorizonKey,
} from '../../shared';
import { runCommand } from '../state/run-command';
import type { RoadmapSession } from '../state/roadmap-session';
import { useUiStore } from '../state/ui-store';

/** What a card carries while it is dragged: its title and the cell it was picked up from. */
export interface CardDragData {
  readonly title: string;
  readonly cell: BoardCell;
}

interface BoardDragInputs {
  session: RoadmapSession;
  horizons: Horizons;
  /** The rows shown, in order (lane keys). */
  laneKeys: readonly string[];
  /** How the board names a row (a goal's title, or Unaligned). */
  rowName: (laneKey: string) => string;
}

/** A cell's padding (board.css): where its first card sits. */
const CELL_PADDING = 8;

const HORIZON_NAMES: Record<HorizonKey, string> = { now: 'Now', next: 'Next', later: 'Later' };

/** "Next, Grow activation": how announcements name a cell. */
export function cellName(cell: BoardCell, rowName: (laneKey: string) => string): string {
  return `${HORIZON_NAMES[cell.horizon]}, ${rowName(cell.laneKey)}`;
}

/**
 * Dragging cards between the board's cells, by pointer or keyboard (Space or Enter picks up, arrows step
 * from cell to cell, Space or Enter drops, Escape cancels). A dragged card of a selection brings the
 * others along. The drop runs one moveInitiatives call (one undo step); the moves are announced.
 */
export function useBoardDrag(inputs: BoardDragInputs) {
  const latest = useRef(inputs);
  useLayoutEffect(() => {
    latest.current = inputs;
  });
  /** The dragged cards' ids, the grabbed one first (the last drag's, once it ended). */
  const dragged = useRef<readonly string[]>([]);
  /** During a keyboard drag, the cell the arrows have reached (the pointer's is found by dnd-kit). */
  const keyboardCell = useRef<BoardCell | null>(null);
  /** The cell the last announcement named, so a drag is not announced over the cell it is already over. */
  const announcedCell = useRef<string | null>(null);
  const [draggedCount, setDraggedCount] = useState(0);
  const [activeId, setActiveId] = useState<string | null>(null);
  /** The card to give the focus back to once it has re-rendered in its new cell. */
  const [focusAfterDrop, setFocusAfterDrop] = useState<string | null>(null);

  const focused = useCallback(() => setFocusAfterDrop(null), []);

  const coordinateGetter: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
    const from = keyboardCell.current;
    if (!from) return undefined;
    const next = neighbourBoardCell(from, event.code, latest.current.laneKeys);
    if (!next) return undefined;
    event.preventDefault();
    keyboardCell.current = next;
    // Where the cell is now (the board may have scrolled since the drag began), not where it was measured:
    // dnd-kit then scrolls the board to bring a cell out of sight under the card.
    const rect = context.droppableContainers.get(boardCellId(next))?.node.current?.getBoundingClientRect();
    // The card goes where a first card of the cell sits; without the cell in the page it stays put.
    return rect ? { x: rect.left + CELL_PADDING, y: rect.top + CELL_PADDING } : currentCoordinates;
  };

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    // Scrolling at once, not smoothly: a quick second press steps from where the first one went.
    useSensor(KeyboardSensor, { coordinateGetter, scrollBehavior: 'auto' }),
  );

  // The pointer's cell is the one under it; a keyboard drag's is the one the arrows reached.
  const collisionDetection: CollisionDetection = (args) => {
    const cell = keyboardCell.current;
    return cell ? [{ id: boardCellId(cell) }] : pointerWithin(args);
  };

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    const data = active.data.current as CardDragData | undefined;
    if (!data) return;
    const id = String(active.id);
    const ui = useUiStore.getState();
    const { initiatives } = latest.current.session.store.getSnapshot();
    // Dragging a card of a multi-selection moves every selected card on the board; another card, just it.
    const onBoard = (other: string) => {
      const initiative = initiatives.get(other);
      return initiative !== undefined && horizonOf(initiative, latest.current.horizons) !== null;
    };
    const ids = ui.selectedInitiatives.includes(id)
      ? [id, ...ui.selectedInitiatives.filter((other) => other !== id && onBoard(other))]
      : [id];
    if (!ui.selectedInitiatives.includes(id)) ui.select({ kind: 'initiative', id });
    dragged.current = ids;
    announcedCell.current = boardCellId(data.cell);
    keyboardCell.current = activatorEvent instanceof KeyboardEvent ? data.cell : null;
    setActiveId(id);
    setDraggedCount(ids.length);
  };

  /** When the last drag ended: the click the browser sends after a pointer drag is not a click on the board. */
  const endedAt = useRef(0);
  const finish = () => {
    endedAt.current = performance.now();
    // `dragged` stays until the next drag: the announcement of this one's end still counts the cards.
    const id = dragged.current[0] ?? null;
    keyboardCell.current = null;
    setActiveId(null);
    setDraggedCount(0);
    setFocusAfterDrop(id);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const ids = dragged.current;
    const data = active.data.current as CardDragData | undefined;
    finish();
    const to = over ? boardCellOf(String(over.id)) : null;
    if (!data || !to) return;
    const { session, horizons } = latest.current;
    const { initiatives, goals } = session.store.getSnapshot();
    const items = ids.flatMap((id) => initiatives.get(id) ?? []);
    const drop = boardDrop(items, data.cell, to, horizons, goals);
    if (drop) runCommand(session.doc, drop.command, drop.input);
  };

  // Spoken by dnd-kit's live region, in plain words, from what the event carries.
  const announcements: Announcements = useMemo(() => {
    const name = (cell: BoardCell) => cellName(cell, latest.current.rowName);
    const what = (active: { data: { current?: unknown } }) => {
      const title = (active.data.current as CardDragData | undefined)?.title ?? 'the card';
      const more = dragged.current.length - 1;
      return more > 0 ? `${title} and ${more} more` : title;
    };
    const cellOf = (id: UniqueIdentifier | undefined) => (id === undefined ? null : boardCellOf(String(id)));
    const fromOf = (active: { data: { current?: unknown } }) => (active.data.current as CardDragData).cell;
    return {
      onDragStart: ({ active }) =>
        `Picked up ${what(active)} in ${name(fromOf(active))}. Arrow keys move it to another horizon or goal; Space or Enter drops it; Escape cancels.`,
      onDragOver: ({ active, over }) => {
        const cell = cellOf(over?.id);
        const id = cell ? boardCellId(cell) : null;
        if (id === announcedCell.current) return undefined;
        announcedCell.current = id;
        return cell ? `${what(active)} is over ${name(cell)}.` : `${what(active)} is not over a cell.`;
      },
      onDragEnd: ({ active, over }) => {
        const cell = cellOf(over?.id);
        const from = fromOf(active);
        if (!cell || boardCellId(cell) === boardCellId(from)) return `${what(active)} stays in ${name(from)}.`;
        return `Moved ${what(active)} to ${name(cell)}.`;
      },
      onDragCancel: ({ active }) => `Cancelled; ${what(active)} stays in ${name(fromOf(active))}.`,
    };
  }, []);

  return {
    activeId,
    draggedCount,
    focusAfterDrop,
    focused,
    clickFollowsDrag: () => performance.now() - endedAt.current < 250,
    context: {
      sensors,
      collisionDetection,
      onDragStart,
      onDragEnd,
      onDragCancel: finish,
      accessibility: {
        announcements,
        // The card re-renders in its new cell: the board gives it the focus back itself.
        restoreFocus: false,
        screenReaderInstructions: {
          draggable:
            'To move a card, press Space or Enter, then the arrow keys: left and right change the horizon, up and down the goal. Space or Enter drops it, Escape cancels.',
        },
      },
    },
  };
}

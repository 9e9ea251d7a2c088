import { moveInitiatives } from '../commands/initiatives';
import type { Initiative } from '../model/initiative';
import { HORIZON_KEYS, startDateForHorizon, type HorizonKey, type Horizons } from '../read-model/horizons';
import { goalIdOfLane, laneKeyOf } from '../read-model/lanes';
import { call, type CommandCall } from './preview';

/** A cell of the Now/Next/Later board: a goal's row (its lane key) in one horizon's column. */
export interface BoardCell {
  readonly laneKey: string;
  readonly horizon: HorizonKey;
}

/** The cell id dnd-kit knows a board cell by ("now|goal-1"), and back. */
export function boardCellId(cell: BoardCell): string {
  return `${cell.horizon}|${cell.laneKey}`;
}

/** The cell a dnd-kit id names, or null for an id that is not a board cell's. */
export function boardCellOf(id: string): BoardCell | null {
  const bar = id.indexOf('|');
  const horizon = id.slice(0, bar);
  if (bar < 0 || (horizon !== 'now' && horizon !== 'next' && horizon !== 'later')) return null;
  return { horizon, laneKey: id.slice(bar + 1) };
}

/**
 * What dropping cards on a board cell does, as one moveInitiatives call (one undo step), or null when
 * nothing changes. `items` are the cards dragged, the grabbed one first, picked up from cell `from`.
 * Into another column: each card not in that column already starts at its start, keeping its length.
 * Into another row: each card not on that goal already goes to it (its key results of the old goal are
 * let go by the command). Both at once in one drop.
 */
export function boardDrop(
  items: readonly Pick<Initiative, 'id' | 'goalId' | 'startDate' | 'endDate' | 'status'>[],
  from: BoardCell,
  to: BoardCell,
  horizons: Horizons,
  goals: ReadonlyMap<string, unknown>,
): CommandCall | null {
  const otherRow = to.laneKey !== from.laneKey;
  const otherColumn = to.horizon !== from.horizon;
  const moves = items.flatMap((item) => {
    const goalId = otherRow && laneKeyOf(item.goalId, goals) !== to.laneKey ? { goalId: goalIdOfLane(to.laneKey) } : {};
    const startDate = otherColumn ? startDateForHorizon(item, to.horizon, horizons) : undefined;
    const move = { id: item.id, ...goalId, ...(startDate !== undefined ? { startDate } : {}) };
    return 'goalId' in move || 'startDate' in move ? [move] : [];
  });
  return moves.length > 0 ? call(moveInitiatives, moves) : null;
}

/**
 * The cell an arrow key moves a picked-up card to: left and right between the horizons, up and down
 * between the rows (`laneKeys`, in order); null at the board's edge or for another key.
 */
export function neighbourBoardCell(cell: BoardCell, code: string, laneKeys: readonly string[]): BoardCell | null {
  const column = HORIZON_KEYS.indexOf(cell.horizon);
  const row = laneKeys.indexOf(cell.laneKey);
  const step = (index: number, length: number, by: number) => {
    const next = index + by;
    return index < 0 || next < 0 || next >= length ? null : next;
  };
  if (code === 'ArrowLeft' || code === 'ArrowRight') {
    const next = step(column, HORIZON_KEYS.length, code === 'ArrowLeft' ? -1 : 1);
    return next === null ? null : { ...cell, horizon: HORIZON_KEYS[next]! };
  }
  if (code === 'ArrowUp' || code === 'ArrowDown') {
    const next = step(row, laneKeys.length, code === 'ArrowUp' ? -1 : 1);
    return next === null ? null : { ...cell, laneKey: laneKeys[next]! };
  }
  return null;
}

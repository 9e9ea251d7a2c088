import type * as Y from 'yjs';
import {
  parseLocaleNumber,
  endDateChanges,
  startDateChanges,
  UNALIGNED_LANE,
  updateInitiative,
  updateInitiatives,
  updateMilestone,
  type InitiativeFields,
  type MilestoneFields,
  type Problem,
  COLUMNS,
  type ColumnId,
  type TableItem,
} from '../../shared';
import { runCommand } from '../state/run-command';

/** The fields the selection inspector (and a table edit of several rows) changes for all at once. */
export const BULK_COLUMNS: readonly ColumnId[] = ['status', 'owner', 'team'];

/** A cell edit as the command to run. */
export type CellChange =
  | { readonly target: 'initiative'; readonly id: string; readonly changes: Partial<InitiativeFields> }
  | {
      readonly target: 'initiatives';
      readonly ids: readonly string[];
      readonly changes: Partial<Pick<InitiativeFields, 'status' | 'owner' | 'team'>>;
    }
  | { readonly target: 'milestone'; readonly id: string; readonly changes: Partial<MilestoneFields> };

/** The text an editor opens with: the cell's value as it is typed (a goal or status as its id). */
export function editorDraft(item: TableItem, column: ColumnId): string {
  if (column === 'goal') return item.laneKey === UNALIGNED_LANE ? '' : item.laneKey;
  if (column === 'status') return item.status ?? '';
  return COLUMNS[column].text(item);
}

/**
 * The ids an edit of this cell applies to: all the selected initiatives when the row is one of several
 * selected and the field is one they can share; else the row alone.
 */
export function editTargets(item: TableItem, column: ColumnId, selected: readonly string[]): readonly string[] {
  const bulk =
    item.kind === 'initiative' && BULK_COLUMNS.includes(column) && selected.length > 1 && selected.includes(item.id);
  return bulk ? selected : [item.id];
}

/**
 * What typing `draft` into a cell asks for: a change (checked by the command, as the inspector's fields
 * are), the problems when the text is not a value at all, or null when nothing changed.
 */
export function cellChange(
  item: TableItem,
  column: ColumnId,
  draft: string,
  selected: readonly string[],
): { change: CellChange } | { problems: Problem[] } | null {
  if (draft === editorDraft(item, column)) return null;
  const text = draft.trim();
  if ((column === 'start' || column === 'end') && text === '') return { problems: [{ message: 'Enter a date' }] };
  if (item.kind === 'milestone') {
    if (column === 'title') return { change: { target: 'milestone', id: item.id, changes: { title: draft } } };
    if (column === 'goal') return { change: { target: 'milestone', id: item.id, changes: { goalId: draft || null } } };
    if (column === 'start' || column === 'end') {
      return { change: { target: 'milestone', id: item.id, changes: { date: text } } };
    }
    return null;
  }
  const ids = editTargets(item, column, selected);
  if (ids.length > 1 && (column === 'status' || column === 'owner' || column === 'team')) {
    const changes = column === 'status' ? { status: draft as InitiativeFields['status'] } : { [column]: draft };
    return { change: { target: 'initiatives', ids, changes } };
  }
  const changes = initiativeChanges(item, column, draft);
  return 'problems' in changes ? changes : { change: { target: 'initiative', id: item.id, changes } };
}

function initiativeChanges(
  item: TableItem,
  column: ColumnId,
  draft: string,
): Partial<InitiativeFields> | { problems: Problem[] } {
  switch (column) {
    case 'goal':
      return { goalId: draft || null };
    case 'status':
      return { status: draft as InitiativeFields['status'] };
    case 'tags':
      return {
        tags: [
          ...new Set(
            draft
              .split(',')
              .map((tag) => tag.trim())
              .filter(Boolean),
          ),
        ],
      };
    case 'start':
      // Past the end, the end moves along (as in the inspector): dates can be entered start first. An
      // unscheduled one given a date gets the other two weeks along.
      return startDateChanges({ startDate: item.start, endDate: item.end }, draft.trim());
    case 'end':
      return endDateChanges({ startDate: item.start, endDate: item.end }, draft.trim());
    case 'progress': {
      const progress = parseLocaleNumber(draft);
      return progress === null ? { problems: [{ message: 'Enter a number' }] } : { progress };
    }
    default:
      return { [column]: draft };
  }
}

/** Runs the change's command (one undo step); returns the problems it was refused for, or null. */
export function applyCellChange(doc: Y.Doc, change: CellChange): readonly Problem[] | null {
  const outcome =
    change.target === 'initiative'
      ? runCommand(doc, updateInitiative, { id: change.id, changes: change.changes })
      : change.target === 'initiatives'
        ? runCommand(doc, updateInitiatives, { ids: [...change.ids], changes: change.changes })
        : runCommand(doc, updateMilestone, { id: change.id, changes: change.changes });
  return outcome.ok ? null : outcome.problems;
}

import { INITIATIVE_STATUSES } from '../model/initiative';
import { formatCellDate, statusLabel, type TableItem } from './table-items';

/** The table's columns, in their default order. */
export const COLUMN_IDS = [
  'title',
  'goal',
  'keyResults',
  'status',
  'owner',
  'team',
  'tags',
  'start',
  'end',
  'duration',
  'progress',
  'dependencies',
  'conflicts',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** How a cell is edited in place: as text, a choice, a date or a number; null when it is worked out. */
export type EditorKind = 'text' | 'select' | 'date' | 'number' | null;

export interface ColumnSpec {
  readonly label: string;
  /** Width in px before the user resizes it. */
  readonly width: number;
  readonly editor: EditorKind;
  /** What the cell shows and what a copy holds (plain text). */
  readonly text: (item: TableItem) => string;
  /** What it sorts by: text (case- and accent-insensitive), or a number; null sorts last. */
  readonly sortKey: (item: TableItem) => string | number | null;
}

const list = (values: readonly string[]) => values.join(', ');
const orNull = (text: string) => (text === '' ? null : text);

export const COLUMNS: Readonly<Record<ColumnId, ColumnSpec>> = {
  title: { label: 'Title', width: 260, editor: 'text', text: (item) => item.title, sortKey: (item) => item.title },
  goal: {
    label: 'Goal',
    width: 170,
    editor: 'select',
    text: (item) => item.goalTitle,
    sortKey: (item) => orNull(item.goalTitle),
  },
  keyResults: {
    label: 'Key results',
    width: 190,
    editor: null,
    text: (item) => list(item.keyResults),
    sortKey: (item) => orNull(list(item.keyResults)),
  },
  status: {
    label: 'Status',
    width: 110,
    editor: 'select',
    text: statusLabel,
    // By the statuses' own order (proposed … dropped), as the status grouping lists them.
    sortKey: (item) => (item.status === null ? null : INITIATIVE_STATUSES.indexOf(item.status)),
  },
  owner: {
    label: 'Owner',
    width: 130,
    editor: 'text',
    text: (item) => item.owner,
    sortKey: (item) => orNull(item.owner),
  },
  team: { label: 'Team', width: 110, editor: 'text', text: (item) => item.team, sortKey: (item) => orNull(item.team) },
  tags: {
    label: 'Tags',
    width: 150,
    editor: 'text',
    text: (item) => list(item.tags),
    sortKey: (item) => orNull(list(item.tags)),
  },
  start: {
    label: 'Start',
    width: 105,
    editor: 'date',
    text: (item) => formatCellDate(item.start),
    sortKey: (item) => item.start,
  },
  end: {
    label: 'End',
    width: 105,
    editor: 'date',
    text: (item) => formatCellDate(item.end),
    sortKey: (item) => item.end,
  },
  duration: {
    label: 'Duration (days)',
    width: 90,
    editor: null,
    text: (item) => (item.duration === null ? '' : String(item.duration)),
    sortKey: (item) => item.duration,
  },
  progress: {
    label: 'Progress (%)',
    width: 90,
    editor: 'number',
    text: (item) => (item.progress === null ? '' : String(item.progress)),
    sortKey: (item) => item.progress,
  },
  dependencies: {
    label: 'Depends on',
    width: 180,
    editor: null,
    text: (item) => list(item.dependencies),
    sortKey: (item) => orNull(list(item.dependencies)),
  },
  conflicts: {
    label: 'Conflicts',
    width: 180,
    editor: null,
    text: (item) => item.conflicts.map((title) => `Starts before ${title} ends`).join('; '),
    // The most conflicts first when sorted descending; none sorts last.
    sortKey: (item) => (item.conflicts.length === 0 ? null : item.conflicts.length),
  },
};

/** Whether a cell of this row can be edited in place (a milestone has a title, a goal and a date only). */
export function isEditable(item: TableItem, column: ColumnId): boolean {
  if (COLUMNS[column].editor === null) return false;
  return (
    item.kind === 'initiative' || column === 'title' || column === 'goal' || column === 'start' || column === 'end'
  );
}

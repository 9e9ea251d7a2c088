import { COLUMN_IDS, COLUMNS, type ColumnId, GROUP_BYS, type GroupBy } from '../../shared';

/** How this device shows the table: column order, hidden columns, widths, and the grouping. */
export interface ColumnSettings {
  readonly order: readonly ColumnId[];
  readonly hidden: readonly ColumnId[];
  readonly widths: Readonly<Partial<Record<ColumnId, number>>>;
  readonly groupBy: GroupBy;
}

export const MIN_COLUMN_WIDTH = 48;
export const MAX_COLUMN_WIDTH = 800;

export const DEFAULT_COLUMN_SETTINGS: ColumnSettings = { order: COLUMN_IDS, hidden: [], widths: {}, groupBy: 'goal' };

const isColumnId = (id: string): id is ColumnId => (COLUMN_IDS as readonly string[]).includes(id);

/**
 * Settings as remembered (maybe by an older or newer Waymark) made whole: unknown columns dropped, new ones
 * added at the end, widths kept in bounds, and the title always shown (it heads each row).
 */
export function normalizeColumnSettings(stored: {
  order?: readonly string[];
  hidden?: readonly string[];
  widths?: Readonly<Record<string, number>>;
  groupBy?: string;
}): ColumnSettings {
  const order = [...new Set((stored.order ?? []).filter(isColumnId))];
  for (const id of COLUMN_IDS) if (!order.includes(id)) order.push(id);
  const hidden = [...new Set((stored.hidden ?? []).filter(isColumnId))].filter((id) => id !== 'title');
  const widths: Partial<Record<ColumnId, number>> = {};
  for (const [id, width] of Object.entries(stored.widths ?? {})) {
    if (isColumnId(id) && Number.isFinite(width)) {
      widths[id] = Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width)));
    }
  }
  const groupBy = (GROUP_BYS as readonly string[]).includes(stored.groupBy ?? '')
    ? (stored.groupBy as GroupBy)
    : DEFAULT_COLUMN_SETTINGS.groupBy;
  return { order, hidden, widths, groupBy };
}

/** The shown columns in their order. */
export function visibleColumns(settings: ColumnSettings): ColumnId[] {
  return settings.order.filter((id) => !settings.hidden.includes(id));
}

/** A column's width: the user's, else its default. */
export function columnWidth(settings: ColumnSettings, id: ColumnId): number {
  return settings.widths[id] ?? COLUMNS[id].width;
}

/** Shows or hides a column (the title stays). */
export function toggleColumn(settings: ColumnSettings, id: ColumnId): ColumnSettings {
  if (id === 'title') return settings;
  const hidden = settings.hidden.includes(id)
    ? settings.hidden.filter((other) => other !== id)
    : [...settings.hidden, id];
  return { ...settings, hidden };
}

/** Moves a column past its shown neighbour on the left (-1) or right (+1); hidden ones keep their places. */
export function moveColumn(settings: ColumnSettings, id: ColumnId, by: -1 | 1): ColumnSettings {
  const shown = visibleColumns(settings);
  const neighbour = shown[shown.indexOf(id) + by];
  if (!shown.includes(id) || !neighbour) return settings;
  const order = settings.order.filter((other) => other !== id);
  order.splice(order.indexOf(neighbour) + (by > 0 ? 1 : 0), 0, id);
  return { ...settings, order };
}

import Papa from 'papaparse';
import type * as Y from 'yjs';
import { INITIATIVE_STATUS_LABELS } from '../model/initiative';
import { compareOrdered } from '../model/order';
import { orderGoals } from '../read-model/lanes';
import { RoadmapStore, type RoadmapSnapshot } from '../read-model/roadmap-store';

/** The columns of a Waymark CSV export, in order; import recognizes a file by them (see column-mapping.ts). */
export const CSV_EXPORT_HEADERS = [
  'Id',
  'Type',
  'Title',
  'Goal',
  'Goal path',
  'Key results',
  'Key result ids',
  'Start',
  'End',
  'Status',
  'Owner',
  'Team',
  'Tags',
  'Progress',
  'Predecessors',
  'External key',
  'Description',
] as const;

/** Delimiters offered: comma (the standard), semicolon (what Excel expects where the decimal mark is a comma), tab. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export interface CsvExportOptions {
  /** Start with a UTF-8 byte order mark: Excel then reads accents and non-Latin titles right. */
  readonly bom?: boolean;
  readonly delimiter?: CsvDelimiter;
}

/** Separates several values in one cell (tags, key results, predecessors); import splits on it. */
const LIST_JOIN = '; ';
const PATH_JOIN = ' › ';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a leading
 * apostrophe, as OWASP advises against CSV injection; so does one that starts with apostrophes before such
 * a character, so that import, which drops exactly one of them (unescapeCell), gives back the very text.
 */
export function escapeCell(value: string): string {
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * One row per initiative, then per milestone of each lane, lanes in the timeline's order (goals depth
 * first, sub-goals under their parent, Unaligned last): id, type, title, goal and its path from the top
 * goal, key results served (titles and ids), ISO dates, status, owner, team, tags, progress, predecessors by
 * id, external key, description. Importing it into Waymark gives the same items back (see csv-export.test.ts).
 */
export function roadmapCsvRows(snapshot: RoadmapSnapshot): string[][] {
  const pathOf = new Map<string, string[]>();
  const laneOrder: (string | null)[] = [];
  const trail: string[] = [];
  for (const { goal, depth } of orderGoals(snapshot.goals)) {
    trail.length = depth;
    trail.push(goal.title);
    pathOf.set(goal.id, [...trail]);
    laneOrder.push(goal.id);
  }
  laneOrder.push(null);
  const laneOf = (goalId: string | null) => (goalId !== null && pathOf.has(goalId) ? goalId : null);

  const predecessorsOf = new Map<string, string[]>();
  for (const dependency of snapshot.dependencies.values()) {
    const list = predecessorsOf.get(dependency.toId) ?? [];
    list.push(dependency.fromId);
    predecessorsOf.set(dependency.toId, list);
  }
  const goalCells = (goalId: string | null) => {
    const path = goalId === null ? undefined : pathOf.get(goalId);
    return path ? [path.at(-1)!, path.join(PATH_JOIN)] : ['', ''];
  };

  const rows: string[][] = [];
  for (const lane of laneOrder) {
    const initiatives = [...snapshot.initiatives.values()]
      .filter((initiative) => laneOf(initiative.goalId) === lane)
      .sort(compareOrdered);
    for (const initiative of initiatives) {
      const keyResults = [...initiative.keyResultIds]
        .map((id) => snapshot.keyResults.get(id))
        .filter((keyResult) => keyResult !== undefined)
        .sort(compareOrdered);
      rows.push([
        initiative.id,
        'Initiative',
        initiative.title,
        ...goalCells(lane),
        keyResults.map((keyResult) => keyResult.title).join(LIST_JOIN),
        keyResults.map((keyResult) => keyResult.id).join(LIST_JOIN),
        // Empty for an unscheduled one: import leaves a row without dates unscheduled.
        initiative.startDate ?? '',
        initiative.endDate ?? '',
        INITIATIVE_STATUS_LABELS[initiative.status],
        initiative.owner,
        initiative.team,
        [...initiative.tags].sort().join(LIST_JOIN),
        String(initiative.progress),
        (predecessorsOf.get(initiative.id) ?? [])
          .filter((id) => snapshot.initiatives.has(id))
          .sort()
          .join(LIST_JOIN),
        initiative.externalKey,
        initiative.description,
      ]);
    }
    const milestones = [...snapshot.milestones.values()]
      .filter((milestone) => laneOf(milestone.goalId) === lane)
      .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const milestone of milestones) {
      rows.push([
        milestone.id,
        'Milestone',
        milestone.title,
        ...goalCells(lane),
        '',
        '',
        milestone.date,
        milestone.date,
        '',
        '',
        '',
        '',
        '',
        '',
        milestone.externalKey,
        '',
      ]);
    }
  }
  return rows;
}

/** The roadmap as CSV text (see {@link roadmapCsvRows}); lines end in CRLF, as RFC 4180 and Excel have it. */
export function roadmapToCsv(doc: Y.Doc, options: CsvExportOptions = {}): string {
  const store = new RoadmapStore(doc);
  const rows = roadmapCsvRows(store.getSnapshot());
  store.destroy();
  const text = Papa.unparse(
    { fields: [...CSV_EXPORT_HEADERS], data: rows.map((row) => row.map(escapeCell)) },
    { delimiter: options.delimiter ?? ',', newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `${options.bom ? '\uFEFF' : ''}${text}\r\n`;
}

import type * as Y from 'yjs';
import { generateNKeysBetween } from 'fractional-indexing';
import { readAll } from '../commands/records';
import { GOAL_PALETTE, goalKind, type GoalFields } from '../model/goal';
import {
  DEFAULT_SPAN_DAYS,
  initiativeKind,
  INITIATIVE_STATUS_LABELS,
  INITIATIVE_STATUSES,
  type InitiativeFields,
  type InitiativeStatus,
} from '../model/initiative';
import { milestoneKind, type MilestoneFields } from '../model/milestone';
import { dependencyId } from '../model/dependency';
import { newId } from '../model/ids';
import { compareOrdered } from '../model/order';
import { addDays, type IsoDate } from '../time/iso-date';
import { columnsFor, type ColumnMapping, type ColumnTarget } from './column-mapping';
import { dateFormatById, detectDateFormat, toIsoDate, type DateFormat } from './csv-dates';
import { statusValuesOf, suggestedStatusMap } from './status-mapping';

/** The rows of a file to import (see readCsv). */
export interface ImportTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly lines: readonly number[];
}

/** The choices made in the import dialog (or on the command line). */
export interface ImportChoices {
  readonly mapping: ColumnMapping;
  /** A DATE_FORMATS id; null detects it (and the plan asks when it is ambiguous). */
  readonly dateFormat: string | null;
  /** Source status → Waymark status; values not in it get their suggestion. */
  readonly statusMap: Readonly<Record<string, InitiativeStatus>>;
  /** Make dependencies from "Blocks" links and predecessor columns. */
  readonly dependencies: boolean;
  /** The day rows without any date are placed on. */
  readonly today: IsoDate;
}

export interface FieldChange {
  readonly field: string;
  readonly from: string;
  readonly to: string;
}

export type ImportedKind = 'initiative' | 'milestone';

export interface PlannedCreate {
  readonly line: number;
  readonly kind: ImportedKind;
  readonly id: string;
  readonly title: string;
  readonly value: InitiativeFields | MilestoneFields;
}

export interface PlannedUpdate {
  readonly line: number;
  readonly kind: ImportedKind;
  readonly id: string;
  readonly title: string;
  readonly changes: readonly FieldChange[];
  readonly patch: Partial<InitiativeFields> | Partial<MilestoneFields>;
}

export interface PlannedGoal {
  readonly id: string;
  readonly title: string;
  readonly value: GoalFields;
  /** The row that made it (a Jira epic), or null for a goal named in a goal column. */
  readonly line: number | null;
}

export interface LineNote {
  readonly line: number;
  readonly title: string;
  readonly message: string;
}

/** What an import would do to a roadmap; nothing is written until it is applied. */
export interface ImportPlan {
  /** Blocking: the import cannot run as chosen (no title column, an ambiguous date format). */
  readonly blockers: readonly string[];
  /** Candidate formats when the file's dates can be read two ways (03/04/2027): the dialog asks. */
  readonly dateFormats: readonly DateFormat[];
  readonly dateFormat: DateFormat | null;
  /** Source status values with the Waymark status each becomes. */
  readonly statuses: readonly { value: string; count: number; status: InitiativeStatus }[];
  readonly goals: readonly PlannedGoal[];
  readonly creates: readonly PlannedCreate[];
  readonly updates: readonly PlannedUpdate[];
  readonly unchanged: readonly { line: number; id: string; title: string }[];
  readonly skipped: readonly LineNote[];
  /** Rows placed on a default span because they had one date, or left unscheduled because they had none. */
  readonly defaultSpans: readonly LineNote[];
  readonly dependencies: readonly { fromId: string; toId: string }[];
  /** Cells that could not be taken as they were (an unreadable date, a tag too long): the row still imports. */
  readonly notes: readonly LineNote[];
}

interface ExistingRecord {
  readonly kind: ImportedKind;
  readonly id: string;
  readonly title: string;
  readonly externalKey: string;
  readonly fields: InitiativeFields | MilestoneFields;
}

type Cells = readonly string[];

const MAX_GOAL_DEPTH = 12;
/** Changes are listed in the order the inspector shows fields. */
const FIELD_ORDER = Object.keys(initiativeKind.shape);
const PATH_SEPARATOR = /\s+›\s+/;
const LIST_SEPARATOR = /\s*[;,]\s*/;
const REFERENCE_SEPARATOR = /[\s,;]+/;

function truncated(value: string, limit: number): string {
  return value.length > limit ? value.slice(0, limit - 1).trimEnd() + '…' : value;
}

function lowerKey(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Strips the apostrophe a CSV export puts before text a spreadsheet would take for a formula. */
export function unescapeCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/**
 * Works out what importing `table` with `choices` would do to `doc`: which rows create initiatives or
 * milestones, which update the ones a previous import made (matched by Waymark id, else by key, else by
 * title when the file has neither), which are skipped and why, which goals are created. Pure: reads the
 * document, writes nothing. {@link applyImportPlan} writes it.
 */
export function planImport(doc: Y.Doc, table: ImportTable, choices: ImportChoices): ImportPlan {
  const { headers, rows, lines } = table;
  const { mapping } = choices;
  const blockers: string[] = [];
  const column = (target: ColumnTarget) => columnsFor(headers, mapping, target);
  const columns = Object.fromEntries(
    (
      [
        'title',
        'id',
        'externalKey',
        'otherKey',
        'type',
        'description',
        'goal',
        'parent',
        'parentTitle',
        'keyResults',
        'startDate',
        'endDate',
        'status',
        'statusCategory',
        'owner',
        'team',
        'tags',
        'progress',
        'predecessors',
        'blocks',
        'blockedBy',
      ] as const
    ).map((target) => [target, column(target)]),
  ) as Record<Exclude<ColumnTarget, 'ignore'>, number[]>;
  if (columns.title.length === 0) blockers.push('Choose the column that holds each item’s title.');
  if (columns.title.length > 1) blockers.push('Only one column can be the title.');

  const first = (cells: Cells, target: keyof typeof columns): string => {
    for (const index of columns[target]) {
      const value = unescapeCell(cells[index] ?? '').trim();
      if (value) return value;
    }
    return '';
  };
  const all = (cells: Cells, target: keyof typeof columns, separator: RegExp): string[] => {
    const values: string[] = [];
    for (const index of columns[target]) {
      for (const part of unescapeCell(cells[index] ?? '').split(separator)) if (part.trim()) values.push(part.trim());
    }
    return values;
  };

  // Dates: one format for the whole file, detected from every date cell.
  const dateColumns = [...columns.startDate, ...columns.endDate];
  const dateCells: string[] = [];
  for (const row of rows) for (const index of dateColumns) dateCells.push(row[index]!);
  const detected = detectDateFormat(dateCells);
  const chosenFormat = choices.dateFormat ? (dateFormatById(choices.dateFormat) ?? null) : null;
  const dateFormat = chosenFormat ?? detected.format;
  if (!dateFormat && detected.candidates.length > 1) {
    blockers.push('The dates can be read two ways (day first or month first): choose how they are written.');
  }

  // Statuses: the file's values, each with the choice made or its suggestion.
  const statusColumn = columns.status[0] ?? null;
  const statusValues =
    statusColumn === null ? [] : statusValuesOf(rows, statusColumn, columns.statusCategory[0] ?? null);
  const suggested = suggestedStatusMap(statusValues);
  const statusByKey = new Map<string, InitiativeStatus>();
  for (const { value } of statusValues) {
    const chosen = choices.statusMap[value];
    statusByKey.set(lowerKey(value), chosen && INITIATIVE_STATUSES.includes(chosen) ? chosen : suggested[value]!);
  }
  const statuses = statusValues.map(({ value, count }) => ({
    value,
    count,
    status: statusByKey.get(lowerKey(value))!,
  }));

  const empty: ImportPlan = {
    blockers,
    dateFormats: detected.candidates,
    dateFormat,
    statuses,
    goals: [],
    creates: [],
    updates: [],
    unchanged: [],
    skipped: [],
    defaultSpans: [],
    dependencies: [],
    notes: [],
  };
  if (blockers.length > 0) return empty;

  const notes: LineNote[] = [];
  const skipped: LineNote[] = [];
  const defaultSpans: LineNote[] = [];

  // What the roadmap holds now.
  const goals = readAll(doc, 'goals');
  const keyResults = readAll(doc, 'keyResults');
  const existing: ExistingRecord[] = [
    ...readAll(doc, 'initiatives').map(({ id, problems: _p, ...fields }) => ({
      kind: 'initiative' as const,
      id,
      title: fields.title,
      externalKey: fields.externalKey,
      fields,
    })),
    ...readAll(doc, 'milestones').map(({ id, problems: _p, ...fields }) => ({
      kind: 'milestone' as const,
      id,
      title: fields.title,
      externalKey: fields.externalKey,
      fields,
    })),
  ];
  const existingById = new Map(existing.map((record) => [record.id, record]));
  const existingByKey = new Map<string, ExistingRecord>();
  for (const record of existing) if (record.externalKey) existingByKey.set(record.externalKey, record);
  const matchByTitle = columns.id.length === 0 && columns.externalKey.length === 0;
  // Titles held by exactly one item, for files that have neither ids nor keys.
  const existingByTitle = new Map<string, ExistingRecord>();
  if (matchByTitle) {
    const shared = new Set<string>();
    for (const record of existing) {
      const title = lowerKey(record.title);
      if (existingByTitle.has(title)) shared.add(title);
      else existingByTitle.set(title, record);
    }
    for (const title of shared) existingByTitle.delete(title);
  }

  // Rows by their keys, so parents and links can name them.
  const rowByReference = new Map<string, number>();
  rows.forEach((cells, index) => {
    for (const target of ['externalKey', 'otherKey', 'id'] as const) {
      const value = first(cells, target);
      if (value && !rowByReference.has(value)) rowByReference.set(value, index);
    }
  });
  const parentRowOf = (index: number): number | null => {
    const parent = first(rows[index]!, 'parent');
    if (!parent) return null;
    const found = rowByReference.get(parent);
    return found === undefined || found === index ? null : found;
  };
  // Rows other rows name as their parent (Jira epics) become goals; their children, initiatives on them.
  const goalRows = new Set<number>();
  if (columns.parent.length > 0) {
    rows.forEach((cells, index) => {
      const parent = parentRowOf(index);
      if (parent !== null && lowerKey(first(rows[parent]!, 'type')) !== 'milestone') goalRows.add(parent);
    });
  }

  // Goals: matched by title (a path "Parent › Child" for sub-goals), else planned for creation.
  const plannedGoals: PlannedGoal[] = [];
  const lastGoalOrder = goals.length ? [...goals].sort(compareOrdered).at(-1)!.order : null;
  const childrenOf = (parentId: string | null) => [
    ...goals.filter((goal) => goal.parentId === parentId).map((goal) => ({ id: goal.id, title: goal.title })),
    ...plannedGoals
      .filter((goal) => goal.value.parentId === parentId)
      .map((goal) => ({ id: goal.id, title: goal.title })),
  ];
  const anyGoalTitled = (title: string) =>
    goals.find((goal) => lowerKey(goal.title) === lowerKey(title))?.id ??
    plannedGoals.find((goal) => lowerKey(goal.title) === lowerKey(title))?.id;
  const planGoal = (title: string, parentId: string | null, line: number | null, extra: Partial<GoalFields> = {}) => {
    const value: GoalFields = {
      ...goalKind.defaults,
      ...extra,
      title: truncated(title, 200),
      parentId,
      color: GOAL_PALETTE[(goals.length + plannedGoals.length) % GOAL_PALETTE.length]!,
      order: 'a0',
    };
    const goal: PlannedGoal = { id: newId(), title: value.title, value, line };
    plannedGoals.push(goal);
    return goal.id;
  };
  const goalForPath = (path: string): string => {
    const parts = path.split(PATH_SEPARATOR).filter(Boolean);
    if (parts.length === 1) return anyGoalTitled(parts[0]!) ?? planGoal(parts[0]!, null, null);
    let parentId: string | null = null;
    for (const part of parts) {
      const found: { id: string } | undefined = childrenOf(parentId).find(
        (goal) => lowerKey(goal.title) === lowerKey(part),
      );
      parentId = found ? found.id : planGoal(part, parentId, null);
    }
    return parentId!;
  };
  const goalOfRow = new Map<number, string | null>();
  const goalForGoalRow = (index: number, depth: number): string => {
    const known = goalOfRow.get(index);
    if (known) return known;
    const cells = rows[index]!;
    const title = first(cells, 'title');
    const parent = parentRowOf(index);
    const parentGoal =
      parent !== null && depth < MAX_GOAL_DEPTH && goalRows.has(parent) ? goalForGoalRow(parent, depth + 1) : null;
    const found = childrenOf(parentGoal).find((goal) => lowerKey(goal.title) === lowerKey(title));
    const dates = datesOf(cells, lines[index]!, title);
    const id =
      found?.id ??
      planGoal(title, parentGoal, lines[index]!, {
        description: truncated(first(cells, 'description'), 20_000),
        owner: truncated(first(cells, 'owner'), 100),
        startDate: dates.start && dates.end && dates.end < dates.start ? null : dates.start,
        dueDate: dates.start && dates.end && dates.end < dates.start ? null : dates.end,
      });
    goalOfRow.set(index, id);
    return id;
  };
  const goalOfItem = (index: number): { goalId: string | null; known: boolean } => {
    const cells = rows[index]!;
    const named = first(cells, 'goal');
    if (named) return { goalId: goalForPath(named), known: true };
    // Up the parents: the first that is a goal row (an epic), or a row with a goal named.
    let current = index;
    for (let depth = 0; depth < MAX_GOAL_DEPTH; depth++) {
      const parent = parentRowOf(current);
      if (parent === null) break;
      if (goalRows.has(parent)) return { goalId: goalForGoalRow(parent, 0), known: true };
      const parentNamed = first(rows[parent]!, 'goal');
      if (parentNamed) return { goalId: goalForPath(parentNamed), known: true };
      current = parent;
    }
    const parentTitle = first(cells, 'parentTitle');
    if (parentTitle) return { goalId: goalForPath(parentTitle), known: true };
    const parentKey = first(cells, 'parent');
    const parentRecord = parentKey ? (existingByKey.get(parentKey) ?? existingById.get(parentKey)) : undefined;
    if (parentRecord) return { goalId: parentRecord.fields.goalId, known: true };
    const mapped = columns.goal.length > 0 || columns.parent.length > 0 || columns.parentTitle.length > 0;
    return { goalId: null, known: mapped };
  };

  // A file repeats its dates (a sprint's end on hundreds of rows): each is parsed once.
  const parsedDates = new Map<string, IsoDate | null>();
  function readDate(value: string, line: number, title: string, field: string): IsoDate | null {
    if (!value) return null;
    let date = parsedDates.get(value);
    if (date === undefined) parsedDates.set(value, (date = dateFormat ? toIsoDate(value, dateFormat) : null));
    if (date === null) notes.push({ line, title, message: `The ${field} "${value}" is not a date; it was left out.` });
    return date;
  }
  function datesOf(cells: Cells, line = 0, title = ''): { start: IsoDate | null; end: IsoDate | null } {
    return {
      start: readDate(first(cells, 'startDate'), line, title, 'start date'),
      end: readDate(first(cells, 'endDate'), line, title, 'end date'),
    };
  }

  const creates: PlannedCreate[] = [];
  const updates: PlannedUpdate[] = [];
  const unchanged: { line: number; id: string; title: string }[] = [];
  const idOfRow = new Map<number, string>();
  const kindOfRow = new Map<number, ImportedKind>();
  const seenMatches = new Map<string, number>();
  const seenKeys = new Map<string, number>();
  const textLimit = (value: string, limit: number, line: number, title: string, field: string) => {
    if (value.length <= limit) return value;
    notes.push({
      line,
      title,
      message: `The ${field} was longer than ${limit.toLocaleString('en-US')} characters and was shortened.`,
    });
    return truncated(value, limit);
  };

  // A Waymark id from the file that this roadmap does not have (a CSV export of another roadmap) is kept,
  // so the rows' predecessors still name them and a later re-import of the file matches them.
  const usedIds = new Set<string>();
  const idForNew = (fileId: string): string => {
    const id = fileId && fileId.length <= 100 && !existingById.has(fileId) && !usedIds.has(fileId) ? fileId : newId();
    usedIds.add(id);
    return id;
  };

  rows.forEach((cells, index) => {
    const line = lines[index]!;
    if (goalRows.has(index)) {
      goalForGoalRow(index, 0);
      return;
    }
    const rawTitle = first(cells, 'title');
    if (!rawTitle) {
      skipped.push({ line, title: '', message: 'It has no title.' });
      return;
    }
    const title = textLimit(rawTitle, 200, line, rawTitle, 'title');
    const key = textLimit(first(cells, 'externalKey'), 200, line, title, 'key');
    const id = first(cells, 'id');
    if (key) {
      const earlier = seenKeys.get(key);
      if (earlier !== undefined) {
        skipped.push({ line, title, message: `It has the same key (${key}) as line ${earlier}.` });
        return;
      }
      seenKeys.set(key, line);
    }
    const match =
      (id ? existingById.get(id) : undefined) ??
      (key ? existingByKey.get(key) : undefined) ??
      (matchByTitle ? existingByTitle.get(lowerKey(title)) : undefined);
    if (match) {
      const earlier = seenMatches.get(match.id);
      if (earlier !== undefined) {
        skipped.push({ line, title, message: `It matches the same item as line ${earlier}.` });
        return;
      }
      seenMatches.set(match.id, line);
    }
    const kind: ImportedKind =
      match?.kind ?? (lowerKey(first(cells, 'type')) === 'milestone' ? 'milestone' : 'initiative');
    const { goalId, known: goalKnown } = goalOfItem(index);
    const { start, end } = datesOf(cells, line, title);
    if (start && end && end < start) {
      skipped.push({ line, title, message: `It ends (${end}) before it starts (${start}).` });
      return;
    }
    const fields: Partial<InitiativeFields> = { title };
    if (goalKnown) fields.goalId = goalId;
    if (key || columns.externalKey.length > 0) fields.externalKey = key;
    if (columns.description.length > 0)
      fields.description = textLimit(first(cells, 'description'), 20_000, line, title, 'description');
    if (columns.owner.length > 0) fields.owner = textLimit(first(cells, 'owner'), 100, line, title, 'owner');
    if (columns.team.length > 0) fields.team = textLimit(first(cells, 'team'), 100, line, title, 'team');
    if (columns.status.length > 0) {
      const source = first(cells, 'status');
      if (source) fields.status = statusByKey.get(lowerKey(source)) ?? 'planned';
    }
    if (columns.tags.length > 0) {
      const tags = new Set<string>();
      for (const tag of all(cells, 'tags', LIST_SEPARATOR)) {
        if (tag.length > 40)
          notes.push({
            line,
            title,
            message: `The tag "${truncated(tag, 40)}" is longer than 40 characters and was left out.`,
          });
        else tags.add(tag);
      }
      fields.tags = [...tags].sort();
    }
    if (columns.progress.length > 0) {
      const source = first(cells, 'progress');
      if (source) {
        const progress = Number(source.replace(/%$/, '').trim().replace(',', '.'));
        if (Number.isFinite(progress) && progress >= 0 && progress <= 100) fields.progress = Math.round(progress);
        else
          notes.push({
            line,
            title,
            message: `The progress "${source}" is not a number from 0 to 100; it was left out.`,
          });
      }
    }
    if (columns.keyResults.length > 0) {
      const wanted = all(cells, 'keyResults', /\s*;\s*/);
      const own = keyResults.filter(
        (keyResult) => keyResult.goalId === (fields.goalId ?? match?.fields.goalId ?? null),
      );
      const linked: string[] = [];
      for (const name of wanted) {
        const found = own.find((keyResult) => keyResult.id === name || lowerKey(keyResult.title) === lowerKey(name));
        if (found) linked.push(found.id);
        else
          notes.push({ line, title, message: `The key result "${name}" is not one of its goal’s; it was left out.` });
      }
      fields.keyResultIds = [...new Set(linked)].sort();
    }

    if (kind === 'milestone') {
      const date = end ?? start;
      const patch: Partial<MilestoneFields> = { title };
      if (fields.goalId !== undefined) patch.goalId = fields.goalId;
      if (fields.externalKey !== undefined) patch.externalKey = fields.externalKey;
      if (date) patch.date = date;
      if (match) return planUpdate(match, patch, line, index);
      if (!date) defaultSpans.push({ line, title, message: `It has no date; it was placed on ${choices.today}.` });
      const value: MilestoneFields = { ...milestoneKind.defaults, ...patch, date: date ?? choices.today };
      const newRecordId = idForNew(id);
      idOfRow.set(index, newRecordId);
      kindOfRow.set(index, 'milestone');
      creates.push({ line, kind, id: newRecordId, title, value });
      return;
    }
    if (match) {
      if (start) fields.startDate = start;
      if (end) fields.endDate = end;
      // A new start after the stored end (or a new end before the stored start) moves the other date along.
      const storedStart = (match.fields as InitiativeFields).startDate;
      const storedEnd = (match.fields as InitiativeFields).endDate;
      // So does a date given to an unscheduled one: it gets the other, two weeks along.
      if (start && !end && (storedEnd === null || start > storedEnd))
        fields.endDate = addDays(start, DEFAULT_SPAN_DAYS - 1);
      if (end && !start && (storedStart === null || end < storedStart)) {
        fields.startDate = addDays(end, -(DEFAULT_SPAN_DAYS - 1));
      }
      if (fields.goalId !== undefined && fields.goalId !== match.fields.goalId && fields.keyResultIds === undefined) {
        fields.keyResultIds = [];
      }
      return planUpdate(match, fields, line, index);
    }
    let startDate = start;
    let endDate = end;
    if (!startDate && !endDate) {
      // No dates at all: an idea or "later" work, unscheduled until someone gives it dates.
      defaultSpans.push({ line, title, message: 'It has no dates; it is unscheduled (see the Unscheduled tray).' });
    } else if (!endDate) {
      startDate ??= choices.today;
      endDate = addDays(startDate, DEFAULT_SPAN_DAYS - 1);
      defaultSpans.push({ line, title, message: `It has no end date; it ends ${endDate}.` });
    } else if (!startDate) {
      startDate = addDays(endDate, -(DEFAULT_SPAN_DAYS - 1));
      defaultSpans.push({ line, title, message: `It has no start date; it starts ${startDate}.` });
    }
    const value: InitiativeFields = { ...initiativeKind.defaults, ...fields, startDate, endDate };
    const newRecordId = idForNew(id);
    idOfRow.set(index, newRecordId);
    kindOfRow.set(index, 'initiative');
    creates.push({ line, kind, id: newRecordId, title, value });
  });

  function planUpdate(
    match: ExistingRecord,
    patch: Partial<InitiativeFields> | Partial<MilestoneFields>,
    line: number,
    rowIndex: number,
  ) {
    idOfRow.set(rowIndex, match.id);
    kindOfRow.set(rowIndex, match.kind);
    const changes: FieldChange[] = [];
    const changed: Record<string, unknown> = {};
    for (const [field, next] of Object.entries(patch)) {
      const stored = (match.fields as Record<string, unknown>)[field];
      if (sameValue(stored, next)) continue;
      changed[field] = next;
      changes.push({
        field,
        from: describeValue(field, stored, goals, plannedGoals),
        to: describeValue(field, next, goals, plannedGoals),
      });
    }
    changes.sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
    if (changes.length === 0) unchanged.push({ line, id: match.id, title: match.title });
    else updates.push({ line, kind: match.kind, id: match.id, title: match.title, changes, patch: changed });
  }

  // Order keys: new goals after the existing ones, new items after every existing item, in file order.
  const goalKeys = generateNKeysBetween(lastGoalOrder, null, plannedGoals.length);
  const orderedGoals = plannedGoals.map((goal, at) => ({ ...goal, value: { ...goal.value, order: goalKeys[at]! } }));
  const existingInitiatives = existing.filter((record) => record.kind === 'initiative');
  let lastOrder: string | null = null;
  for (const record of existingInitiatives) {
    const order = (record.fields as InitiativeFields).order;
    if (lastOrder === null || order > lastOrder) lastOrder = order;
  }
  const newInitiatives = creates.filter((create) => create.kind === 'initiative');
  const itemKeys = safeKeys(lastOrder, newInitiatives.length);
  newInitiatives.forEach((create, at) => ((create.value as InitiativeFields).order = itemKeys[at]!));

  // Dependencies between initiatives: from Blocks links (this → that), Is blocked by and predecessors (that → this).
  const dependencies: { fromId: string; toId: string }[] = [];
  if (choices.dependencies) {
    const initiativeOf = (reference: string): string | null => {
      const row = rowByReference.get(reference);
      if (row !== undefined) return kindOfRow.get(row) === 'initiative' ? idOfRow.get(row)! : null;
      const record = existingById.get(reference) ?? existingByKey.get(reference);
      return record?.kind === 'initiative' ? record.id : null;
    };
    const known = new Set(readAll(doc, 'dependencies').map((dependency) => dependency.id));
    const successors = new Map<string, string[]>();
    for (const dependency of readAll(doc, 'dependencies')) {
      successors.set(dependency.fromId, [...(successors.get(dependency.fromId) ?? []), dependency.toId]);
    }
    const reaches = (from: string, to: string) => {
      const stack = [from];
      const seen = new Set<string>();
      while (stack.length > 0) {
        const current = stack.pop()!;
        if (current === to) return true;
        if (seen.has(current)) continue;
        seen.add(current);
        stack.push(...(successors.get(current) ?? []));
      }
      return false;
    };
    rows.forEach((cells, index) => {
      const self = kindOfRow.get(index) === 'initiative' ? idOfRow.get(index) : undefined;
      if (!self) return;
      const line = lines[index]!;
      const title = first(cells, 'title');
      const links = [
        ...all(cells, 'blocks', REFERENCE_SEPARATOR).map((reference) => ({ reference, outward: true })),
        ...all(cells, 'blockedBy', REFERENCE_SEPARATOR).map((reference) => ({ reference, outward: false })),
        ...all(cells, 'predecessors', REFERENCE_SEPARATOR).map((reference) => ({ reference, outward: false })),
      ];
      for (const { reference, outward } of links) {
        const other = initiativeOf(reference);
        if (!other) {
          notes.push({
            line,
            title,
            message: `The linked item ${reference} is not in the file or the roadmap; the link was left out.`,
          });
          continue;
        }
        const [fromId, toId] = outward ? [self, other] : [other, self];
        if (fromId === toId || known.has(dependencyId(fromId, toId))) continue;
        if (reaches(toId, fromId)) {
          notes.push({
            line,
            title,
            message: `The link with ${reference} would make a loop of dependencies; it was left out.`,
          });
          continue;
        }
        known.add(dependencyId(fromId, toId));
        successors.set(fromId, [...(successors.get(fromId) ?? []), toId]);
        dependencies.push({ fromId, toId });
      }
    });
  }

  return {
    ...empty,
    goals: orderedGoals,
    creates,
    updates,
    unchanged,
    skipped,
    defaultSpans,
    dependencies,
    notes,
  };
}

function safeKeys(after: string | null, count: number): string[] {
  try {
    return generateNKeysBetween(after, null, count);
  } catch {
    // A damaged key from a peer: place the new items after a fresh start instead.
    return generateNKeysBetween(null, null, count);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return a === b;
  const members = new Set<unknown>(a);
  return a.length === b.length && b.every((item) => members.has(item));
}

function describeValue(
  field: string,
  value: unknown,
  goals: readonly { id: string; title: string }[],
  planned: readonly PlannedGoal[],
): string {
  if (field === 'goalId') {
    if (value === null || value === undefined) return 'Unaligned';
    return (
      goals.find((goal) => goal.id === value)?.title ??
      planned.find((goal) => goal.id === value)?.title ??
      String(value)
    );
  }
  if ((field === 'startDate' || field === 'endDate') && value === null) return 'unscheduled';
  if (field === 'status' && typeof value === 'string' && value in INITIATIVE_STATUS_LABELS) {
    return INITIATIVE_STATUS_LABELS[value as InitiativeStatus];
  }
  if (Array.isArray(value)) return value.join(', ');
  if (field === 'description') return truncated(String(value ?? ''), 60);
  return String(value ?? '');
}

/** Whether a plan would change anything. */
export function planChangesAnything(plan: ImportPlan): boolean {
  return plan.goals.length + plan.creates.length + plan.updates.length + plan.dependencies.length > 0;
}

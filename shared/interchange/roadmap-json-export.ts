import type * as Y from 'yjs';
import type { z } from 'zod';
import type { Readable, RecordKind, Value } from '../model/record-kind';
import { goalKind } from '../model/goal';
import { keyResultKind } from '../model/key-result';
import { initiativeKind } from '../model/initiative';
import { milestoneKind } from '../model/milestone';
import { checkInKind, type CheckIn } from '../model/check-in';
import type { Baseline } from '../model/baseline';
import { compareOrdered } from '../model/order';
import { RoadmapStore, type RoadmapSnapshot } from '../read-model/roadmap-store';
import { planAtBaseline } from '../read-model/baseline-plan';
import { repairReferences } from './roadmap-json-repair';
import {
  MAX_JSON_BYTES,
  exceedsBytes,
  ROADMAP_JSON_FORMAT,
  ROADMAP_JSON_VERSION,
  type RoadmapJson,
  type RoadmapJsonBaseline,
  type RoadmapJsonCheckIn,
  type RoadmapJsonMeta,
  type RoadmapJsonPlan,
} from './roadmap-json-schema';

export interface RoadmapJsonExportOptions {
  /** When the file is written (ISO date and time); left out when not given, so two exports can be compared. */
  readonly exportedAt?: string;
}

/** An exported roadmap, and what the export had to change or leave out to make a file that imports. */
export interface RoadmapJsonExport {
  readonly json: RoadmapJson;
  /** The file's text (see formatRoadmapJson). */
  readonly text: string;
  readonly warnings: readonly string[];
}

/** The latest moment ISO 8601 writes with a four-digit year. */
const LATEST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A stored moment (ms since 1970) as ISO 8601, or null when it has no four-digit-year date. */
function isoInstantOf(ms: number): string | null {
  return ms >= 0 && ms <= LATEST_INSTANT ? new Date(ms).toISOString() : null;
}

/** A record's id and model fields, as the read model read them (so without problems and joins). */
function fieldsOf<Shape extends z.ZodRawShape>(
  kind: RecordKind<Shape>,
  record: Readable<Value<Shape>>,
): { id: string } & Value<Shape> {
  const fields: Record<string, unknown> = { id: record.id };
  for (const field of Object.keys(kind.shape)) fields[field] = (record as Record<string, unknown>)[field];
  return fields as { id: string } & Value<Shape>;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortedSet = (members: readonly string[]) => [...new Set(members)].sort(byText);

/** Exports a plan read by the read model: values as read, then repaired so that the file imports. */
function planOf(plan: RoadmapSnapshot, where: string, warnings: string[]): RoadmapJsonPlan {
  const warn = (text: string) => warnings.push(`${where}${text}`);
  // Invalid stored values are read as their defaults, with a problem each; the rules across fields are
  // repaired below, each with its own warning.
  const noteDefaults = <Shape extends z.ZodRawShape>(
    kind: RecordKind<Shape>,
    label: string,
    record: Readable<Value<Shape>>,
  ) => {
    const rules = new Set(kind.check(record as unknown as Value<Shape>).map((problem) => problem.message));
    for (const problem of record.problems) {
      if (!rules.has(problem.message)) warn(`${label}: ${problem.message}; the file has the default value instead.`);
    }
  };

  const goals = [...plan.goals.values()].map((goal) => {
    noteDefaults(goalKind, `Goal "${goal.title}"`, goal);
    const json = fieldsOf(goalKind, goal);
    if (json.startDate !== null && json.dueDate !== null && json.dueDate < json.startDate) {
      warn(`Goal "${goal.title}": its due date is before its start date; the file has it due on its start date.`);
      json.dueDate = json.startDate;
    }
    return json;
  });

  const checkInOf = (checkIn: CheckIn, keyResultTitle: string): RoadmapJsonCheckIn => {
    const label = `Check-in of "${keyResultTitle}" on ${checkIn.date}`;
    noteDefaults(checkInKind, label, checkIn);
    const { keyResultId: _keyResultId, recordedAt, ...fields } = fieldsOf(checkInKind, checkIn);
    let instant = isoInstantOf(recordedAt);
    if (instant === null) {
      warn(`${label}: it was recorded at an impossible time; the file has 1970-01-01 instead.`);
      instant = isoInstantOf(0)!;
    }
    return { ...fields, recordedAt: instant };
  };
  const keyResults = [...plan.keyResults.values()].map((keyResult) => {
    noteDefaults(keyResultKind, `Key result "${keyResult.title}"`, keyResult);
    return {
      ...fieldsOf(keyResultKind, keyResult),
      checkIns: keyResult.checkIns.map((checkIn) => checkInOf(checkIn, keyResult.title)),
    };
  });
  const orphans = [...plan.checkIns.values()].filter((checkIn) => !plan.keyResults.has(checkIn.keyResultId)).length;
  if (orphans > 0) {
    warn(
      orphans === 1
        ? 'A check-in of a key result that no longer exists is left out.'
        : `${orphans} check-ins of key results that no longer exist are left out.`,
    );
  }

  const initiatives = [...plan.initiatives.values()].map((initiative) => {
    noteDefaults(initiativeKind, `Initiative "${initiative.title}"`, initiative);
    const json = fieldsOf(initiativeKind, initiative);
    if (json.startDate !== null && json.endDate !== null && json.endDate < json.startDate) {
      // As the timeline draws it: one day.
      warn(`Initiative "${initiative.title}": its end date is before its start date; the file has it end that day.`);
      json.endDate = json.startDate;
    }
    return { ...json, keyResultIds: sortedSet(json.keyResultIds), tags: sortedSet(json.tags) };
  });

  const milestones = [...plan.milestones.values()].map((milestone) => {
    noteDefaults(milestoneKind, `Milestone "${milestone.title}"`, milestone);
    return fieldsOf(milestoneKind, milestone);
  });

  const dependencies = [...plan.dependencies.values()].map(({ fromId, toId }) => ({ fromId, toId }));

  const repaired = repairReferences({ goals, keyResults, initiatives, milestones, dependencies }, where);
  warnings.push(...repaired.warnings);
  const ordered = repaired.plan;
  const sortedDependencies = [...ordered.dependencies].sort(
    (a, b) => byText(a.fromId, b.fromId) || byText(a.toId, b.toId),
  );
  return {
    goals: [...ordered.goals].sort(compareOrdered),
    keyResults: [...ordered.keyResults].sort(compareOrdered),
    initiatives: [...ordered.initiatives].sort(compareOrdered),
    milestones: [...ordered.milestones].sort((a, b) => byText(a.date, b.date) || byText(a.id, b.id)),
    // Two stored entries for the same pair (only a damaged document has them) are one dependency.
    dependencies: sortedDependencies.filter(
      (dependency, index) =>
        index === 0 ||
        dependency.fromId !== sortedDependencies[index - 1]!.fromId ||
        dependency.toId !== sortedDependencies[index - 1]!.toId,
    ),
  };
}

const VISION_LIMIT = 600;
const DESCRIPTION_LIMIT = 20_000;

function roadmapOf(snapshot: RoadmapSnapshot, warnings: string[]): RoadmapJsonMeta {
  const { meta } = snapshot;
  for (const problem of meta.problems)
    warnings.push(`Roadmap: ${problem.message}; the file has the default value instead.`);
  const cut = (text: string, limit: number, what: string) => {
    if (text.length <= limit) return text;
    warnings.push(
      `Roadmap: its ${what} is longer than ${limit.toLocaleString('en-US')} characters; the file has the first ${limit.toLocaleString('en-US')}.`,
    );
    return text.slice(0, limit);
  };
  return {
    title: meta.title,
    description: cut(meta.description, DESCRIPTION_LIMIT, 'description'),
    vision: cut(meta.vision, VISION_LIMIT, 'vision'),
    fiscalYearStartMonth: meta.fiscalYearStartMonth,
    staleAfterDays: meta.staleAfterDays,
    paceTolerance: meta.paceTolerance,
    horizonPeriod: meta.horizonPeriod,
  };
}

/** Oldest first; ties by id, the same on every replica. */
function compareBaselinesOldestFirst(a: Baseline, b: Baseline): number {
  return a.takenAt - b.takenAt || byText(a.id, b.id);
}

function baselinesOf(doc: Y.Doc, snapshot: RoadmapSnapshot, warnings: string[]): RoadmapJsonBaseline[] {
  const baselines: RoadmapJsonBaseline[] = [];
  for (const baseline of [...snapshot.baselines.values()].sort(compareBaselinesOldestFirst)) {
    const where = `Baseline "${baseline.name}": `;
    let plan: RoadmapSnapshot;
    try {
      plan = planAtBaseline(doc, baseline);
    } catch {
      // A damaged snapshot, or a document opened without the history the snapshot points into.
      warnings.push(`${where}its plan cannot be rebuilt from this roadmap's history; it is left out.`);
      continue;
    }
    let takenAt = isoInstantOf(baseline.takenAt);
    if (takenAt === null) {
      warnings.push(`${where}it was taken at an impossible time; the file has 1970-01-01 instead.`);
      takenAt = isoInstantOf(0)!;
    }
    baselines.push({
      id: baseline.id,
      name: baseline.name,
      takenAt,
      takenBy: baseline.takenBy,
      plan: planOf(plan, where, warnings),
    });
  }
  return baselines;
}

function buildRoadmapJson(doc: Y.Doc, options: RoadmapJsonExportOptions): { json: RoadmapJson; warnings: string[] } {
  const store = new RoadmapStore(doc);
  const snapshot = store.getSnapshot();
  store.destroy();
  const warnings: string[] = [];
  if (snapshot.schema.kind === 'newer') {
    warnings.push(
      'This roadmap was saved by a newer Waymark: what this Waymark does not know of it is not in the file.',
    );
  }
  const roadmap = roadmapOf(snapshot, warnings);
  const current = planOf(snapshot, '', warnings);
  const baselines = baselinesOf(doc, snapshot, warnings);
  const json: RoadmapJson = {
    format: ROADMAP_JSON_FORMAT,
    version: ROADMAP_JSON_VERSION,
    ...(options.exportedAt !== undefined ? { exportedAt: options.exportedAt } : {}),
    roadmap,
    ...current,
    baselines,
  };
  return { json, warnings };
}

/** A roadmap JSON value as file text: indented by two spaces, with a final newline. */
export function formatRoadmapJson(json: RoadmapJson): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * The whole roadmap as a Waymark roadmap JSON file (docs/JSON-FORMAT.md): its fields, its current plan and
 * each baseline's plan, every record with its id and all its model fields, in an order that depends only on
 * the content (so exporting an imported file gives the same file). Values are as the app reads them; what
 * the app shows but a file could not hold (an invalid value, an end before the start, a link to a deleted
 * record) is written as the app shows it, each with a warning.
 */
export function exportRoadmapJson(doc: Y.Doc, options: RoadmapJsonExportOptions = {}): RoadmapJsonExport {
  const { json, warnings } = buildRoadmapJson(doc, options);
  const text = formatRoadmapJson(json);
  if (exceedsBytes(text, MAX_JSON_BYTES)) {
    warnings.push(`The file is larger than ${MAX_JSON_BYTES / 1024 / 1024} MB: Waymark will not import it again.`);
  }
  return { json, text, warnings };
}

/** The roadmap as a plain JSON value (see exportRoadmapJson, which also says what the export repaired). */
export function roadmapToJson(doc: Y.Doc, options: RoadmapJsonExportOptions = {}): RoadmapJson {
  return buildRoadmapJson(doc, options).json;
}

/** The roadmap as the text of a Waymark roadmap JSON file. */
export function serializeRoadmapJson(doc: Y.Doc, options: RoadmapJsonExportOptions = {}): string {
  return formatRoadmapJson(roadmapToJson(doc, options));
}

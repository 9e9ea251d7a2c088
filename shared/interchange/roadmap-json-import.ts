import type * as Y from 'yjs';
import type { z } from 'zod';
import { createRoadmapYDoc, metaOf, visionOf } from '../model/document';
import { goalKind } from '../model/goal';
import { keyResultKind } from '../model/key-result';
import { initiativeKind } from '../model/initiative';
import { milestoneKind } from '../model/milestone';
import { checkInKind } from '../model/check-in';
import { dependencyId } from '../model/dependency';
import { roadmapMetaKind } from '../model/roadmap-meta';
import type { Problem } from '../model/problem';
import { replaceText } from '../model/text-diff';
import { initializeRoadmap } from '../commands/roadmap';
import { takeBaseline } from '../commands/baselines';
import { jsonSyntaxProblem } from './json-syntax';
import { repairReferences } from './roadmap-json-repair';
import { writePlan } from './roadmap-json-write';
import {
  MAX_JSON_BYTES,
  exceedsBytes,
  ROADMAP_JSON_FORMAT,
  ROADMAP_JSON_VERSION,
  roadmapJsonSchema,
  type RoadmapJson,
  type RoadmapJsonMeta,
  type RoadmapJsonPlan,
} from './roadmap-json-schema';

/** The file cannot be imported; the message says why and where, in words a person can act on. */
export class RoadmapJsonError extends Error {
  constructor(
    message: string,
    /** Every problem found (at most MAX_PROBLEMS), the first of which is the message's. */
    readonly problems: readonly string[] = [message],
  ) {
    super(message);
    this.name = 'RoadmapJsonError';
  }
}

/** Origin of the import's transaction: not a user edit, so the imported roadmap has no undo history. */
export const JSON_IMPORT_ORIGIN = Symbol('waymark-json-import');

/** An imported roadmap: a new document, and what was repaired on the way in. */
export interface RoadmapJsonImport {
  readonly doc: Y.Doc;
  readonly warnings: readonly string[];
}

const MAX_PROBLEMS = 100;

function refuse(problems: readonly string[]): never {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const more = problems.length - 1;
  const message = more === 0 ? shown[0]! : `${shown[0]} (and ${more} more problem${more === 1 ? '' : 's'})`;
  throw new RoadmapJsonError(message, shown);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const problem = jsonSyntaxProblem(text);
    throw new RoadmapJsonError(
      problem
        ? `This file is not JSON: ${problem.what} at line ${problem.line}, column ${problem.column}.`
        : `This file is not JSON: ${(error as Error).message}`,
    );
  }
}

/** `initiatives[3].endDate`, `baselines[0].plan.goals[1]`. */
function pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : text ? `.${String(part)}` : String(part);
  return text;
}

function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  let parent = input;
  for (const part of path.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown>)?.[part];
  const field = path.at(-1);
  return typeof parent === 'object' && parent !== null && field !== undefined && !Object.hasOwn(parent, field);
}

/** One sentence per field at fault (the first issue of each), naming where it is. */
function problemsOf(error: z.ZodError, input: unknown): string[] {
  const problems = new Map<string, string>();
  for (const issue of error.issues) {
    const where = pathText(issue.path);
    if (problems.has(where)) continue;
    if (issue.code === 'unrecognized_keys') {
      const fields = issue.keys.map((key) => `"${key}"`).join(', ');
      problems.set(where, `${where || 'The file'}: unknown field${issue.keys.length === 1 ? '' : 's'} ${fields}`);
    } else if (issue.code === 'invalid_type' && isMissing(input, issue.path)) {
      problems.set(where, `${where} is missing`);
    } else {
      problems.set(where, `${where}: ${issue.message}`);
    }
  }
  return [...problems.values()];
}

/** Duplicate ids and the rules spanning fields (an end before its start), in one plan. */
function planProblems(plan: RoadmapJsonPlan, prefix: string): string[] {
  const problems: string[] = [];
  const unique = (list: string, ids: readonly string[], what = (at: string) => `is also the id of ${at}`) => {
    const first = new Map<string, string>();
    ids.forEach((id, index) => {
      const here = `${prefix}${list}[${index}]`;
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, here);
      else problems.push(`${here}${list === 'dependencies' ? '' : '.id'}: ${what(earlier)}`);
    });
  };
  const rules = (list: string, records: readonly object[], check: (record: never) => Problem[]) => {
    records.forEach((record, index) => {
      for (const problem of check(record as never)) {
        const field = problem.field ? `.${problem.field}` : '';
        problems.push(`${prefix}${list}[${index}]${field}: ${problem.message}`);
      }
    });
  };
  for (const list of ['goals', 'keyResults', 'initiatives', 'milestones'] as const) {
    unique(
      list,
      (plan[list] as readonly { id: string }[]).map((record) => record.id),
    );
  }
  unique(
    'dependencies',
    plan.dependencies.map(({ fromId, toId }) => dependencyId(fromId, toId)),
    (at) => `the same dependency as ${at}`,
  );
  // Check-in ids are unique across key results: they are one collection in the document.
  const checkIns = new Map<string, string>();
  plan.keyResults.forEach((keyResult, keyResultIndex) => {
    keyResult.checkIns.forEach((checkIn, index) => {
      const here = `${prefix}keyResults[${keyResultIndex}].checkIns[${index}]`;
      const earlier = checkIns.get(checkIn.id);
      if (earlier === undefined) checkIns.set(checkIn.id, here);
      else problems.push(`${here}.id: is also the id of ${earlier}`);
    });
    rules(`keyResults[${keyResultIndex}].checkIns`, keyResult.checkIns, checkInKind.check);
  });
  rules('goals', plan.goals, goalKind.check);
  rules('keyResults', plan.keyResults, keyResultKind.check);
  rules('initiatives', plan.initiatives, initiativeKind.check);
  rules('milestones', plan.milestones, milestoneKind.check);
  return problems;
}

/** Oldest first, as they were taken; ties by id. */
function byTakenAt(a: { id: string; takenAt: string }, b: { id: string; takenAt: string }): number {
  return Date.parse(a.takenAt) - Date.parse(b.takenAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Reads and checks a Waymark roadmap JSON file, and repairs its broken references (see repairReferences).
 * Throws a RoadmapJsonError when the file is too large, not JSON, not a Waymark roadmap, from a newer
 * Waymark, or breaks a rule of the model (an invalid value, a duplicate id, an end before its start).
 */
export function readRoadmapJson(text: string): { json: RoadmapJson; warnings: string[] } {
  if (exceedsBytes(text, MAX_JSON_BYTES)) {
    refuse([`This file is larger than ${MAX_JSON_BYTES / 1024 / 1024} MB, the most a roadmap JSON file may be.`]);
  }
  const value = parseJson(text.startsWith('\uFEFF') ? text.slice(1) : text);
  const fields = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as object) : {};
  if (!('format' in fields) || fields.format !== ROADMAP_JSON_FORMAT) {
    refuse([`This is not a Waymark roadmap JSON file: it has no "format": "${ROADMAP_JSON_FORMAT}".`]);
  }
  const version = 'version' in fields ? fields.version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > ROADMAP_JSON_VERSION) {
    refuse([
      `This file was made by a newer Waymark (format version ${version}); this Waymark reads version ${ROADMAP_JSON_VERSION}. Update Waymark to import it.`,
    ]);
  }
  if (version !== ROADMAP_JSON_VERSION) {
    refuse([`This Waymark roadmap JSON file has an unknown format version: ${JSON.stringify(version) ?? 'none'}.`]);
  }
  const parsed = roadmapJsonSchema.safeParse(value);
  if (!parsed.success) refuse(problemsOf(parsed.error, value));
  const json = parsed.data;

  const problems = planProblems(json, '');
  const baselineIds = new Map<string, number>();
  json.baselines.forEach((baseline, index) => {
    const earlier = baselineIds.get(baseline.id);
    if (earlier !== undefined) problems.push(`baselines[${index}].id: is also the id of baselines[${earlier}]`);
    else baselineIds.set(baseline.id, index);
    problems.push(...planProblems(baseline.plan, `baselines[${index}].plan.`));
  });
  if (problems.length > 0) refuse(problems);

  const warnings: string[] = [];
  const current = repairReferences(json);
  warnings.push(...current.warnings);
  const baselines = json.baselines.map((baseline) => {
    const repaired = repairReferences(baseline.plan, `Baseline "${baseline.name}": `);
    warnings.push(...repaired.warnings);
    return { ...baseline, plan: repaired.plan };
  });
  return { json: { ...json, ...current.plan, baselines }, warnings };
}

/** Stores the roadmap's fields as a new roadmap gets them, then what differs from a new roadmap's. */
function writeRoadmap(doc: Y.Doc, roadmap: RoadmapJsonMeta): void {
  const { title, description, vision, fiscalYearStartMonth, staleAfterDays, paceTolerance, horizonPeriod } = roadmap;
  initializeRoadmap(doc, { title, fiscalYearStartMonth, ...(description ? { description } : {}) });
  const meta = metaOf(doc);
  if (staleAfterDays !== roadmapMetaKind.defaults.staleAfterDays) meta.set('staleAfterDays', staleAfterDays);
  if (paceTolerance !== roadmapMetaKind.defaults.paceTolerance) meta.set('paceTolerance', paceTolerance);
  if (horizonPeriod && horizonPeriod !== roadmapMetaKind.defaults.horizonPeriod)
    meta.set('horizonPeriod', horizonPeriod);
  if (vision) replaceText(visionOf(doc), vision);
}

/**
 * A new roadmap document from a Waymark roadmap JSON file, with the current schema version as a new roadmap
 * has. Baselines are replayed oldest first: the document is made to hold a baseline's plan, the baseline is
 * taken (with its id, name, time and author), and so on; then it is made to hold the current plan. So each
 * baseline's plan (planAtBaseline) is the file's. Refused whole with a RoadmapJsonError (see
 * readRoadmapJson): nothing is returned then. The document's history is not undoable.
 */
export function roadmapFromJson(text: string): RoadmapJsonImport {
  const { json, warnings } = readRoadmapJson(text);
  const doc = createRoadmapYDoc();
  doc.transact(() => {
    writeRoadmap(doc, json.roadmap);
    for (const baseline of [...json.baselines].sort(byTakenAt)) {
      writePlan(doc, baseline.plan);
      takeBaseline(doc, {
        id: baseline.id,
        name: baseline.name,
        takenAt: Date.parse(baseline.takenAt),
        takenBy: baseline.takenBy,
      });
    }
    writePlan(doc, json);
  }, JSON_IMPORT_ORIGIN);
  return { doc, warnings };
}

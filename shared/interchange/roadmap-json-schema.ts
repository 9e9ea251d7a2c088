import { z } from 'zod';
import { isoDateField, longTextField } from '../model/common-fields';
import { goalKind } from '../model/goal';
import { keyResultKind } from '../model/key-result';
import { initiativeKind } from '../model/initiative';
import { milestoneKind } from '../model/milestone';
import { dependencyKind } from '../model/dependency';
import { checkInKind } from '../model/check-in';
import { baselineKind } from '../model/baseline';
import { roadmapMetaKind } from '../model/roadmap-meta';

/** The `format` of a Waymark roadmap JSON file. */
export const ROADMAP_JSON_FORMAT = 'waymark-roadmap';

/** The version of the JSON format this build writes and the newest it reads (see docs/JSON-FORMAT.md). */
export const ROADMAP_JSON_VERSION = 1;

/**
 * Larger files are refused before parsing. A baseline's plan is written in full, so a file grows with the
 * plan times its baselines: 5,000 initiatives with eight baselines (the benchmark's largest) take ~30 MB.
 */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** Whether `text` takes more than `limit` bytes as UTF-8, without encoding it. */
export function exceedsBytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    // A surrogate pair is 4 bytes: 2 for each half.
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit < 0xe000) ? 2 : 3;
    if (bytes > limit) return true;
  }
  return false;
}

// The JSON Schema's titles, descriptions and $defs names. A registry of our own, not zod's global one: this
// module may be evaluated more than once in one process (test isolation), and ids must be unique in a registry.
const jsonMeta = z.registry<{ id?: string; title?: string; description?: string }>();

/** A copy of `schema` that the JSON Schema describes (the model's field schemas are shared by many fields). */
function described<T extends z.ZodType>(schema: T, description: string): T {
  const copy = schema.clone();
  jsonMeta.add(copy as z.ZodType, { description });
  return copy;
}

const ISO_DATE_MESSAGE = 'Use a real date like 2027-01-31';

/** A calendar day, as the model checks it, with a pattern the JSON Schema can show (the check is code). */
const jsonDateField = isoDateField.clone().regex(/^\d{4}-\d{2}-\d{2}$/, ISO_DATE_MESSAGE);

/** The model's shape with every ISO date field made to carry its pattern in the JSON Schema. */
function withDatePatterns<Shape extends z.ZodRawShape>(shape: Shape): Shape {
  return Object.fromEntries(
    Object.entries(shape).map(([field, schema]) => {
      if (schema === isoDateField) return [field, jsonDateField];
      if (schema instanceof z.ZodNullable && schema.unwrap() === isoDateField) return [field, jsonDateField.nullable()];
      return [field, schema];
    }),
  ) as Shape;
}

/** A moment, written as an ISO 8601 date and time (`2027-01-15T09:00:00.000Z`); from 1970 on. */
const instantField = z.iso
  .datetime({ offset: true, error: 'Use a date and time like 2027-01-15T09:00:00.000Z' })
  .refine((value) => Date.parse(value) >= 0, 'Use a time from 1970 on');

const idField = described(z.string().min(1, 'An id is required'), 'The record’s id, unique in its list.');

const ORDER = 'Fractional-index order key: records sort by it, then by id.';

const checkInFields = (({ keyResultId: _keyResultId, recordedAt: _recordedAt, ...fields }) => fields)(
  checkInKind.shape,
);

const checkInJson = z
  .strictObject({
    id: idField,
    ...withDatePatterns(checkInFields),
    recordedAt: described(instantField, 'When it was recorded; orders two check-ins of the same day.'),
  })
  .register(jsonMeta, { id: 'checkIn', description: 'A dated reading of its key result.' });

const goalJson = z
  .strictObject({
    id: idField,
    ...withDatePatterns(goalKind.shape),
    weight: described(goalKind.shape.weight, 'How much it counts in its parent goal’s progress (0 leaves it out).'),
    parentId: described(goalKind.shape.parentId, 'The id of the goal it is a sub-goal of, or null.'),
    order: described(goalKind.shape.order, ORDER),
  })
  .register(jsonMeta, { id: 'goal', description: 'A goal (objective): a swimlane of the timeline.' });

const keyResultJson = z
  .strictObject({
    id: idField,
    ...withDatePatterns(keyResultKind.shape),
    goalId: described(keyResultKind.shape.goalId, 'The id of its goal.'),
    weight: described(keyResultKind.shape.weight, 'How much it counts in its goal’s progress (0 leaves it out).'),
    order: described(keyResultKind.shape.order, ORDER),
    checkIns: described(z.array(checkInJson), 'Its check-ins, oldest first; the latest gives its current value.'),
  })
  .register(jsonMeta, { id: 'keyResult', description: 'A measurable key result of a goal.' });

const initiativeJson = z
  .strictObject({
    id: idField,
    ...withDatePatterns(initiativeKind.shape),
    goalId: described(initiativeKind.shape.goalId, 'The id of the goal whose lane it is on, or null (Unaligned).'),
    keyResultIds: described(initiativeKind.shape.keyResultIds, 'Ids of the key results of its goal it moves.'),
    progress: described(initiativeKind.shape.progress, 'Percent done, 0–100.'),
    order: described(initiativeKind.shape.order, ORDER),
    externalKey: described(initiativeKind.shape.externalKey, 'Its key outside Waymark (a Jira issue key), or "".'),
  })
  .register(jsonMeta, {
    id: 'initiative',
    description: 'A piece of work: a bar from startDate to endDate (inclusive).',
  });

const milestoneJson = z.strictObject({ id: idField, ...withDatePatterns(milestoneKind.shape) }).register(jsonMeta, {
  id: 'milestone',
  description: 'A dated event on a goal’s lane (goalId) or on Unaligned (null).',
});

const dependencyJson = z.strictObject(dependencyKind.shape).register(jsonMeta, {
  id: 'dependency',
  description: 'Initiative fromId must finish before initiative toId starts.',
});

const planShape = {
  goals: z.array(goalJson),
  keyResults: z.array(keyResultJson),
  initiatives: z.array(initiativeJson),
  milestones: z.array(milestoneJson),
  dependencies: z.array(dependencyJson),
};

const planJson = z
  .strictObject(planShape)
  .register(jsonMeta, { id: 'plan', description: 'Goals, key results, initiatives, milestones and dependencies.' });

const baselineJson = z
  .strictObject({
    id: idField,
    name: baselineKind.shape.name,
    takenAt: described(instantField, 'When it was taken.'),
    takenBy: baselineKind.shape.takenBy,
    plan: planJson,
  })
  .register(jsonMeta, { id: 'baseline', description: 'The plan as it stood when the baseline was taken.' });

const roadmapJson = z
  .strictObject({
    title: roadmapMetaKind.shape.title,
    description: longTextField,
    vision: z.string().max(600, 'Keep the vision under 600 characters'),
    fiscalYearStartMonth: described(
      roadmapMetaKind.shape.fiscalYearStartMonth,
      'The month its fiscal year starts, 1–12.',
    ),
    staleAfterDays: described(
      roadmapMetaKind.shape.staleAfterDays,
      'Days without a check-in after which a key result is stale.',
    ),
    paceTolerance: described(roadmapMetaKind.shape.paceTolerance, 'Points progress may trail the expected pace.'),
    horizonPeriod: described(
      roadmapMetaKind.shape.horizonPeriod,
      'How long each column of the Now/Next/Later board is; a file without it reads "quarter".',
    ).optional(),
  })
  .register(jsonMeta, { id: 'roadmap', description: 'The roadmap’s own fields.' });

/** The whole file; validates with the model's own field rules (cross-record rules are checked after). */
export const roadmapJsonSchema = z
  .strictObject({
    format: z.literal(ROADMAP_JSON_FORMAT),
    version: z.literal(ROADMAP_JSON_VERSION),
    exportedAt: described(instantField, 'When the file was written.').optional(),
    roadmap: roadmapJson,
    ...planShape,
    baselines: described(z.array(baselineJson), 'Baselines, oldest first.'),
  })
  .register(jsonMeta, {
    title: 'Waymark roadmap',
    description:
      'A whole Waymark roadmap with its baselines, as written by Waymark’s JSON export (docs/JSON-FORMAT.md).',
  });

/** A Waymark roadmap JSON file. */
export type RoadmapJson = z.infer<typeof roadmapJsonSchema>;
/** The roadmap's own fields in a file. */
export type RoadmapJsonMeta = RoadmapJson['roadmap'];
/** A plan: the current one (the file's top level) or a baseline's. */
export type RoadmapJsonPlan = z.infer<typeof planJson>;
export type RoadmapJsonGoal = z.infer<typeof goalJson>;
export type RoadmapJsonKeyResult = z.infer<typeof keyResultJson>;
export type RoadmapJsonCheckIn = z.infer<typeof checkInJson>;
export type RoadmapJsonInitiative = z.infer<typeof initiativeJson>;
export type RoadmapJsonMilestone = z.infer<typeof milestoneJson>;
export type RoadmapJsonDependency = z.infer<typeof dependencyJson>;
export type RoadmapJsonBaseline = z.infer<typeof baselineJson>;

/** The JSON Schema (draft 2020-12) of the file, as committed in docs/waymark-roadmap.schema.json. */
export function roadmapJsonSchemaDocument(): Record<string, unknown> {
  return z.toJSONSchema(roadmapJsonSchema, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: jsonMeta,
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
}

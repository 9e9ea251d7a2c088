import { z } from 'zod';
import type * as Y from 'yjs';
import { CommandError, defineCommand } from './command';
import {
  assertValid,
  entityOrThrow,
  exists,
  insertRecords,
  readAll,
  prepareUpdate,
  readOne,
  removeRecords,
} from './records';
import { DEFAULT_SPAN_DAYS, initiativeKind, isScheduled, type InitiativeFields } from '../model/initiative';
import { isoDateField } from '../model/common-fields';
import { newId } from '../model/ids';
import { orderKeyAfterAll } from '../model/order';
import { addDays, isIsoDate } from '../time/iso-date';
import { withStartKeepingLength } from '../time/day-range';

const initiativeCreateInput = z
  .object({ id: z.string().min(1).optional(), ...initiativeKind.shape, order: initiativeKind.shape.order.optional() })
  .partial()
  .required({ title: true, startDate: true, endDate: true })
  .strict();

export type InitiativeCreateInput = z.input<typeof initiativeCreateInput>;

/**
 * Refuses a goal that does not exist, and newly linked key results that do not exist or belong to
 * another goal (an initiative contributes to its own goal's key results). Links already stored are not
 * re-checked: a key result deleted by a peer must not block every later edit.
 */
function assertReferencesValid(
  doc: Y.Doc,
  goalId: string | null,
  keyResultIds: readonly string[],
  alreadyLinked: readonly string[] = [],
): void {
  if (goalId && !exists(doc, 'goals', goalId)) {
    throw new CommandError('The goal does not exist', [{ field: 'goalId', message: 'The goal does not exist' }]);
  }
  for (const keyResultId of keyResultIds) {
    if (alreadyLinked.includes(keyResultId)) continue;
    const message = !exists(doc, 'keyResults', keyResultId)
      ? 'A linked key result does not exist'
      : readOne(doc, 'keyResults', keyResultId).goalId !== goalId
        ? "Link only key results of the initiative's own goal"
        : null;
    if (message) throw new CommandError(message, [{ field: 'keyResultIds', message }]);
  }
}

/** The initiative's key-result links that still belong to `goalId` (kept when it moves lanes). */
function linksKeptFor(doc: Y.Doc, keyResultIds: readonly string[], goalId: string | null): string[] {
  return keyResultIds.filter(
    (keyResultId) =>
      exists(doc, 'keyResults', keyResultId) && readOne(doc, 'keyResults', keyResultId).goalId === goalId,
  );
}

/**
 * Checks a change and returns its write (see prepareUpdate); moving to another goal drops links to the old
 * goal's key results.
 */
function prepareInitiativeChanges(doc: Y.Doc, id: string, changes: Partial<InitiativeFields>) {
  entityOrThrow(doc, 'initiatives', id);
  const current = readOne(doc, 'initiatives', id);
  const goalId = changes.goalId !== undefined ? changes.goalId : current.goalId;
  const keyResultIds = changes.keyResultIds ?? current.keyResultIds;
  assertReferencesValid(doc, goalId, keyResultIds, current.keyResultIds);
  const goalChanged = changes.goalId !== undefined && changes.goalId !== current.goalId;
  const finalChanges =
    goalChanged && !changes.keyResultIds
      ? { ...changes, keyResultIds: linksKeptFor(doc, keyResultIds, goalId) }
      : changes;
  return prepareUpdate(doc, 'initiatives', id, finalChanges);
}

/** Creates initiatives, each placed after the existing ones in its lane order; returns their ids. */
export const createInitiatives = defineCommand('initiatives.create', z.array(initiativeCreateInput), (doc, inputs) => {
  const placed = readAll(doc, 'initiatives').map(({ id, order }) => ({ id, order }));
  const records: { id: string; value: InitiativeFields }[] = [];
  for (const input of inputs) {
    const { id = newId(), ...fields } = input;
    if (exists(doc, 'initiatives', id)) throw new CommandError(`An initiative with id ${id} already exists`);
    const value: InitiativeFields = {
      ...initiativeKind.defaults,
      ...fields,
      order: fields.order ?? orderKeyAfterAll(placed),
    };
    assertValid('initiatives', value);
    assertReferencesValid(doc, value.goalId, value.keyResultIds);
    records.push({ id, value });
    placed.push({ id, order: value.order });
  }
  insertRecords(doc, 'initiatives', records);
  return records.map((record) => record.id);
});

/** Creates one initiative; returns its id. */
export const createInitiative = defineCommand(
  'initiative.create',
  initiativeCreateInput,
  (doc, input) => createInitiatives(doc, [input])[0]!,
);

const initiativePatch = z.object(initiativeKind.shape).partial().strict();

/** Changes some fields of an initiative (end date never before start date). */
export const updateInitiative = defineCommand(
  'initiative.update',
  z.object({ id: z.string().min(1), changes: initiativePatch }).strict(),
  (doc, { id, changes }) => prepareInitiativeChanges(doc, id, changes)(),
);

/**
 * Gives several initiatives the same status, owner or team (what the inspector does for a selection), as
 * one undo step; refused whole, with nothing written, when any of them does not exist or would be invalid.
 */
export const updateInitiatives = defineCommand(
  'initiatives.update',
  z
    .object({
      ids: z.array(z.string().min(1)).min(1),
      changes: initiativePatch.pick({ status: true, owner: true, team: true }),
    })
    .strict(),
  (doc, { ids, changes }) => {
    const writes = ids.map((id) => prepareInitiativeChanges(doc, id, changes));
    return writes.map((write) => write());
  },
);

const moveInput = z
  .object({
    id: z.string().min(1),
    goalId: z.string().min(1).nullable().optional(),
    startDate: isoDateField.optional(),
  })
  .strict();

/**
 * Moves initiatives to a lane (a goal, or null for Unaligned) and/or new start dates, each keeping its
 * duration: what a drag on the canvas does (one or a whole selection), as one undo step.
 */
export const moveInitiatives = defineCommand('initiatives.move', z.array(moveInput), (doc, moves) => {
  // Every move is checked whole (its goal, its dates, its links) before any is written: a refused one
  // leaves the others undone too.
  const writes = moves.map(({ id, goalId, startDate }) => {
    entityOrThrow(doc, 'initiatives', id);
    const current = readOne(doc, 'initiatives', id);
    const changes: Partial<InitiativeFields> = {};
    if (goalId !== undefined) changes.goalId = goalId;
    if (startDate !== undefined) {
      // An unscheduled one gets its dates here, two weeks long (drop it from the Unscheduled tray).
      const length = isScheduled(current) ? current : { startDate, endDate: addDays(startDate, DEFAULT_SPAN_DAYS - 1) };
      Object.assign(changes, withStartKeepingLength(length, startDate));
    }
    if (changes.goalId && !exists(doc, 'goals', changes.goalId)) {
      throw new CommandError('The goal does not exist', [{ field: 'goalId', message: 'The goal does not exist' }]);
    }
    return prepareInitiativeChanges(doc, id, changes);
  });
  return writes.map((write) => write());
});

/**
 * Takes initiatives off the timeline: their dates are cleared (ideas, "later" work), as one undo step.
 * Their dependencies stay; with no dates, they are never late.
 */
export const unscheduleInitiatives = defineCommand(
  'initiatives.unschedule',
  z.array(z.string().min(1)).min(1),
  (doc, ids) => {
    const writes = ids.map((id) => prepareInitiativeChanges(doc, id, { startDate: null, endDate: null }));
    return writes.map((write) => write());
  },
);

/** Moves one initiative; see {@link moveInitiatives}. */
export const moveInitiative = defineCommand(
  'initiative.move',
  moveInput,
  (doc, move) => moveInitiatives(doc, [move])[0]!,
);

/** Deletes initiatives and the dependencies that point at them. */
export const deleteInitiatives = defineCommand('initiatives.delete', z.array(z.string().min(1)), (doc, ids) => {
  for (const id of ids) entityOrThrow(doc, 'initiatives', id);
  const gone = new Set(ids);
  const dependencyIds = readAll(doc, 'dependencies')
    .filter((dependency) => gone.has(dependency.fromId) || gone.has(dependency.toId))
    .map((dependency) => dependency.id);
  removeRecords(doc, 'dependencies', dependencyIds);
  removeRecords(doc, 'initiatives', ids);
});

/** Deletes one initiative and its dependencies. */
export const deleteInitiative = defineCommand(
  'initiative.delete',
  z.object({ id: z.string().min(1) }).strict(),
  (doc, { id }) => deleteInitiatives(doc, [id]),
);

/**
 * The changes for a new start date typed into an initiative: past its end, the end moves along so the
 * initiative keeps its length (as calendars do), so dates can be entered start first. An invalid date is
 * passed on as it is, for the command to refuse with its message.
 */
export function startDateChanges(
  current: { readonly startDate: string | null; readonly endDate: string | null },
  startDate: string,
): Partial<InitiativeFields> {
  if (!isIsoDate(startDate)) return { startDate };
  // An unscheduled one: a start gives it both dates, two weeks long.
  if (current.startDate === null || current.endDate === null) {
    return { startDate, endDate: addDays(startDate, DEFAULT_SPAN_DAYS - 1) };
  }
  const { startDate: start, endDate: end } = current;
  if (!isIsoDate(start) || !isIsoDate(end)) return { startDate };
  if (startDate <= end) return { startDate };
  return withStartKeepingLength({ startDate: start, endDate: end }, startDate);
}

/**
 * The changes for a new end date typed into an initiative: an unscheduled one gets a start two weeks
 * before it; a scheduled one only its end (the command refuses an end before the start).
 */
export function endDateChanges(
  current: { readonly startDate: string | null; readonly endDate: string | null },
  endDate: string,
): Partial<InitiativeFields> {
  if (!isIsoDate(endDate) || (current.startDate !== null && current.endDate !== null)) return { endDate };
  return { startDate: addDays(endDate, -(DEFAULT_SPAN_DAYS - 1)), endDate };
}

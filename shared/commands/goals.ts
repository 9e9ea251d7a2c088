import { z } from 'zod';
import type * as Y from 'yjs';
import { CommandError, defineCommand } from './command';
import {
  assertValid,
  entityOrThrow,
  exists,
  insertRecords,
  readAll,
  readOne,
  removeRecords,
  updateRecord,
} from './records';
import { goalKind, GOAL_PALETTE, type GoalFields } from '../model/goal';
import { newId } from '../model/ids';
import { orderKeyAfterAll, orderKeyBetween } from '../model/order';
import { unlinkKeyResults } from './key-results';
import { removeCheckInsOf } from './check-ins';

const goalCreateInput = z
  .object({ id: z.string().min(1).optional(), ...goalKind.shape, order: goalKind.shape.order.optional() })
  .partial()
  .required({ title: true })
  .strict();

export type GoalCreateInput = z.input<typeof goalCreateInput>;

function assertParentAllowed(doc: Y.Doc, goalId: string, parentId: string | null): void {
  if (parentId === null) return;
  if (!exists(doc, 'goals', parentId))
    throw new CommandError('The parent goal does not exist', [
      { field: 'parentId', message: 'The parent goal does not exist' },
    ]);
  // Walk up from the new parent: reaching the goal itself would make a cycle.
  const seen = new Set<string>();
  for (let current: string | null = parentId; current !== null && !seen.has(current);) {
    if (current === goalId)
      throw new CommandError('A goal cannot be nested under itself', [
        { field: 'parentId', message: 'A goal cannot be nested under itself' },
      ]);
    seen.add(current);
    current = exists(doc, 'goals', current) ? readOne(doc, 'goals', current).parentId : null;
  }
}

/** Creates goals, each after the existing ones, with the next palette color unless one is given. */
export const createGoals = defineCommand('goals.create', z.array(goalCreateInput), (doc, inputs) => {
  const existing = readAll(doc, 'goals');
  const records: { id: string; value: GoalFields }[] = [];
  for (const input of inputs) {
    const { id = newId(), ...fields } = input;
    if (exists(doc, 'goals', id)) throw new CommandError(`A goal with id ${id} already exists`);
    const order =
      fields.order ?? orderKeyAfterAll([...existing, ...records.map((r) => ({ id: r.id, order: r.value.order }))]);
    const color = fields.color ?? GOAL_PALETTE[(existing.length + records.length) % GOAL_PALETTE.length]!;
    const value: GoalFields = { ...goalKind.defaults, ...fields, color, order };
    assertValid('goals', value);
    assertParentAllowed(doc, id, value.parentId);
    records.push({ id, value });
  }
  insertRecords(doc, 'goals', records);
  return records.map((record) => record.id);
});

/** Creates one goal; returns its id. */
export const createGoal = defineCommand('goal.create', goalCreateInput, (doc, input) => createGoals(doc, [input])[0]!);

const goalPatch = z.object(goalKind.shape).partial().strict();

/** Changes some fields of a goal. */
export const updateGoal = defineCommand(
  'goal.update',
  z.object({ id: z.string().min(1), changes: goalPatch }).strict(),
  (doc, { id, changes }) => {
    if (changes.parentId !== undefined) assertParentAllowed(doc, id, changes.parentId);
    return updateRecord(doc, 'goals', id, changes);
  },
);

/** Moves a goal (its lane) between two neighbours in goal order; null = open end. */
export const reorderGoal = defineCommand(
  'goal.reorder',
  z.object({ id: z.string().min(1), afterId: z.string().nullable(), beforeId: z.string().nullable() }).strict(),
  (doc, { id, afterId, beforeId }) => {
    entityOrThrow(doc, 'goals', id);
    const orderOf = (neighbour: string | null) => (neighbour ? readOne(doc, 'goals', neighbour).order : null);
    updateRecord(doc, 'goals', id, { order: orderKeyBetween(orderOf(afterId), orderOf(beforeId)) });
  },
);

/**
 * Deletes a goal and its key results (unlinked from initiatives, with their check-ins). Its initiatives and milestones are kept untouched: the read model
 * shows them in Unaligned, which also converges with a peer adding an initiative to the goal meanwhile.
 */
export const deleteGoal = defineCommand('goal.delete', z.object({ id: z.string().min(1) }).strict(), (doc, { id }) => {
  entityOrThrow(doc, 'goals', id);
  const keyResultIds = readAll(doc, 'keyResults')
    .filter((keyResult) => keyResult.goalId === id)
    .map((keyResult) => keyResult.id);
  unlinkKeyResults(doc, keyResultIds);
  removeCheckInsOf(doc, keyResultIds);
  removeRecords(doc, 'keyResults', keyResultIds);
  removeRecords(doc, 'goals', [id]);
});

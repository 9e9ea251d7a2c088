import * as Y from 'yjs';
import { z } from 'zod';
import { CommandError, defineCommand } from './command';
import { assertValid, entityOrThrow, exists, insertRecords, readAll, removeRecords, updateRecord } from './records';
import { keyResultKind, type KeyResultFields } from '../model/key-result';
import { collectionOf } from '../model/document';
import { newId } from '../model/ids';
import { orderKeyAfterAll } from '../model/order';
import { checkInInput, checkInRecord, removeCheckInsOf } from './check-ins';

const keyResultCreateInput = z
  .object({ id: z.string().min(1).optional(), ...keyResultKind.shape, order: keyResultKind.shape.order.optional() })
  .partial()
  .required({ goalId: true, title: true })
  .extend({
    /** Its first check-in, when the key result already has a value (an import, the sample). */
    checkIn: checkInInput.optional(),
  })
  .strict();

export type KeyResultCreateInput = z.input<typeof keyResultCreateInput>;

/** Adds a key result to a goal, after its existing ones (with a first check-in, if given); returns its id. */
export const createKeyResult = defineCommand('keyResult.create', keyResultCreateInput, (doc, input) => {
  const { id = newId(), checkIn, ...fields } = input;
  if (!exists(doc, 'goals', fields.goalId)) {
    throw new CommandError('The goal does not exist', [{ field: 'goalId', message: 'The goal does not exist' }]);
  }
  if (exists(doc, 'keyResults', id)) throw new CommandError(`A key result with id ${id} already exists`);
  const siblings = readAll(doc, 'keyResults').filter((keyResult) => keyResult.goalId === fields.goalId);
  const value: KeyResultFields = {
    ...keyResultKind.defaults,
    ...fields,
    order: fields.order ?? orderKeyAfterAll(siblings),
  };
  assertValid('keyResults', value);
  const first = checkIn ? checkInRecord(id, checkIn) : null;
  insertRecords(doc, 'keyResults', [{ id, value }]);
  if (first) insertRecords(doc, 'checkIns', [first]);
  return id;
});

const keyResultPatch = z.object(keyResultKind.shape).omit({ goalId: true }).partial().strict();

/** Changes some fields of a key result (it stays with its goal). */
export const updateKeyResult = defineCommand(
  'keyResult.update',
  z.object({ id: z.string().min(1), changes: keyResultPatch }).strict(),
  (doc, { id, changes }) => updateRecord(doc, 'keyResults', id, changes),
);

/** Removes key results from every initiative that contributes to them. */
export function unlinkKeyResults(doc: Y.Doc, keyResultIds: readonly string[]): void {
  for (const initiative of collectionOf(doc, 'initiatives').values()) {
    const contributions = initiative.get('keyResultIds');
    if (!(contributions instanceof Y.Map)) continue;
    for (const id of keyResultIds) if (contributions.has(id)) contributions.delete(id);
  }
}

/** Deletes a key result with its check-ins, and unlinks it from the initiatives that contributed to it. */
export const deleteKeyResult = defineCommand(
  'keyResult.delete',
  z.object({ id: z.string().min(1) }).strict(),
  (doc, { id }) => {
    entityOrThrow(doc, 'keyResults', id);
    unlinkKeyResults(doc, [id]);
    removeCheckInsOf(doc, [id]);
    removeRecords(doc, 'keyResults', [id]);
  },
);

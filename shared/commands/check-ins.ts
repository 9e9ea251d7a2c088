import type * as Y from 'yjs';
import { z } from 'zod';
import { CommandError, defineCommand } from './command';
import { assertValid, entityOrThrow, exists, insertRecords, removeRecords, updateRecord } from './records';
import { checkInKind, type CheckInFields } from '../model/check-in';
import { collectionOf } from '../model/document';
import { newId } from '../model/ids';
import type { IsoDate } from '../time/iso-date';

/** What a check-in needs from whoever makes one; the rest has defaults. */
export const checkInInput = z
  .object({
    date: checkInKind.shape.date,
    value: checkInKind.shape.value,
    confidence: checkInKind.shape.confidence.optional(),
    note: checkInKind.shape.note.optional(),
    author: checkInKind.shape.author.optional(),
    recordedAt: checkInKind.shape.recordedAt.optional(),
    /**
     * The checker's today: a check-in dated after it is refused (it records a value measured, not hoped
     * for). Not stored.
     */
    today: checkInKind.shape.date.optional(),
  })
  .strict();

export type CheckInInput = z.input<typeof checkInInput>;

function refuseFuture(date: IsoDate, today: IsoDate | undefined): void {
  if (today !== undefined && date > today) {
    throw new CommandError('A check-in cannot be dated in the future', [
      { field: 'date', message: 'A check-in cannot be dated in the future' },
    ]);
  }
}

/** The record of a new check-in of `keyResultId`, checked (nothing written). */
export function checkInRecord(keyResultId: string, input: CheckInInput): { id: string; value: CheckInFields } {
  const { today, ...fields } = input;
  refuseFuture(fields.date, today);
  const value: CheckInFields = {
    ...checkInKind.defaults,
    recordedAt: Date.now(),
    ...fields,
    keyResultId,
  };
  assertValid('checkIns', value);
  return { id: newId(), value };
}

/** Records a check-in of a key result: its value on a day, the confidence and a note; returns its id. */
export const checkIn = defineCommand(
  'keyResult.checkIn',
  z
    .object({ keyResultId: z.string().min(1) })
    .extend(checkInInput.shape)
    .strict(),
  (doc, { keyResultId, ...input }) => {
    entityOrThrow(doc, 'keyResults', keyResultId);
    const record = checkInRecord(keyResultId, input);
    insertRecords(doc, 'checkIns', [record]);
    return record.id;
  },
);

const checkInPatch = z
  .object({
    date: checkInKind.shape.date,
    value: checkInKind.shape.value,
    confidence: checkInKind.shape.confidence,
    note: checkInKind.shape.note,
  })
  .partial()
  .strict();

/** Corrects a check-in's date, value, confidence or note (who made it and when stay). */
export const updateCheckIn = defineCommand(
  'checkIn.update',
  z.object({ id: z.string().min(1), changes: checkInPatch, today: checkInKind.shape.date.optional() }).strict(),
  (doc, { id, changes, today }) => {
    if (changes.date !== undefined) refuseFuture(changes.date, today);
    return updateRecord(doc, 'checkIns', id, changes);
  },
);

/** Deletes a check-in; the key result's current value falls back to the one before. */
export const deleteCheckIn = defineCommand(
  'checkIn.delete',
  z.object({ id: z.string().min(1) }).strict(),
  (doc, { id }) => {
    if (!exists(doc, 'checkIns', id)) throw new CommandError(`No check-in with id ${id}`);
    removeRecords(doc, 'checkIns', [id]);
  },
);

/** Removes the check-ins of these key results (they go with their key result, and come back on undo). */
export function removeCheckInsOf(doc: Y.Doc, keyResultIds: readonly string[]): void {
  const gone = new Set(keyResultIds);
  const checkIns = collectionOf(doc, 'checkIns');
  const ids = [...checkIns.entries()].filter(([, entity]) => gone.has(String(entity.get('keyResultId'))));
  removeRecords(
    doc,
    'checkIns',
    ids.map(([id]) => id),
  );
}

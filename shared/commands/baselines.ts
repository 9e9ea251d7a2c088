import * as Y from 'yjs';
import { z } from 'zod';
import { CommandError, defineCommand } from './command';
import { assertValid, exists, insertRecords, removeRecords, updateRecord } from './records';
import { baselineKind, type BaselineFields } from '../model/baseline';
import { newId } from '../model/ids';

/**
 * Records the plan as it stands now under a name ("Q3 review"): a snapshot of the document taken before
 * this command writes anything, so the baseline is exactly what was there. Returns its id.
 */
export const takeBaseline = defineCommand(
  'baseline.take',
  z
    .object({
      name: baselineKind.shape.name,
      takenBy: baselineKind.shape.takenBy.optional(),
      takenAt: baselineKind.shape.takenAt.optional(),
      id: z.string().min(1).optional(),
    })
    .strict(),
  (doc, { name, takenBy = '', takenAt = Date.now(), id = newId() }) => {
    if (doc.gc) {
      // A snapshot of a document that collects deleted content could not be rebuilt later.
      throw new CommandError('This roadmap was opened without its history, so it cannot take a baseline.');
    }
    if (exists(doc, 'baselines', id)) throw new CommandError(`A baseline with id ${id} exists`);
    const value: BaselineFields = { name, takenBy, takenAt, snapshot: Y.encodeSnapshot(Y.snapshot(doc)) };
    assertValid('baselines', value);
    insertRecords(doc, 'baselines', [{ id, value }]);
    return id;
  },
);

/** Renames a baseline; what it recorded never changes. */
export const renameBaseline = defineCommand(
  'baseline.rename',
  z.object({ id: z.string().min(1), name: baselineKind.shape.name }).strict(),
  (doc, { id, name }) => {
    updateRecord(doc, 'baselines', id, { name });
  },
);

/** Deletes a baseline (one undo step brings it back). */
export const deleteBaseline = defineCommand(
  'baseline.delete',
  z.object({ id: z.string().min(1) }).strict(),
  (doc, { id }) => {
    if (!exists(doc, 'baselines', id)) throw new CommandError(`No baseline with id ${id}`);
    removeRecords(doc, 'baselines', [id]);
  },
);

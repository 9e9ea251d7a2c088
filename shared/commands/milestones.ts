import { z } from 'zod';
import { CommandError, defineCommand } from './command';
import { assertValid, entityOrThrow, exists, insertRecords, removeRecords, updateRecord } from './records';
import { milestoneKind, type MilestoneFields } from '../model/milestone';
import { newId } from '../model/ids';

const milestoneCreateInput = z
  .object({ id: z.string().min(1).optional(), ...milestoneKind.shape })
  .partial()
  .required({ title: true, date: true })
  .strict();

function assertGoalExists(doc: Parameters<typeof exists>[0], goalId: string | null | undefined): void {
  if (goalId && !exists(doc, 'goals', goalId)) {
    throw new CommandError('The goal does not exist', [{ field: 'goalId', message: 'The goal does not exist' }]);
  }
}

/** Creates a milestone on a goal's lane (or Unaligned); returns its id. */
export const createMilestone = defineCommand('milestone.create', milestoneCreateInput, (doc, input) => {
  const { id = newId(), ...fields } = input;
  if (exists(doc, 'milestones', id)) throw new CommandError(`A milestone with id ${id} already exists`);
  const value: MilestoneFields = { ...milestoneKind.defaults, ...fields };
  assertValid('milestones', value);
  assertGoalExists(doc, value.goalId);
  insertRecords(doc, 'milestones', [{ id, value }]);
  return id;
});

/** Changes some fields of a milestone. */
export const updateMilestone = defineCommand(
  'milestone.update',
  z.object({ id: z.string().min(1), changes: z.object(milestoneKind.shape).partial().strict() }).strict(),
  (doc, { id, changes }) => {
    assertGoalExists(doc, changes.goalId);
    return updateRecord(doc, 'milestones', id, changes);
  },
);

/** Deletes a milestone. */
export const deleteMilestone = defineCommand(
  'milestone.delete',
  z.object({ id: z.string().min(1) }).strict(),
  (doc, { id }) => {
    entityOrThrow(doc, 'milestones', id);
    removeRecords(doc, 'milestones', [id]);
  },
);

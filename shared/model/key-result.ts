import { z } from 'zod';
import { defineRecordKind, type Readable, type Value } from './record-kind';
import { isoDateField, numberField, orderKeyField, shortTextField, titleField, weightField } from './common-fields';
import type { CheckIn } from './check-in';

/**
 * A measurable key result of a goal: from baseline to target by a due date, with an owner and a weight in
 * the goal's progress. Its current value is not stored here: it is its latest check-in's (see check-in.ts).
 */
export const keyResultKind = defineRecordKind({
  name: 'key result',
  shape: {
    goalId: z.string().min(1),
    title: titleField,
    unit: z.string().trim().max(20, 'Keep the unit under 20 characters'),
    baseline: numberField,
    target: numberField,
    dueDate: isoDateField.nullable(),
    /** Who answers for it (a goal has its own owner); empty when it is the goal owner's. */
    owner: shortTextField,
    /** How much it counts in its goal's progress, against the goal's other key results and sub-goals. */
    weight: weightField,
    order: orderKeyField,
  },
  storage: {},
  defaults: {
    goalId: '',
    title: 'Untitled key result',
    unit: '',
    baseline: 0,
    target: 100,
    dueDate: null,
    owner: '',
    weight: 1,
    order: 'a0',
  },
  check: () => [],
});

export type KeyResultFields = Value<typeof keyResultKind.shape>;
/** A key result as stored. */
export type KeyResultRecord = Readable<KeyResultFields>;

/** A key result as the views read it: its stored fields and its check-ins, the latest one giving `current`. */
export type KeyResult = KeyResultRecord & {
  /** Oldest first (see compareCheckIns). */
  readonly checkIns: readonly CheckIn[];
  readonly latestCheckIn: CheckIn | null;
  /** The latest check-in's value; the baseline before the first check-in. */
  readonly current: number;
};

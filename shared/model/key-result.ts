import { z } from 'zod';
import { defineRecordKind, type Readable, type Value } from './record-kind';
import { isoDateField, numberField, orderKeyField, shortTextField, titleField } from './common-fields';

/** A measurable key result of a goal: from baseline to target, with the current value, a due date and an owner. */
export const keyResultKind = defineRecordKind({
  name: 'key result',
  shape: {
    goalId: z.string().min(1),
    title: titleField,
    unit: z.string().trim().max(20, 'Keep the unit under 20 characters'),
    baseline: numberField,
    target: numberField,
    current: numberField,
    dueDate: isoDateField.nullable(),
    /** Who answers for it (a goal has its own owner); empty when it is the goal owner's. */
    owner: shortTextField,
    order: orderKeyField,
  },
  storage: {},
  defaults: {
    goalId: '',
    title: 'Untitled key result',
    unit: '',
    baseline: 0,
    target: 100,
    current: 0,
    dueDate: null,
    owner: '',
    order: 'a0',
  },
  check: () => [],
});

export type KeyResultFields = Value<typeof keyResultKind.shape>;
export type KeyResult = Readable<KeyResultFields>;

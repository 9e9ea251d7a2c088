import { defineRecordKind, type Readable, type Value } from './record-kind';
import { externalKeyField, isoDateField, optionalIdField, titleField } from './common-fields';

/** A milestone: a dated event, drawn as a diamond on a goal's lane or on Unaligned. */
export const milestoneKind = defineRecordKind({
  name: 'milestone',
  shape: { title: titleField, date: isoDateField, goalId: optionalIdField, externalKey: externalKeyField },
  storage: {},
  defaults: { title: 'Untitled milestone', date: '1970-01-01', goalId: null, externalKey: '' },
  check: () => [],
});

export type MilestoneFields = Value<typeof milestoneKind.shape>;
export type Milestone = Readable<MilestoneFields>;

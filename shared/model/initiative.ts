import { z } from 'zod';
import type { Problem } from './problem';
import type { IsoDate } from '../time/iso-date';
import { defineRecordKind, type Readable, type Value } from './record-kind';
import {
  idSetField,
  isoDateField,
  longTextField,
  externalKeyField,
  optionalIdField,
  orderKeyField,
  shortTextField,
  titleField,
} from './common-fields';

/** Where an initiative stands. */
export const INITIATIVE_STATUSES = ['proposed', 'planned', 'in-progress', 'done', 'at-risk', 'dropped'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** Display labels for initiative statuses. */
export const INITIATIVE_STATUS_LABELS: Record<InitiativeStatus, string> = {
  proposed: 'Proposed',
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  'at-risk': 'At risk',
  dropped: 'Dropped',
};

/**
 * An initiative: a bar on a goal's lane, from start to (inclusive) end date; or unscheduled (both dates
 * null: an idea, "later" work), shown in the Unscheduled tray, the table and Now/Next/Later's Later, not on
 * the timeline. A record with one date and not the other (a peer resized it while another unscheduled it)
 * reads as unscheduled: one clear state on every replica.
 */
export const initiativeKind = defineRecordKind({
  name: 'initiative',
  shape: {
    title: titleField,
    description: longTextField,
    goalId: optionalIdField,
    keyResultIds: idSetField,
    startDate: isoDateField.nullable(),
    endDate: isoDateField.nullable(),
    status: z.enum(INITIATIVE_STATUSES),
    owner: shortTextField,
    team: shortTextField,
    tags: z.array(z.string().trim().min(1).max(40, 'Keep tags under 40 characters')),
    progress: z
      .number({ error: 'Enter a number' })
      .int('Use a whole number')
      .min(0, 'Progress is between 0 and 100')
      .max(100, 'Progress is between 0 and 100'),
    order: orderKeyField,
    externalKey: externalKeyField,
  },
  storage: { description: 'text', keyResultIds: 'set', tags: 'set' },
  defaults: {
    title: 'Untitled initiative',
    description: '',
    goalId: null,
    keyResultIds: [],
    startDate: '1970-01-01',
    endDate: '1970-01-01',
    status: 'planned',
    owner: '',
    team: '',
    tags: [],
    progress: 0,
    order: 'a0',
    externalKey: '',
  },
  normalize: (initiative) =>
    (initiative.startDate === null) !== (initiative.endDate === null)
      ? { ...initiative, startDate: null, endDate: null }
      : initiative,
  check: (initiative): Problem[] =>
    initiative.startDate !== null && initiative.endDate !== null && initiative.endDate < initiative.startDate
      ? [{ field: 'endDate', message: 'End date is before the start date' }]
      : [],
});

export type InitiativeFields = Value<typeof initiativeKind.shape>;
export type Initiative = Readable<InitiativeFields>;

/** Days an initiative spans when it gets dates without being given an end (two weeks, end inclusive). */
export const DEFAULT_SPAN_DAYS = 14;

/** An initiative with its dates: what the timeline, dependencies and the PDF's timeline draw. */
export type ScheduledInitiative = Initiative & { readonly startDate: IsoDate; readonly endDate: IsoDate };

/** Whether an initiative has dates (see {@link initiativeKind}: both or neither). */
export function isScheduled<T extends { readonly startDate: IsoDate | null; readonly endDate: IsoDate | null }>(
  initiative: T,
): initiative is T & { readonly startDate: IsoDate; readonly endDate: IsoDate } {
  return initiative.startDate !== null && initiative.endDate !== null;
}

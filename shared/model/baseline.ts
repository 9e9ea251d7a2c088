import { z } from 'zod';
import { defineRecordKind, type Readable, type Value } from './record-kind';
import { shortTextField, titleField } from './common-fields';
import { fiscalQuarterOf, fiscalYearOf } from '../time/calendar-units';
import type { IsoDate } from '../time/iso-date';

/**
 * The plan as it stood at a moment, under a name ("Q3 review"): what "changes since" compares against.
 * The plan itself is a Yjs snapshot of the document (its state vector and delete set): the document keeps
 * its garbage collection off, so the content a snapshot points at is still there to rebuild the plan from.
 * Measured against a plain copy of the plan (`npm run bench -- --only baselines`): eight baselines of a
 * 5,000-initiative plan cost 14% of the document's size as snapshots, 3.7× as copies. Once taken, only the
 * name changes; each baseline is its own record, so two taken at once both survive.
 */
export const baselineKind = defineRecordKind({
  name: 'baseline',
  shape: {
    name: titleField,
    /** When it was taken (ms since 1970). */
    takenAt: z.number().int().min(0),
    /** The profile name of who took it. */
    takenBy: shortTextField,
    /** Y.encodeSnapshot of the document when it was taken. */
    snapshot: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'a Yjs snapshot'),
  },
  storage: {},
  defaults: { name: 'Baseline', takenAt: 0, takenBy: '', snapshot: new Uint8Array() },
  check: () => [],
});

export type BaselineFields = Value<typeof baselineKind.shape>;
export type Baseline = Readable<BaselineFields>;

/** Baselines newest first (ties by id, the same on every replica). */
export function compareBaselinesNewestFirst(a: Baseline, b: Baseline): number {
  if (a.takenAt !== b.takenAt) return b.takenAt - a.takenAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The name offered for a baseline taken when a review is presented: its fiscal quarter, as the timeline's
 * header names it ("Q1 2027 review"; "Q3 FY2028 review" for a year starting in another month than January).
 */
export function reviewBaselineName(today: IsoDate, fiscalYearStartMonth = 1): string {
  const year = fiscalYearOf(today, fiscalYearStartMonth);
  return `Q${fiscalQuarterOf(today, fiscalYearStartMonth)} ${fiscalYearStartMonth === 1 ? year : `FY${year}`} review`;
}

import { z } from 'zod';
import { defineRecordKind, type Readable, type Value } from './record-kind';
import { titleField } from './common-fields';

/** The lengths a Now/Next/Later horizon can have (calendar units; quarters and halves are fiscal). */
export const HORIZON_PERIODS = ['month', 'quarter', 'half'] as const;
/** How long a Now/Next/Later horizon is. */
export type HorizonPeriod = (typeof HORIZON_PERIODS)[number];

/**
 * The roadmap's own fields, stored in the root map 'meta'; its description and its vision statement are the
 * root texts 'description' and 'vision'.
 */
export const roadmapMetaKind = defineRecordKind({
  name: 'roadmap',
  shape: {
    title: titleField,
    fiscalYearStartMonth: z.number().int().min(1, 'Pick a month').max(12, 'Pick a month'),
    /** A key result with no check-in for this many days is marked stale. */
    staleAfterDays: z
      .number({ error: 'Enter a number' })
      .int('Use a whole number of days')
      .min(1, 'At least 1 day')
      .max(365, 'At most 365 days'),
    /** Points progress may trail the expected pace before a key result or goal is "behind pace". */
    paceTolerance: z
      .number({ error: 'Enter a number' })
      .finite('Enter a finite number')
      .min(0, 'Between 0 and 100 points')
      .max(100, 'Between 0 and 100 points'),
    /** How long the Now/Next/Later board's horizons are: a month, a (fiscal) quarter or a (fiscal) half. */
    horizonPeriod: z.enum(HORIZON_PERIODS, { error: 'Pick a period' }),
    schemaVersion: z.number().int().min(0),
    /** The roadmap this one is a duplicate of (see duplicateRoadmap), or null: an original. */
    duplicatedFrom: z.object({ roadmapId: z.string().min(1), title: z.string(), at: z.string() }).nullable(),
  },
  storage: {},
  defaults: {
    title: 'Untitled roadmap',
    fiscalYearStartMonth: 1,
    staleAfterDays: 14,
    paceTolerance: 10,
    horizonPeriod: 'quarter',
    schemaVersion: 0,
    duplicatedFrom: null,
  },
  check: () => [],
});

export type RoadmapMetaFields = Value<typeof roadmapMetaKind.shape>;
export type RoadmapMeta = Readable<RoadmapMetaFields> & { readonly description: string; readonly vision: string };

import { z } from 'zod';
import { defineRecordKind, type Readable, type Value } from './record-kind';
import { titleField } from './common-fields';

/** The roadmap's own fields, stored in the root map 'meta'; its description is the root text 'description'. */
export const roadmapMetaKind = defineRecordKind({
  name: 'roadmap',
  shape: {
    title: titleField,
    fiscalYearStartMonth: z.number().int().min(1, 'Pick a month').max(12, 'Pick a month'),
    schemaVersion: z.number().int().min(0),
  },
  storage: {},
  defaults: { title: 'Untitled roadmap', fiscalYearStartMonth: 1, schemaVersion: 0 },
  check: () => [],
});

export type RoadmapMetaFields = Value<typeof roadmapMetaKind.shape>;
export type RoadmapMeta = Readable<RoadmapMetaFields> & { readonly description: string };

import * as Y from 'yjs';
import type { Baseline } from '../model/baseline';
import { RoadmapStore, type RoadmapSnapshot } from './roadmap-store';

const plans = new WeakMap<Y.Doc, Map<string, { snapshot: Uint8Array; plan: RoadmapSnapshot }>>();

/**
 * The roadmap as it was when `baseline` was taken, read like the live one. Rebuilding the document at the
 * snapshot costs about as much as opening it, so each baseline's plan is made once per document. Given
 * `now` (the live plan), its records that are the same as now's are now's objects (see sharingRecordsOf).
 */
export function planAtBaseline(doc: Y.Doc, baseline: Baseline, now?: RoadmapSnapshot): RoadmapSnapshot {
  let byId = plans.get(doc);
  if (!byId) plans.set(doc, (byId = new Map()));
  const known = byId.get(baseline.id);
  if (known && known.snapshot === baseline.snapshot) return known.plan;
  const then = Y.createDocFromSnapshot(doc, Y.decodeSnapshot(baseline.snapshot));
  const store = new RoadmapStore(then);
  const read = store.getSnapshot();
  store.destroy();
  const plan = now ? sharingRecordsOf(read, now) : read;
  byId.set(baseline.id, { snapshot: baseline.snapshot, plan });
  return plan;
}

/** Whether `baseline`'s plan is made already for this document (planAtBaseline then returns it at once). */
export function hasPlanAtBaseline(doc: Y.Doc, baseline: Baseline): boolean {
  return plans.get(doc)?.get(baseline.id)?.snapshot === baseline.snapshot;
}

/** The same value: the same object, or arrays and plain objects (records, check-ins, problems) alike. */
function same(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > 3) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => same(item, b[index], depth + 1))
    );
  }
  // Anything but a plain object (a snapshot's bytes) is never taken for another.
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const fields = a as Record<string, unknown>;
  const others = b as Record<string, unknown>;
  let count = 0;
  for (const key in fields) {
    count++;
    if (!Object.hasOwn(others, key) || !same(fields[key], others[key], depth + 1)) return false;
  }
  for (const _key in others) count--;
  return count === 0;
}

const SHARED_COLLECTIONS = ['goals', 'keyResults', 'initiatives', 'milestones', 'dependencies', 'checkIns'] as const;
type SharedCollection = (typeof SHARED_COLLECTIONS)[number];

/** What a plan was shared with: now's collections then, and per collection the ids whose records differ. */
export interface SharedWith {
  readonly now: Pick<RoadmapSnapshot, SharedCollection>;
  /** Ids on one side only, or whose records are not equal: every other id is now's very record. */
  readonly different: Readonly<Record<SharedCollection, ReadonlySet<string>>>;
}

const sharing = new WeakMap<RoadmapSnapshot, SharedWith>();

/** What `plan` was shared with by sharingRecordsOf, if it was. */
export function sharedWithOf(plan: RoadmapSnapshot): SharedWith | undefined {
  return sharing.get(plan);
}

/**
 * `plan` with each record that is equal, field for field, to `now`'s record of the same id replaced by
 * now's object. Equal to `plan` in every value; but a comparison with now, or with a later plan of the same
 * store (which keeps unchanged records as they are), needs to look only at the records that differ (see
 * sharedWithOf) and those changed since, not at all 10,000, and the baseline's plan holds no second copy
 * of what did not change. Costs one comparison of every record, when the plan is made.
 */
export function sharingRecordsOf(plan: RoadmapSnapshot, now: RoadmapSnapshot): RoadmapSnapshot {
  const shared: Record<string, unknown> = { ...plan };
  const different = {} as Record<SharedCollection, Set<string>>;
  for (const collection of SHARED_COLLECTIONS) {
    const records = new Map<string, unknown>();
    const ids = new Set<string>();
    const current = now[collection] as ReadonlyMap<string, unknown>;
    for (const [id, record] of plan[collection] as ReadonlyMap<string, unknown>) {
      const other = current.get(id);
      const equal = other !== undefined && same(record, other);
      records.set(id, equal ? other : record);
      if (!equal) ids.add(id);
    }
    for (const id of current.keys()) if (!records.has(id)) ids.add(id);
    shared[collection] = records;
    different[collection] = ids;
  }
  const result = Object.freeze(shared) as unknown as RoadmapSnapshot;
  sharing.set(result, { now, different });
  return result;
}

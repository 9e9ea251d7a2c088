import type * as Y from 'yjs';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  collectionOf,
  descriptionOf,
  metaOf,
  visionOf,
  type CollectionName,
  type FieldsByCollection,
} from '../model/document';
import { readRecord, type Readable, type RecordKind } from '../model/record-kind';
import { roadmapMetaKind, type RoadmapMeta } from '../model/roadmap-meta';
import { schemaStatus, type SchemaStatus } from '../model/schema-version';
import type { z } from 'zod';
import { DERIVED_CACHE, type HasDerivedCache } from './memo';
import { PatchedMap } from './patched-map';
import type { KeyResult, KeyResultRecord } from '../model/key-result';
import { compareCheckIns, type CheckIn } from '../model/check-in';

type Records<C extends CollectionName> = ReadonlyMap<string, Readable<FieldsByCollection[C]>>;

/** The whole roadmap as plain immutable objects: what the views render. Unchanged records keep identity. */
export interface RoadmapSnapshot extends HasDerivedCache {
  readonly meta: RoadmapMeta;
  readonly schema: SchemaStatus;
  readonly goals: Records<'goals'>;
  /** With their check-ins and current value (the latest check-in's). */
  readonly keyResults: ReadonlyMap<string, KeyResult>;
  readonly initiatives: Records<'initiatives'>;
  readonly milestones: Records<'milestones'>;
  readonly dependencies: Records<'dependencies'>;
  /** Every check-in, also those of a key result deleted meanwhile by a peer (the key result shows none). */
  readonly checkIns: Records<'checkIns'>;
  /** The baselines taken (any order; see compareBaselinesNewestFirst). */
  readonly baselines: Records<'baselines'>;
}

function kindOf(collection: CollectionName): RecordKind<z.ZodRawShape> {
  return COLLECTIONS[collection] as unknown as RecordKind<z.ZodRawShape>;
}

function readMeta(doc: Y.Doc): RoadmapMeta {
  const meta = readRecord(roadmapMetaKind, 'meta', metaOf(doc));
  return Object.freeze({ ...meta, description: descriptionOf(doc).toString(), vision: visionOf(doc).toString() });
}

const NO_CHECK_INS: readonly CheckIn[] = Object.freeze([]);

/** A stored key result with its check-ins (oldest first) and the value of the latest one as current. */
function withCheckIns(record: KeyResultRecord, checkIns: readonly CheckIn[]): KeyResult {
  const sorted = checkIns.length === 0 ? NO_CHECK_INS : Object.freeze([...checkIns].sort(compareCheckIns));
  const latestCheckIn = sorted.at(-1) ?? null;
  return Object.freeze({
    ...record,
    checkIns: sorted,
    latestCheckIn,
    current: latestCheckIn?.value ?? record.baseline,
  });
}

function readCollection(doc: Y.Doc, collection: CollectionName): Map<string, unknown> {
  const records = new Map<string, unknown>();
  for (const [id, entity] of collectionOf(doc, collection).entries()) {
    records.set(id, readRecord(kindOf(collection), id, entity));
  }
  return records;
}

/**
 * The read model: keeps a snapshot of the document and updates it incrementally. After each transaction
 * only the records it touched are re-read, and only their collections get a new Map; listeners (React's
 * useSyncExternalStore) are told once per transaction.
 */
export class RoadmapStore {
  private snapshot: RoadmapSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly dirtyIds = new Map<CollectionName, Set<string>>();
  private metaDirty = false;
  private readonly unobserve: (() => void)[] = [];
  /** Derived data of this document (lanes, ...), shared by its snapshots and dropped with the store. */
  private readonly derived = new Map<unknown, unknown>();
  /** Key result id → ids of its check-ins, kept up to date with each change (never rebuilt whole). */
  private readonly checkInIndex = new Map<string, Set<string>>();
  /** The stored key results, before their check-ins are joined in. */
  private keyResultRecords: ReadonlyMap<string, KeyResultRecord> = new Map();

  constructor(private readonly doc: Y.Doc) {
    this.snapshot = this.readAll();
    for (const collection of COLLECTION_NAMES) {
      const map = collectionOf(doc, collection);
      const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) =>
        this.markChanged(collection, map as unknown as Y.AbstractType<unknown>, events);
      map.observeDeep(observer);
      this.unobserve.push(() => map.unobserveDeep(observer));
    }
    for (const root of [metaOf(doc), descriptionOf(doc), visionOf(doc)] as Y.AbstractType<unknown>[]) {
      const observer = () => {
        this.metaDirty = true;
      };
      root.observeDeep(observer);
      this.unobserve.push(() => root.unobserveDeep(observer));
    }
    const afterTransaction = () => this.flush();
    doc.on('afterTransaction', afterTransaction);
    this.unobserve.push(() => doc.off('afterTransaction', afterTransaction));
  }

  /** The current snapshot; the same object until the document changes. */
  readonly getSnapshot = (): RoadmapSnapshot => this.snapshot;

  /** Calls `listener` after every transaction that changed the snapshot; returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stops observing the document. */
  destroy(): void {
    for (const stop of this.unobserve) stop();
    this.listeners.clear();
  }

  private readAll(): RoadmapSnapshot {
    const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, readCollection(this.doc, name)]));
    this.keyResultRecords = collections.keyResults as Map<string, KeyResultRecord>;
    const checkIns = collections.checkIns as Map<string, CheckIn>;
    for (const checkIn of checkIns.values()) this.indexCheckIn(checkIn);
    const keyResults = new Map<string, KeyResult>();
    for (const record of this.keyResultRecords.values()) {
      keyResults.set(record.id, withCheckIns(record, this.checkInsOf(record.id, checkIns)));
    }
    collections.keyResults = keyResults;
    return this.seal({ meta: readMeta(this.doc), schema: schemaStatus(this.doc), ...collections });
  }

  private indexCheckIn(checkIn: CheckIn): void {
    let ids = this.checkInIndex.get(checkIn.keyResultId);
    if (!ids) this.checkInIndex.set(checkIn.keyResultId, (ids = new Set()));
    ids.add(checkIn.id);
  }

  private unindexCheckIn(checkIn: CheckIn): void {
    const ids = this.checkInIndex.get(checkIn.keyResultId);
    ids?.delete(checkIn.id);
    if (ids?.size === 0) this.checkInIndex.delete(checkIn.keyResultId);
  }

  private checkInsOf(keyResultId: string, checkIns: ReadonlyMap<string, CheckIn>): CheckIn[] {
    return [...(this.checkInIndex.get(keyResultId) ?? [])].map((id) => checkIns.get(id)!);
  }

  // Not enumerable: a snapshot compares and prints as its data.
  private seal(snapshot: Record<string, unknown>): RoadmapSnapshot {
    Object.defineProperty(snapshot, DERIVED_CACHE, { value: this.derived, enumerable: false });
    return Object.freeze(snapshot) as unknown as RoadmapSnapshot;
  }

  private markChanged(
    collection: CollectionName,
    map: Y.AbstractType<unknown>,
    events: Y.YEvent<Y.AbstractType<unknown>>[],
  ) {
    let ids = this.dirtyIds.get(collection);
    if (!ids) this.dirtyIds.set(collection, (ids = new Set()));
    for (const event of events) {
      // A change to the collection itself names the added/removed ids; a deeper change has the id first in its path.
      if (event.target === map) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) ids.add(key);
      else if (typeof event.path[0] === 'string') ids.add(event.path[0]);
    }
  }

  private flush(): void {
    if (this.dirtyIds.size === 0 && !this.metaDirty) return;
    const next: Record<string, unknown> = { ...this.snapshot };
    // Key results whose stored fields or check-ins changed: joined with their check-ins again below.
    const keyResultsToJoin = new Set<string>();
    for (const [collection, ids] of this.dirtyIds) {
      const stored = (collection === 'keyResults' ? this.keyResultRecords : this.snapshot[collection]) as ReadonlyMap<
        string,
        unknown
      >;
      const changes = new Map<string, unknown>();
      const map = collectionOf(this.doc, collection);
      for (const id of ids) {
        const entity = map.get(id);
        const before = stored.get(id);
        const after = entity === undefined ? undefined : readRecord(kindOf(collection), id, entity);
        changes.set(id, after);
        if (collection === 'keyResults') keyResultsToJoin.add(id);
        if (collection === 'checkIns') {
          if (before) this.unindexCheckIn(before as CheckIn);
          if (after) this.indexCheckIn(after as CheckIn);
          for (const checkIn of [before, after] as (CheckIn | undefined)[]) {
            if (checkIn) keyResultsToJoin.add(checkIn.keyResultId);
          }
        }
      }
      if (collection === 'keyResults') {
        this.keyResultRecords = PatchedMap.of(
          this.keyResultRecords,
          changes as Map<string, KeyResultRecord | undefined>,
        );
      } else {
        // Patched, not copied: an edit costs what it changed, not the size of the collection.
        next[collection] = PatchedMap.of(stored, changes);
      }
    }
    if (keyResultsToJoin.size > 0) {
      const joined = new Map<string, KeyResult | undefined>();
      const checkIns = next.checkIns as ReadonlyMap<string, CheckIn>;
      for (const id of keyResultsToJoin) {
        const record = this.keyResultRecords.get(id);
        joined.set(id, record && withCheckIns(record, this.checkInsOf(id, checkIns)));
      }
      next.keyResults = PatchedMap.of(this.snapshot.keyResults, joined);
    }
    if (this.metaDirty) next.meta = readMeta(this.doc);
    // Content arriving in an empty document changes its schema status too, so check after every change.
    const schema = schemaStatus(this.doc);
    if (JSON.stringify(schema) !== JSON.stringify(this.snapshot.schema)) next.schema = schema;
    this.dirtyIds.clear();
    this.metaDirty = false;
    this.snapshot = this.seal(next);
    for (const listener of [...this.listeners]) listener();
  }
}

import type * as Y from 'yjs';
import { COLLECTION_NAMES, collectionOf, metaOf } from './document';
import { createEntity } from './record-kind';
import { checkInKind, CONFIDENCES, type CheckInFields, type Confidence } from './check-in';
import { systemClock } from '../time/clock';
import type { IsoDate } from '../time/iso-date';

/** The document schema this build reads and writes. */
export const CURRENT_SCHEMA_VERSION = 4;

/** Origin of migration transactions: not a user edit, so never on the undo stack. */
export const MIGRATION_ORIGIN = Symbol('waymark-migration');

interface Migration {
  /** The version a document has after this step. */
  readonly to: number;
  /**
   * Must be idempotent: two replicas may run it concurrently and merge the results (so anything it adds
   * has an id derived from what it migrates, never a random one: both replicas then write the same entry).
   */
  readonly up: (doc: Y.Doc, today: IsoDate) => void;
}

/** The id of the check-in that holds a key result's value from before check-ins (schema 2). */
export function migratedCheckInId(keyResultId: string): string {
  return `${keyResultId}.before-check-ins`;
}

/**
 * Schema 2, check-ins: a key result's stored `current` becomes its first check-in, dated today (when it was
 * set is not known), with the goal's status as its confidence; a goal whose owner set a status other than
 * on track keeps it as set by the owner, the others take their status from check-ins.
 */
function currentBecomesCheckIn(doc: Y.Doc, today: IsoDate): void {
  const goals = collectionOf(doc, 'goals');
  const checkIns = collectionOf(doc, 'checkIns');
  for (const [id, keyResult] of collectionOf(doc, 'keyResults').entries()) {
    const current = keyResult.get('current');
    if (typeof current !== 'number' || !Number.isFinite(current)) continue;
    const goalStatus = goals.get(String(keyResult.get('goalId')))?.get('status');
    const confidence: Confidence = CONFIDENCES.includes(goalStatus as Confidence)
      ? (goalStatus as Confidence)
      : 'on-track';
    const checkIn: CheckInFields = {
      keyResultId: id,
      date: today,
      value: current,
      confidence,
      note: 'Value before check-ins',
      author: '',
      recordedAt: 0,
    };
    if (!checkIns.has(migratedCheckInId(id))) checkIns.set(migratedCheckInId(id), createEntity(checkInKind, checkIn));
    keyResult.delete('current');
  }
  for (const goal of goals.values()) {
    if (goal.has('statusSetBy')) continue;
    const status = goal.get('status');
    if (status !== undefined && status !== 'on-track') goal.set('statusSetBy', 'owner');
  }
}

// Version 1 is the first versioned schema: a document written before versioning only gets its stamp.
const MIGRATIONS: readonly Migration[] = [
  { to: 1, up: () => {} },
  { to: 2, up: currentBecomesCheckIn },
  // Baselines (the root collection 'baselines') and garbage collection off: nothing to convert, but a
  // Waymark that knows neither must not edit the document (its replica would collect what baselines need).
  { to: 3, up: () => {} },
  // Unscheduled initiatives (both dates null): nothing to convert, but a Waymark that knows no such thing
  // would read them as damaged dates (1970) and could write those back.
  { to: 4, up: () => {} },
];

/** What the app may do with a document, given its schema version. */
export type SchemaStatus =
  | { readonly kind: 'empty' }
  | { readonly kind: 'current' }
  | { readonly kind: 'needs-migration'; readonly from: number }
  | { readonly kind: 'newer'; readonly version: number };

/** The document's stored schema version, or undefined when it has none yet. */
export function storedSchemaVersion(doc: Y.Doc): number | undefined {
  const version = metaOf(doc).get('schemaVersion');
  return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}

function hasContent(doc: Y.Doc): boolean {
  return metaOf(doc).size > 0 || COLLECTION_NAMES.some((name) => collectionOf(doc, name).size > 0);
}

/** Classifies a loaded document: empty (nothing yet), current, older (migrate), or newer (read-only). */
export function schemaStatus(doc: Y.Doc): SchemaStatus {
  const version = storedSchemaVersion(doc);
  if (version === undefined) return hasContent(doc) ? { kind: 'needs-migration', from: 0 } : { kind: 'empty' };
  if (version > CURRENT_SCHEMA_VERSION) return { kind: 'newer', version };
  if (version < CURRENT_SCHEMA_VERSION) return { kind: 'needs-migration', from: version };
  return { kind: 'current' };
}

/** True when the document comes from a newer Waymark: it opens read-only instead of being rewritten. */
export function isReadOnly(doc: Y.Doc): boolean {
  return schemaStatus(doc).kind === 'newer';
}

/**
 * Brings an older document up to {@link CURRENT_SCHEMA_VERSION}. An empty document (not yet synced or
 * created) and a newer one are left untouched. Safe to call any number of times. `today` dates what a
 * migration must date (the first check-ins).
 */
export function migrateDocument(doc: Y.Doc, today: IsoDate = systemClock.today()): SchemaStatus {
  const status = schemaStatus(doc);
  if (status.kind !== 'needs-migration') return status;
  doc.transact(() => {
    for (const migration of MIGRATIONS) {
      if (migration.to <= status.from) continue;
      migration.up(doc, today);
      metaOf(doc).set('schemaVersion', migration.to);
    }
  }, MIGRATION_ORIGIN);
  return schemaStatus(doc);
}

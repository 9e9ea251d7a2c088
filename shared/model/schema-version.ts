import type * as Y from 'yjs';
import { COLLECTION_NAMES, collectionOf, metaOf } from './document';

/** The document schema this build reads and writes. */
export const CURRENT_SCHEMA_VERSION = 1;

/** Origin of migration transactions: not a user edit, so never on the undo stack. */
export const MIGRATION_ORIGIN = Symbol('waymark-migration');

interface Migration {
  /** The version a document has after this step. */
  readonly to: number;
  /** Must be idempotent: two replicas may run it concurrently and merge the results. */
  readonly up: (doc: Y.Doc) => void;
}

// Version 1 is the first versioned schema: a document written before versioning only gets its stamp.
const MIGRATIONS: readonly Migration[] = [{ to: 1, up: () => {} }];

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
 * created) and a newer one are left untouched. Safe to call any number of times.
 */
export function migrateDocument(doc: Y.Doc): SchemaStatus {
  const status = schemaStatus(doc);
  if (status.kind !== 'needs-migration') return status;
  doc.transact(() => {
    for (const migration of MIGRATIONS) {
      if (migration.to <= status.from) continue;
      migration.up(doc);
      metaOf(doc).set('schemaVersion', migration.to);
    }
  }, MIGRATION_ORIGIN);
  return schemaStatus(doc);
}

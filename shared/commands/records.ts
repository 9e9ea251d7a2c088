import type * as Y from 'yjs';
import type { z } from 'zod';
import { COLLECTIONS, collectionOf, type CollectionName, type FieldsByCollection } from '../model/document';
import {
  readRecord,
  recordSchemaOf,
  writeEntity,
  createEntity,
  type Readable,
  type RecordKind,
} from '../model/record-kind';
import type { Problem } from '../model/problem';
import { CommandError, problemsOf } from './command';

// The helpers below work on any collection; each record kind keeps its precise types at the edges.
function kindOf(collection: CollectionName): RecordKind<z.ZodRawShape> {
  return COLLECTIONS[collection] as unknown as RecordKind<z.ZodRawShape>;
}

/** The entity map of a record, or a clear error when it does not exist. */
export function entityOrThrow(doc: Y.Doc, collection: CollectionName, id: string): Y.Map<unknown> {
  const entity = collectionOf(doc, collection).get(id);
  if (!entity) throw new CommandError(`No ${COLLECTIONS[collection].name} with id ${id}`);
  return entity;
}

/** Reads one record of a collection (tolerant: see readRecord). */
export function readOne<C extends CollectionName>(
  doc: Y.Doc,
  collection: C,
  id: string,
): Readable<FieldsByCollection[C]> {
  return readRecord(kindOf(collection), id, collectionOf(doc, collection).get(id)) as unknown as Readable<
    FieldsByCollection[C]
  >;
}

/** Reads every record of a collection. */
export function readAll<C extends CollectionName>(doc: Y.Doc, collection: C): Readable<FieldsByCollection[C]>[] {
  return [...collectionOf(doc, collection).entries()].map(
    ([id, entity]) => readRecord(kindOf(collection), id, entity) as unknown as Readable<FieldsByCollection[C]>,
  );
}

/** True when a record with this id exists in the collection. */
export function exists(doc: Y.Doc, collection: CollectionName, id: string): boolean {
  return collectionOf(doc, collection).has(id);
}

/** Refuses a full record value that breaks a field rule or a cross-field rule. */
export function assertValid<C extends CollectionName>(collection: C, value: FieldsByCollection[C]): void {
  const kind = kindOf(collection);
  const problems: Problem[] = [];
  const parsed = recordSchemaOf(kind).safeParse(value);
  if (!parsed.success) problems.push(...problemsOf(parsed.error));
  else problems.push(...kind.check(value as Record<string, unknown>));
  if (problems.length > 0) throw new CommandError(problems.map((problem) => problem.message).join('; '), problems);
}

/** Adds new records (values already complete and checked). */
export function insertRecords<C extends CollectionName>(
  doc: Y.Doc,
  collection: C,
  records: readonly { id: string; value: FieldsByCollection[C] }[],
): void {
  const map = collectionOf(doc, collection);
  for (const { id, value } of records) map.set(id, createEntity(kindOf(collection), value as Record<string, unknown>));
}

/**
 * Checks a partial update now and returns the write, to run once every part of a command is checked: the
 * stored record with `patch` over it must be valid as a whole (so an end date cannot move before the start
 * date, whichever field changed). A batch prepares all its writes first: a Yjs transaction cannot roll
 * back, so a refusal must come before anything was written.
 */
export function prepareUpdate<C extends CollectionName>(
  doc: Y.Doc,
  collection: C,
  id: string,
  patch: Partial<FieldsByCollection[C]>,
): () => Readable<FieldsByCollection[C]> {
  const entity = entityOrThrow(doc, collection, id);
  const { id: _id, problems: _problems, ...stored } = readOne(doc, collection, id) as Record<string, unknown>;
  const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  assertValid(collection, { ...stored, ...changes } as FieldsByCollection[C]);
  return () => {
    writeEntity(kindOf(collection), entity, changes);
    return readOne(doc, collection, id);
  };
}

/** Checks and applies a partial update of one record (see prepareUpdate). */
export function updateRecord<C extends CollectionName>(
  doc: Y.Doc,
  collection: C,
  id: string,
  patch: Partial<FieldsByCollection[C]>,
): Readable<FieldsByCollection[C]> {
  return prepareUpdate(doc, collection, id, patch)();
}

/** Removes records by id; ids already gone (deleted by a peer) are skipped. */
export function removeRecords(doc: Y.Doc, collection: CollectionName, ids: Iterable<string>): void {
  const map = collectionOf(doc, collection);
  for (const id of ids) map.delete(id);
}

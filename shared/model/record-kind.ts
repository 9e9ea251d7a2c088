import * as Y from 'yjs';
import { z } from 'zod';
import type { Problem } from './problem';
import { replaceText } from './text-diff';

/** How a field is stored inside an entity's Y.Map; chosen so concurrent edits merge field by field. */
export type FieldStorage = 'value' | 'text' | 'set';

/** A record as the app sees it: plain, immutable, with its id and whatever is wrong with it. */
export type Readable<T> = Readonly<T> & { readonly id: string; readonly problems: readonly Problem[] };

/**
 * One record kind of the document (goal, initiative, ...): its schema, how each field is stored, its
 * defaults and its cross-field rules, declared once. Every read and write of that kind goes through it.
 */
export interface RecordKind<Shape extends z.ZodRawShape> {
  readonly name: string;
  readonly shape: Shape;
  readonly defaults: Value<Shape>;
  readonly storage: Readonly<Partial<Record<keyof Shape, FieldStorage>>>;
  /**
   * Brings fields that merged into a state no single write made back to one the kind allows (an
   * initiative with one date of two); applied on every read, before `check`.
   */
  readonly normalize?: (value: Value<Shape>) => Value<Shape>;
  /** Rules spanning fields (end after start, ...): empty when the record is consistent. */
  readonly check: (value: Value<Shape>) => Problem[];
}

export type Value<Shape extends z.ZodRawShape> = z.infer<z.ZodObject<Shape>>;

/** Declares a record kind; see {@link RecordKind}. */
export function defineRecordKind<Shape extends z.ZodRawShape>(kind: RecordKind<Shape>): RecordKind<Shape> {
  return kind;
}

const recordSchemas = new WeakMap<object, z.ZodObject>();

/**
 * The whole-record schema of a kind, built once: zod compiles an object schema on its first parse, so a
 * schema made per call would be compiled again on every edit.
 */
export function recordSchemaOf<Shape extends z.ZodRawShape>(kind: RecordKind<Shape>): z.ZodObject<Shape> {
  let schema = recordSchemas.get(kind);
  if (!schema) recordSchemas.set(kind, (schema = z.object(kind.shape)));
  return schema as z.ZodObject<Shape>;
}

function storageOf(kind: { readonly storage: object }, field: string): FieldStorage {
  return (kind.storage as Partial<Record<string, FieldStorage>>)[field] ?? 'value';
}

/**
 * Reads an entity's Y.Map into a plain object, never throwing: a missing or invalid field falls back to its
 * default and is reported as a problem, so a bad value from a peer shows as a warning, not a crash.
 */
export function readRecord<Shape extends z.ZodRawShape>(
  kind: RecordKind<Shape>,
  id: string,
  entity: unknown,
): Readable<Value<Shape>> {
  const problems: Problem[] = [];
  const value: Record<string, unknown> = {};
  const map = entity instanceof Y.Map ? (entity as Y.Map<unknown>) : undefined;
  if (!map) problems.push({ message: `This ${kind.name} is damaged and shows default values.` });
  for (const [field, schema] of Object.entries(kind.shape)) {
    const stored = map?.get(field);
    const fallback = (kind.defaults as Record<string, unknown>)[field];
    const storage = storageOf(kind, field);
    let candidate: unknown;
    if (storage === 'text') candidate = stored instanceof Y.Text ? stored.toString() : stored;
    else if (storage === 'set') candidate = stored instanceof Y.Map ? setMembers(stored) : stored;
    else candidate = stored;
    if (candidate === undefined) {
      value[field] = fallback;
      continue;
    }
    const parsed = (schema as z.ZodType).safeParse(candidate);
    if (parsed.success) value[field] = parsed.data;
    else {
      value[field] = fallback;
      if (map) problems.push({ field, message: `Invalid ${field}: ${firstMessage(parsed.error)}` });
    }
  }
  const consistent = kind.normalize ? kind.normalize(value as Value<Shape>) : (value as Value<Shape>);
  problems.push(...kind.check(consistent));
  return Object.freeze({ ...consistent, id, problems: Object.freeze(problems) }) as Readable<Value<Shape>>;
}

function setMembers(set: Y.Map<unknown>): string[] {
  const members: string[] = [];
  for (const [key, present] of set.entries()) if (present === true) members.push(key);
  return members.sort();
}

/** The first human-readable message of a zod error. */
export function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'invalid value';
}

/** Creates a new entity's Y.Map from a full, already validated value. */
export function createEntity<Shape extends z.ZodRawShape>(
  kind: RecordKind<Shape>,
  value: Value<Shape>,
): Y.Map<unknown> {
  const entity = new Y.Map<unknown>();
  for (const field of Object.keys(kind.shape)) {
    const fieldValue = (value as Record<string, unknown>)[field];
    const storage = storageOf(kind, field);
    if (storage === 'text') entity.set(field, new Y.Text(String(fieldValue ?? '')));
    else if (storage === 'set') {
      const set = new Y.Map<boolean>();
      for (const member of (fieldValue as string[] | undefined) ?? []) set.set(member, true);
      entity.set(field, set);
    } else entity.set(field, fieldValue);
  }
  return entity;
}

/**
 * Writes the fields in `patch` into an attached entity, touching only what changed: one map entry per
 * field, a minimal text edit, set members added or removed one by one. So two people editing different
 * fields, or adding different tags, both keep their edit.
 */
export function writeEntity<Shape extends z.ZodRawShape>(
  kind: RecordKind<Shape>,
  entity: Y.Map<unknown>,
  patch: Partial<Value<Shape>>,
): void {
  for (const [field, next] of Object.entries(patch)) {
    if (next === undefined || !(field in kind.shape)) continue;
    const storage = storageOf(kind, field);
    const stored = entity.get(field);
    if (storage === 'text') {
      if (stored instanceof Y.Text) replaceText(stored, String(next));
      else entity.set(field, new Y.Text(String(next)));
    } else if (storage === 'set') {
      const wanted = new Set(next as string[]);
      if (!(stored instanceof Y.Map)) {
        const set = new Y.Map<boolean>();
        for (const member of wanted) set.set(member, true);
        entity.set(field, set);
        continue;
      }
      for (const member of [...stored.keys()]) if (!wanted.has(member)) stored.delete(member);
      for (const member of wanted) if (stored.get(member) !== true) stored.set(member, true);
    } else if (stored !== next) {
      entity.set(field, next);
    }
  }
}

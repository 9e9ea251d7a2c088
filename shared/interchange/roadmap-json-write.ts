import type * as Y from 'yjs';
import type { z } from 'zod';
import { COLLECTIONS, collectionOf, type CollectionName, type FieldsByCollection } from '../model/document';
import { writeEntity, type RecordKind } from '../model/record-kind';
import { dependencyId } from '../model/dependency';
import { insertRecords, removeRecords } from '../commands/records';
import type { RoadmapJsonPlan } from './roadmap-json-schema';

type PlanCollection = Exclude<CollectionName, 'baselines'>;
type Entry<C extends PlanCollection> = { id: string; value: FieldsByCollection[C] };

/** A checked, repaired plan as the records of each collection it fills. */
export function planRecords(plan: RoadmapJsonPlan): { [C in PlanCollection]: Entry<C>[] } {
  return {
    goals: plan.goals.map(({ id, ...value }) => ({ id, value })),
    keyResults: plan.keyResults.map(({ id, checkIns: _checkIns, ...value }) => ({ id, value })),
    checkIns: plan.keyResults.flatMap((keyResult) =>
      keyResult.checkIns.map(({ id, recordedAt, ...value }) => ({
        id,
        value: { ...value, keyResultId: keyResult.id, recordedAt: Date.parse(recordedAt) },
      })),
    ),
    initiatives: plan.initiatives.map(({ id, ...value }) => ({ id, value })),
    milestones: plan.milestones.map(({ id, ...value }) => ({ id, value })),
    dependencies: plan.dependencies.map((value) => ({ id: dependencyId(value.fromId, value.toId), value })),
  };
}

/** Makes one collection hold exactly `entries`: removes the others, writes only what changed in the rest. */
function writeCollection<C extends PlanCollection>(doc: Y.Doc, collection: C, entries: readonly Entry<C>[]): void {
  const kind = COLLECTIONS[collection] as unknown as RecordKind<z.ZodRawShape>;
  const map = collectionOf(doc, collection);
  const wanted = new Map(entries.map((entry) => [entry.id, entry.value]));
  removeRecords(
    doc,
    collection,
    [...map.keys()].filter((id) => !wanted.has(id)),
  );
  const added: Entry<C>[] = [];
  for (const [id, value] of wanted) {
    const entity = map.get(id);
    if (entity) writeEntity(kind, entity, value as Record<string, unknown>);
    else added.push({ id, value });
  }
  insertRecords(doc, collection, added);
}

/**
 * Changes the document so that it holds exactly `plan` (checked and repaired first): creates, updates and
 * deletes records to match, field by field, as edits would. Call inside a transaction.
 */
export function writePlan(doc: Y.Doc, plan: RoadmapJsonPlan): void {
  const records = planRecords(plan);
  for (const collection of Object.keys(records) as PlanCollection[]) {
    writeCollection(doc, collection, records[collection] as Entry<typeof collection>[]);
  }
}

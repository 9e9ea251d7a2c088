import type { RoadmapSnapshot } from './roadmap-store';

/** A record whose stored values break the schema or its rules (from a peer, a newer app or a damaged file). */
export interface InvalidRecord {
  readonly kind: 'roadmap' | 'goal' | 'key result' | 'initiative' | 'milestone' | 'dependency';
  readonly id: string;
  readonly title: string;
  readonly problems: readonly string[];
}

/** Every record of a snapshot that has problems, in a stable order (kind, then title). */
export function invalidRecords(snapshot: RoadmapSnapshot): InvalidRecord[] {
  const found: InvalidRecord[] = [];
  const add = (
    kind: InvalidRecord['kind'],
    records: Iterable<{
      readonly id: string;
      readonly problems: readonly { message: string }[];
      readonly title?: unknown;
    }>,
  ) => {
    for (const record of records) {
      if (record.problems.length === 0) continue;
      const title = typeof record.title === 'string' ? record.title : '';
      found.push({ kind, id: record.id, title, problems: record.problems.map((problem) => problem.message) });
    }
  };
  add('roadmap', [snapshot.meta]);
  add('goal', snapshot.goals.values());
  add('key result', snapshot.keyResults.values());
  add('initiative', snapshot.initiatives.values());
  add('milestone', snapshot.milestones.values());
  add('dependency', snapshot.dependencies.values());
  return found;
}

/** One paragraph naming the invalid records (the first `max` of them) and what is wrong with each. */
export function describeInvalidRecords(records: readonly InvalidRecord[], max = 10): string {
  if (records.length === 0) return '';
  const items = records
    .slice(0, max)
    .map((record) => `${record.kind} "${record.title || record.id}": ${record.problems.join('; ')}`);
  const more = records.length > max ? `; and ${records.length - max} more` : '';
  const count = records.length === 1 ? '1 item has' : `${records.length} items have`;
  return `${count} invalid values, shown as stored and marked ⚠: ${items.join('; ')}${more}.`;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { takeBaseline } from '../commands/baselines';
import { checkIn } from '../commands/check-ins';
import { createGoals } from '../commands/goals';
import { createInitiatives, deleteInitiative, moveInitiative, updateInitiative } from '../commands/initiatives';
import { createKeyResult, updateKeyResult } from '../commands/key-results';
import { createRoadmapYDoc } from '../model/document';
import { newRoadmapDoc } from '../testing/roadmap-doc';
import { addDays } from '../time/iso-date';
import { planAtBaseline, sharingRecordsOf } from './baseline-plan';
import { comparePlans } from './changes';
import { RoadmapStore, type RoadmapSnapshot } from './roadmap-store';

// Random edits after a baseline, some of them undoing earlier ones: the comparison lists exactly the
// initiatives and key results whose stored values (or current value) differ from a copy of the document
// kept aside when the baseline was taken, and the baseline's plan is exactly that copy.

type Edit =
  | { kind: 'shift'; initiative: number; days: number }
  | { kind: 'realign'; initiative: number; goal: number }
  | { kind: 'title'; initiative: number; title: 'A' | 'B' | 'original' }
  | { kind: 'status'; initiative: number; status: 'planned' | 'in-progress' | 'done' }
  | { kind: 'delete'; initiative: number }
  | { kind: 'add'; goal: number }
  | { kind: 'checkIn'; keyResult: number; value: number }
  | { kind: 'weight'; keyResult: number; weight: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('shift' as const), initiative: fc.nat(9), days: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ kind: fc.constant('realign' as const), initiative: fc.nat(9), goal: fc.nat(2) }),
  fc.record({
    kind: fc.constant('title' as const),
    initiative: fc.nat(9),
    title: fc.constantFrom('A' as const, 'B' as const, 'original' as const),
  }),
  fc.record({
    kind: fc.constant('status' as const),
    initiative: fc.nat(9),
    status: fc.constantFrom('planned' as const, 'in-progress' as const, 'done' as const),
  }),
  fc.record({ kind: fc.constant('delete' as const), initiative: fc.nat(9) }),
  fc.record({ kind: fc.constant('add' as const), goal: fc.nat(2) }),
  fc.record({ kind: fc.constant('checkIn' as const), keyResult: fc.nat(2), value: fc.nat(3) }),
  fc.record({ kind: fc.constant('weight' as const), keyResult: fc.nat(2), weight: fc.nat(2) }),
);

/** A record as stored, without its position or derived joins: what "differs" means for the oracle. */
function stored(record: object | undefined): string | undefined {
  if (!record) return undefined;
  const { order, problems, checkIns, latestCheckIn, ...fields } = record as Record<string, unknown>;
  void [order, problems, checkIns, latestCheckIn];
  return JSON.stringify(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b)));
}

function differing(before: ReadonlyMap<string, object>, after: ReadonlyMap<string, object>): string[] {
  const ids = new Set([...before.keys(), ...after.keys()]);
  return [...ids].filter((id) => stored(before.get(id)) !== stored(after.get(id))).sort();
}

function read(doc: Y.Doc): RoadmapSnapshot {
  return new RoadmapStore(doc).getSnapshot();
}

describe('changes since a baseline (property)', () => {
  it('lists exactly the records that differ from the plan when the baseline was taken', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 40 }), (edits) => {
        const doc = newRoadmapDoc();
        const goals = createGoals(doc, [{ title: 'G0' }, { title: 'G1' }, { title: 'G2' }]);
        const keyResults = goals.map((goalId) =>
          createKeyResult(doc, {
            goalId,
            title: 'KR',
            baseline: 0,
            target: 3,
            checkIn: { date: '2027-01-01', value: 1, recordedAt: 0 },
          }),
        );
        const originalTitles = new Map<string, string>();
        const initiatives = createInitiatives(
          doc,
          Array.from({ length: 10 }, (_, i) => ({
            title: `Initiative ${i}`,
            goalId: goals[i % 3]!,
            startDate: addDays('2027-01-01', i),
            endDate: addDays('2027-01-10', i),
          })),
        );
        initiatives.forEach((id, i) => originalTitles.set(id, `Initiative ${i}`));
        const baselineId = takeBaseline(doc, { name: 'Before', takenAt: 0 });
        const aside = createRoadmapYDoc();
        Y.applyUpdate(aside, Y.encodeStateAsUpdate(doc));

        let recordedAt = 1;
        for (const step of edits) {
          const id =
            initiatives[
              step.kind === 'add' || step.kind === 'checkIn' || step.kind === 'weight' ? 0 : step.initiative
            ]!;
          const alive = doc.getMap('initiatives').has(id);
          if (step.kind === 'shift' && alive) {
            const start = read(doc).initiatives.get(id)!.startDate!;
            moveInitiative(doc, { id, startDate: addDays(start, step.days) });
          } else if (step.kind === 'realign' && alive) moveInitiative(doc, { id, goalId: goals[step.goal]! });
          else if (step.kind === 'title' && alive) {
            const title = step.title === 'original' ? originalTitles.get(id)! : step.title;
            updateInitiative(doc, { id, changes: { title } });
          } else if (step.kind === 'status' && alive) updateInitiative(doc, { id, changes: { status: step.status } });
          else if (step.kind === 'delete' && alive) deleteInitiative(doc, { id });
          else if (step.kind === 'add') {
            createInitiatives(doc, [
              { title: 'New', goalId: goals[step.goal]!, startDate: '2027-02-01', endDate: '2027-02-05' },
            ]);
          } else if (step.kind === 'checkIn') {
            checkIn(doc, {
              keyResultId: keyResults[step.keyResult]!,
              date: '2027-01-02',
              value: step.value,
              recordedAt: recordedAt++,
            });
          } else if (step.kind === 'weight') {
            updateKeyResult(doc, { id: keyResults[step.keyResult]!, changes: { weight: step.weight } });
          }
        }

        const now = read(doc);
        const plain = planAtBaseline(doc, now.baselines.get(baselineId)!);
        const kept = read(aside);
        expect(plain.initiatives).toEqual(kept.initiatives);
        expect(plain.keyResults).toEqual(kept.keyResults);
        // Sharing now's objects where records are equal changes no value, and no comparison.
        const then = sharingRecordsOf(plain, now);
        expect(then).toEqual(plain);
        for (const collection of ['goals', 'keyResults', 'initiatives', 'checkIns'] as const) {
          expect(then[collection]).toEqual(kept[collection]);
        }
        const days = { before: '2027-01-05', after: '2027-01-05' };
        const changes = comparePlans(then, now, days);
        expect(changes).toEqual(comparePlans(plain, now, days));
        expect([...changes.initiatives.keys()].sort()).toEqual(differing(kept.initiatives, now.initiatives));
        expect([...changes.keyResults.keys()].sort()).toEqual(differing(kept.keyResults, now.keyResults));
        // What is exactly as it was is now's very object (so a comparison skips it by identity).
        for (const [id, record] of then.initiatives) {
          expect(record === now.initiatives.get(id), id).toBe(
            stored(record) === stored(now.initiatives.get(id)) && record.order === now.initiatives.get(id)!.order,
          );
        }
        // Every listed change sits in exactly one group.
        const grouped = changes.groups.flatMap((group) => group.initiatives.map((change) => change.id)).sort();
        expect(grouped).toEqual([...changes.initiatives.keys()].sort());
      }),
      { numRuns: 100 },
    );
  });
});

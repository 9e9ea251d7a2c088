import * as Y from 'yjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGoal } from './goals';
import { createKeyResult, deleteKeyResult, updateKeyResult } from './key-results';
import { checkIn, deleteCheckIn, updateCheckIn } from './check-ins';
import { createUndoManager } from './undo';
import { compareCheckIns } from '../model/check-in';
import { RoadmapStore } from '../read-model/roadmap-store';
import { selectAlignment } from '../read-model/alignment';
import { newRoadmapDoc } from '../testing/roadmap-doc';
import { addDays } from '../time/iso-date';

// Two or three people check in, correct check-ins, re-weight and delete key results, each offline part of
// the time; undo brings a deleted key result back. Once everything is delivered, every replica shows the
// same key results with the same check-ins and current values, and no check-in of a key result that
// survives is lost unless someone deleted that check-in.

type Action =
  | { kind: 'checkIn'; replica: number; keyResult: number; day: number; value: number }
  | { kind: 'correct'; replica: number; pick: number; value: number }
  | { kind: 'deleteCheckIn'; replica: number; pick: number }
  | { kind: 'weight'; replica: number; keyResult: number; weight: number }
  | { kind: 'deleteKeyResult'; replica: number; keyResult: number }
  | { kind: 'undo'; replica: number }
  | { kind: 'sync'; from: number; to: number };

const actions = (replicas: number): fc.Arbitrary<Action[]> => {
  const replica = fc.nat(replicas - 1);
  const keyResult = fc.nat(2);
  return fc.array(
    fc.oneof(
      {
        weight: 5,
        arbitrary: fc.record({
          kind: fc.constant('checkIn' as const),
          replica,
          keyResult,
          day: fc.nat(60),
          value: fc.integer({ min: -50, max: 150 }),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({ kind: fc.constant('correct' as const), replica, pick: fc.nat(100), value: fc.nat(100) }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteCheckIn' as const), replica, pick: fc.nat(100) }) },
      {
        weight: 2,
        arbitrary: fc.record({ kind: fc.constant('weight' as const), replica, keyResult, weight: fc.nat(5) }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteKeyResult' as const), replica, keyResult }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), replica }) },
      { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: replica, to: replica }) },
    ),
    { minLength: 5, maxLength: 60 },
  );
};

function run(replicaCount: number, steps: readonly Action[]) {
  const origin = newRoadmapDoc('Shared');
  const goalId = createGoal(origin, { title: 'Grow', startDate: '2027-01-01', dueDate: '2027-03-31' });
  const keyResultIds = [0, 1, 2].map((n) =>
    createKeyResult(origin, { goalId, title: `KR ${n}`, baseline: 0, target: 100 }),
  );
  const replicas = Array.from({ length: replicaCount }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = i + 1;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(origin));
    return { doc, undo: createUndoManager(doc) };
  });
  const made: string[] = [];
  const deletedCheckIns = new Set<string>();
  const attempt = (act: () => unknown) => {
    try {
      return act();
    } catch (error) {
      if ((error as Error).name !== 'CommandError') throw error;
      return undefined;
    }
  };
  for (const step of steps) {
    if (step.kind === 'sync') {
      const from = replicas[step.from]!.doc;
      const to = replicas[step.to]!.doc;
      Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'network');
      continue;
    }
    const { doc, undo } = replicas[step.replica]!;
    undo.stopCapturing();
    const ids = [...doc.getMap('checkIns').keys()].sort();
    const pick = (n: number) => (ids.length ? ids[n % ids.length]! : undefined);
    if (step.kind === 'checkIn') {
      const id = attempt(() =>
        checkIn(doc, {
          keyResultId: keyResultIds[step.keyResult]!,
          date: addDays('2027-01-01', step.day),
          value: step.value,
        }),
      );
      if (typeof id === 'string') made.push(id);
    } else if (step.kind === 'correct') {
      const id = pick(step.pick);
      if (id) attempt(() => updateCheckIn(doc, { id, changes: { value: step.value } }));
    } else if (step.kind === 'deleteCheckIn') {
      const id = pick(step.pick);
      if (id && attempt(() => deleteCheckIn(doc, { id })) !== undefined) deletedCheckIns.add(id);
      else if (id && !doc.getMap('checkIns').has(id)) deletedCheckIns.add(id);
    } else if (step.kind === 'weight') {
      attempt(() => updateKeyResult(doc, { id: keyResultIds[step.keyResult]!, changes: { weight: step.weight } }));
    } else if (step.kind === 'deleteKeyResult') {
      attempt(() => deleteKeyResult(doc, { id: keyResultIds[step.keyResult]! }));
    } else {
      undo.undo();
    }
  }
  // Everything is delivered, both ways.
  for (const a of replicas)
    for (const b of replicas)
      if (a !== b) {
        Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'network');
      }
  const views = replicas.map(({ doc }) => {
    const snapshot = new RoadmapStore(doc).getSnapshot();
    return {
      snapshot,
      keyResults: [...snapshot.keyResults.values()]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((keyResult) => JSON.stringify(keyResult)),
      progress: selectAlignment(snapshot, '2027-02-15').goals.map((row) => row.standing.progress),
    };
  });
  for (const view of views.slice(1)) {
    expect(view.keyResults).toEqual(views[0]!.keyResults);
    expect(view.progress).toEqual(views[0]!.progress);
  }
  const { snapshot } = views[0]!;
  for (const keyResult of snapshot.keyResults.values()) {
    // Current is the latest of the check-ins it holds, in the one order every replica uses.
    const sorted = [...keyResult.checkIns].sort(compareCheckIns);
    expect(keyResult.checkIns).toEqual(sorted);
    expect(keyResult.current).toBe(sorted.at(-1)?.value ?? keyResult.baseline);
  }
  // No check-in of a surviving key result is lost unless someone deleted that very check-in.
  for (const id of made) {
    const stored = snapshot.checkIns.get(id);
    if (deletedCheckIns.has(id)) continue;
    if (stored && snapshot.keyResults.has(stored.keyResultId)) {
      expect(snapshot.keyResults.get(stored.keyResultId)!.checkIns.some((entry) => entry.id === id)).toBe(true);
    }
  }
}

describe('concurrent check-ins, weights and key-result deletes (property)', () => {
  it('merge to the same key results on every replica, losing no check-in', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }).chain((replicas) => fc.tuple(fc.constant(replicas), actions(replicas))),
        ([replicas, steps]) => run(replicas, steps),
      ),
      { numRuns: 150 },
    );
  });
});

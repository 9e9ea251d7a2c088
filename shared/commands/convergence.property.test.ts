import * as Y from 'yjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGoal, deleteGoal, reorderGoal } from './goals';
import { createInitiative, deleteInitiative, moveInitiative, updateInitiative } from './initiatives';
import { addDependency } from './dependencies';
import { RoadmapStore } from '../read-model/roadmap-store';
import { selectLanes } from '../read-model/lanes';
import { newRoadmapDoc } from '../testing/roadmap-doc';
import { addDays } from '../time/iso-date';

// Replicas of one roadmap exchange their updates over a network that partitions, delays, duplicates and
// reorders messages. Whatever happens, once everything is delivered all replicas show the same roadmap,
// and every edit a replica accepted is in it (unless a later command removed it on purpose).

type Action =
  | { kind: 'create'; replica: number; goal: number; start: number; length: number }
  | { kind: 'update'; replica: number; pick: number; field: 'title' | 'progress' | 'owner' | 'end'; value: number }
  | { kind: 'tag'; replica: number; pick: number; tag: number }
  | { kind: 'move'; replica: number; pick: number; goal: number; shift: number }
  | { kind: 'delete'; replica: number; pick: number }
  | { kind: 'goal'; replica: number }
  | { kind: 'deleteGoal'; replica: number; goal: number }
  | { kind: 'reorderGoal'; replica: number; goal: number; after: number }
  | { kind: 'depend'; replica: number; pick: number; other: number }
  | { kind: 'deliver'; to: number; count: number; seed: number; duplicate: boolean }
  | { kind: 'partition'; links: number };

const index = fc.nat(1000);
const action = (replicas: number): fc.Arbitrary<Action> => {
  const replica = fc.nat(replicas - 1);
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('create' as const),
        replica,
        goal: index,
        start: fc.nat(300),
        length: fc.nat(90),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('update' as const),
        replica,
        pick: index,
        field: fc.constantFrom('title' as const, 'progress' as const, 'owner' as const, 'end' as const),
        value: fc.nat(100),
      }),
    },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('tag' as const), replica, pick: index, tag: fc.nat(5) }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('move' as const),
        replica,
        pick: index,
        goal: index,
        shift: fc.integer({ min: -30, max: 30 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), replica, pick: index }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('goal' as const), replica }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteGoal' as const), replica, goal: index }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('reorderGoal' as const), replica, goal: index, after: index }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('depend' as const), replica, pick: index, other: index }) },
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('deliver' as const),
        to: replica,
        count: fc.nat(6),
        seed: index,
        duplicate: fc.boolean(),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('partition' as const), links: fc.nat(2 ** 10) }) },
  );
};

interface Message {
  readonly from: number;
  readonly update: Uint8Array;
}

function snapshotOf(doc: Y.Doc) {
  const snapshot = new RoadmapStore(doc).getSnapshot();
  const sorted = <T extends { id: string }>(records: Iterable<T>) =>
    [...records].sort((a, b) => a.id.localeCompare(b.id)).map((record) => JSON.stringify(record));
  return {
    goals: sorted(snapshot.goals.values()),
    initiatives: sorted(snapshot.initiatives.values()),
    dependencies: sorted(snapshot.dependencies.values()),
    lanes: selectLanes(snapshot).map((lane) => [lane.key, lane.initiatives.map((initiative) => initiative.id)]),
  };
}

function run(replicaCount: number, actions: readonly Action[]) {
  const origin = newRoadmapDoc('Shared');
  createGoal(origin, { title: 'Goal A' });
  createGoal(origin, { title: 'Goal B' });
  const replicas = Array.from({ length: replicaCount }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = i + 1;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(origin));
    return doc;
  });
  // Every update each replica makes, and for each replica the messages waiting to reach it.
  const sent: Message[] = [];
  const inbox: Message[][] = replicas.map(() => []);
  let connected = (from: number, to: number) => from !== to;
  replicas.forEach((doc, from) =>
    doc.on('update', (update: Uint8Array, source: unknown) => {
      if (source === 'network') return;
      const message = { from, update };
      sent.push(message);
      replicas.forEach((_, to) => {
        if (to !== from) inbox[to]!.push(message);
      });
    }),
  );

  // What the replicas accepted, to check at the end.
  const created = new Set<string>();
  const deleted = new Set<string>();
  const tagsAdded: { id: string; tag: string }[] = [];

  const pickFrom = <T>(items: readonly T[], at: number): T | undefined => items[at % Math.max(1, items.length)];
  const idsOf = (doc: Y.Doc) => [...doc.getMap('initiatives').keys()].sort();
  const goalsOf = (doc: Y.Doc) => [...doc.getMap('goals').keys()].sort();
  /** Runs a command; false when it was refused (e.g. a dependency cycle), which writes nothing. */
  const attempt = (command: () => unknown): { ok: true; result: unknown } | { ok: false } => {
    try {
      return { ok: true, result: command() };
    } catch {
      return { ok: false };
    }
  };

  for (const step of actions) {
    if (step.kind === 'deliver') {
      // Deliver some waiting messages to one replica, in shuffled order, maybe twice.
      const waiting = inbox[step.to]!.filter((message) => connected(message.from, step.to));
      const chosen = waiting.slice(0, step.count);
      const shuffled = chosen
        .map((message, i) => ({ message, key: (i * 7919 + step.seed) % 104_729 }))
        .sort((a, b) => a.key - b.key);
      for (const { message } of shuffled) {
        Y.applyUpdate(replicas[step.to]!, message.update, 'network');
        if (step.duplicate) Y.applyUpdate(replicas[step.to]!, message.update, 'network');
      }
      inbox[step.to] = inbox[step.to]!.filter((message) => !chosen.includes(message));
      continue;
    }
    if (step.kind === 'partition') {
      const links = step.links;
      connected = (from, to) => from !== to && ((links >> ((from * 3 + to) % 10)) & 1) === 0;
      continue;
    }
    const doc = replicas[step.replica]!;
    const ids = idsOf(doc);
    const goals = goalsOf(doc);
    switch (step.kind) {
      case 'create': {
        const start = addDays('2027-01-01', step.start);
        const outcome = attempt(() =>
          createInitiative(doc, {
            title: `Initiative ${created.size + 1}`,
            goalId: pickFrom([null, ...goals], step.goal) ?? null,
            startDate: start,
            endDate: addDays(start, step.length),
          }),
        );
        if (outcome.ok) created.add(outcome.result as string);
        break;
      }
      case 'update': {
        const id = pickFrom(ids, step.pick);
        if (!id) break;
        const changes =
          step.field === 'title'
            ? { title: `Renamed ${step.value}` }
            : step.field === 'progress'
              ? { progress: step.value }
              : step.field === 'owner'
                ? { owner: `Owner ${step.value}` }
                : { endDate: addDays('2027-06-01', step.value) };
        attempt(() => updateInitiative(doc, { id, changes }));
        break;
      }
      case 'tag': {
        const id = pickFrom(ids, step.pick);
        const current = id ? (new RoadmapStore(doc).getSnapshot().initiatives.get(id)?.tags ?? []) : [];
        const tag = `tag-${step.tag}`;
        if (id && attempt(() => updateInitiative(doc, { id, changes: { tags: [...current, tag] } })).ok) {
          tagsAdded.push({ id, tag });
        }
        break;
      }
      case 'move': {
        const id = pickFrom(ids, step.pick);
        const startDate = id ? new RoadmapStore(doc).getSnapshot().initiatives.get(id)?.startDate : undefined;
        if (id && startDate) {
          attempt(() =>
            moveInitiative(doc, {
              id,
              goalId: pickFrom([null, ...goals], step.goal) ?? null,
              startDate: addDays(startDate, step.shift),
            }),
          );
        }
        break;
      }
      case 'delete': {
        const id = pickFrom(ids, step.pick);
        if (id && attempt(() => deleteInitiative(doc, { id })).ok) deleted.add(id);
        break;
      }
      case 'goal':
        attempt(() => createGoal(doc, { title: `Goal ${goals.length + 1}` }));
        break;
      case 'deleteGoal': {
        const id = pickFrom(goals, step.goal);
        if (id) attempt(() => deleteGoal(doc, { id }));
        break;
      }
      case 'reorderGoal': {
        const id = pickFrom(goals, step.goal);
        const after =
          pickFrom(
            goals.filter((goal) => goal !== id),
            step.after,
          ) ?? null;
        if (id) attempt(() => reorderGoal(doc, { id, afterId: after, beforeId: null }));
        break;
      }
      case 'depend': {
        const fromId = pickFrom(ids, step.pick);
        const toId = pickFrom(ids, step.other);
        if (fromId && toId && fromId !== toId) attempt(() => addDependency(doc, { fromId, toId }));
        break;
      }
    }
  }

  // The partition heals: every replica gets every update it has not seen, reordered and duplicated.
  replicas.forEach((doc, to) => {
    for (const message of [...sent].reverse()) if (message.from !== to) Y.applyUpdate(doc, message.update, 'network');
    for (const message of sent) if (message.from !== to) Y.applyUpdate(doc, message.update, 'network');
  });

  const expected = snapshotOf(replicas[0]!);
  for (const doc of replicas.slice(1)) expect(snapshotOf(doc)).toEqual(expected);
  const final = new RoadmapStore(replicas[0]!).getSnapshot();
  for (const id of created) if (!deleted.has(id)) expect(final.initiatives.has(id), `initiative ${id}`).toBe(true);
  for (const { id, tag } of tagsAdded) {
    if (!deleted.has(id) && final.initiatives.has(id)) expect(final.initiatives.get(id)!.tags).toContain(tag);
  }
  // Every lane shows only initiatives that exist, each exactly once.
  const shown = selectLanes(final).flatMap((lane) => lane.initiatives.map((initiative) => initiative.id));
  expect(new Set(shown).size).toBe(shown.length);
  expect(shown.sort()).toEqual([...final.initiatives.keys()].sort());
}

describe('replicas under partitions, duplicated and reordered delivery (property)', () => {
  it('converge to the same roadmap with every accepted edit in it', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 5 })
          .chain((replicas) =>
            fc.tuple(fc.constant(replicas), fc.array(action(replicas), { minLength: 10, maxLength: 80 })),
          ),
        ([replicas, actions]) => run(replicas, actions),
      ),
      { numRuns: 150 },
    );
  });
});

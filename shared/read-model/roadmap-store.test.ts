import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { RoadmapStore } from './roadmap-store';
import { descendantsOf, groupInitiativesByLane, selectLanes, UNALIGNED_LANE } from './lanes';
import { createGoal, createGoals, deleteGoal, updateGoal } from '../commands/goals';
import { createKeyResult } from '../commands/key-results';
import { createInitiative, createInitiatives, moveInitiative, updateInitiative } from '../commands/initiatives';
import { createMilestone } from '../commands/milestones';
import { collectionOf } from '../model/document';
import { newRoadmapDoc, replicaOf, syncBoth } from '../testing/roadmap-doc';

const dates = { startDate: '2027-01-01', endDate: '2027-01-31' };

describe('RoadmapStore', () => {
  it('tells listeners once per transaction and keeps untouched records identical', () => {
    const doc = newRoadmapDoc();
    const [a, b] = createInitiatives(doc, [
      { title: 'A', ...dates },
      { title: 'B', ...dates },
    ]);
    const store = new RoadmapStore(doc);
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.getSnapshot();
    updateInitiative(doc, { id: a!, changes: { title: 'A2', progress: 5, tags: ['x'] } });
    const after = store.getSnapshot();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(after).not.toBe(before);
    expect(after.initiatives.get(a!)?.title).toBe('A2');
    expect(after.initiatives.get(b!)).toBe(before.initiatives.get(b!));
    expect(after.goals).toBe(before.goals);
    expect(store.getSnapshot()).toBe(after);
  });

  it('follows additions, deletions and nested text edits, local or remote', () => {
    const doc = newRoadmapDoc();
    const store = new RoadmapStore(doc);
    const peer = replicaOf(doc);
    const goalId = createGoal(peer, { title: 'Remote goal', description: 'one' });
    syncBoth(doc, peer);
    expect(store.getSnapshot().goals.get(goalId)?.title).toBe('Remote goal');
    updateGoal(peer, { id: goalId, changes: { description: 'one two' } });
    syncBoth(doc, peer);
    expect(store.getSnapshot().goals.get(goalId)?.description).toBe('one two');
    deleteGoal(doc, { id: goalId });
    expect(store.getSnapshot().goals.size).toBe(0);
  });

  it('shows invalid remote values as problems on the item instead of crashing', () => {
    const doc = newRoadmapDoc();
    const id = createInitiative(doc, { title: 'Bad dates', ...dates });
    const store = new RoadmapStore(doc);
    // A peer (or an older build) writes values our commands would refuse.
    const entity = collectionOf(doc, 'initiatives').get(id)!;
    doc.transact(() => {
      entity.set('endDate', '2026-12-01');
      entity.set('progress', 'lots');
      entity.set('status', 42);
    }, 'remote');
    collectionOf(doc, 'initiatives').set('garbage', 'not a map' as never);
    const snapshot = store.getSnapshot();
    const initiative = snapshot.initiatives.get(id)!;
    expect(initiative.progress).toBe(0);
    expect(initiative.status).toBe('planned');
    expect(initiative.problems.map((problem) => problem.field)).toEqual(['status', 'progress', 'endDate']);
    expect(snapshot.initiatives.get('garbage')?.problems[0]?.message).toMatch(/damaged/);
    expect(() => selectLanes(snapshot)).not.toThrow();
  });
});

describe('selectLanes', () => {
  it('lists goal lanes in order, children under parents, then Unaligned with orphans', () => {
    const doc = newRoadmapDoc();
    const [growth, retention] = createGoals(doc, [{ title: 'Growth' }, { title: 'Retention' }]);
    const child = createGoal(doc, { title: 'Activation', parentId: growth });
    createKeyResult(doc, {
      goalId: growth!,
      title: 'KR',
      baseline: 0,
      target: 10,
      checkIn: { value: 5, date: '2027-01-04' },
    });
    createInitiative(doc, { title: 'On growth', goalId: growth!, ...dates });
    createInitiative(doc, { title: 'On child', goalId: child, ...dates });
    createInitiative(doc, { title: 'No goal', ...dates });
    createMilestone(doc, { title: 'M', date: '2027-02-01', goalId: retention! });
    const lanes = selectLanes(new RoadmapStore(doc).getSnapshot());
    expect(lanes.map((lane) => [lane.goal?.title ?? lane.key, lane.depth])).toEqual([
      ['Growth', 0],
      ['Activation', 1],
      ['Retention', 0],
      [UNALIGNED_LANE, 0],
    ]);
    expect(lanes[0]!.progress).toBe(50);
    expect(lanes[1]!.initiatives.map((i) => i.title)).toEqual(['On child']);
    expect(lanes[2]!.milestones.map((m) => m.title)).toEqual(['M']);
    expect(lanes[3]!.initiatives.map((i) => i.title)).toEqual(['No goal']);
  });

  it('finds the goals nested under a goal', () => {
    const doc = newRoadmapDoc();
    const top = createGoal(doc, { title: 'Top' });
    const middle = createGoal(doc, { title: 'Middle', parentId: top });
    const bottom = createGoal(doc, { title: 'Bottom', parentId: middle });
    const other = createGoal(doc, { title: 'Other' });
    const { goals } = new RoadmapStore(doc).getSnapshot();
    expect([...descendantsOf(goals, top)].sort()).toEqual([middle, bottom].sort());
    expect([...descendantsOf(goals, bottom)]).toEqual([]);
    expect(descendantsOf(goals, other).size).toBe(0);
  });

  it('puts a goal whose parent is gone or cyclic at the top level', () => {
    const doc = new Y.Doc();
    const goals = collectionOf(doc, 'goals');
    const goal = (title: string, parentId: string | null, order: string) => {
      const map = new Y.Map<unknown>();
      for (const [key, value] of Object.entries({
        title,
        parentId,
        order,
        status: 'on-track',
        color: '#000000',
        owner: '',
        startDate: null,
        dueDate: null,
      }))
        map.set(key, value);
      return map;
    };
    goals.set('a', goal('A', 'b', 'a0'));
    goals.set('b', goal('B', 'a', 'a1'));
    goals.set('c', goal('C', 'missing', 'a2'));
    const lanes = selectLanes(new RoadmapStore(doc).getSnapshot());
    expect(lanes.map((lane) => lane.goal?.title ?? lane.key)).toEqual(['A', 'B', 'C', UNALIGNED_LANE]);
  });

  it('keeps unchanged lanes identical when another lane changes', () => {
    const doc = newRoadmapDoc();
    const [a, b] = createGoals(doc, [{ title: 'A' }, { title: 'B' }]);
    const onA = createInitiative(doc, { title: 'On A', goalId: a!, ...dates });
    createInitiative(doc, { title: 'On B', goalId: b!, ...dates });
    const store = new RoadmapStore(doc);
    const before = selectLanes(store.getSnapshot());
    updateInitiative(doc, { id: onA, changes: { title: 'On A, renamed' } });
    const after = selectLanes(store.getSnapshot());
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).toBe(before[2]);
  });

  it('regroups only the lanes an edit touches, and ends where a full recomputation would', () => {
    const doc = newRoadmapDoc();
    const [a, b, c] = createGoals(doc, [{ title: 'A' }, { title: 'B' }, { title: 'C' }]);
    const [onA] = createInitiatives(doc, [
      { title: 'On A', goalId: a!, ...dates },
      { title: 'Also on A', goalId: a!, startDate: '2027-02-01', endDate: '2027-02-10' },
      { title: 'On B', goalId: b!, ...dates },
      { title: 'On C', goalId: c!, ...dates },
    ]);
    const store = new RoadmapStore(doc);
    const before = selectLanes(store.getSnapshot());
    moveInitiative(doc, { id: onA!, goalId: b! });
    const after = selectLanes(store.getSnapshot());
    // A and B changed; C and Unaligned keep their lane objects and their initiatives' arrays.
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[2]).toBe(before[2]);
    expect(after[3]).toBe(before[3]);
    expect(after.map((lane) => lane.initiatives.map((initiative) => initiative.title))).toEqual([
      ['Also on A'],
      ['On A', 'On B'],
      ['On C'],
      [],
    ]);
    // The same lanes as a store reading the document afresh computes in full.
    const fresh = selectLanes(new RoadmapStore(doc).getSnapshot());
    expect(after).toEqual(fresh);
  });

  it('groups initiatives again only in the lanes an edit touched', () => {
    const doc = newRoadmapDoc();
    const [a, b, c] = createGoals(doc, [{ title: 'A' }, { title: 'B' }, { title: 'C' }]);
    const [onA] = createInitiatives(doc, [
      { title: 'On A', goalId: a!, ...dates },
      { title: 'On B', goalId: b!, ...dates },
      { title: 'On C', goalId: c!, ...dates },
    ]);
    const store = new RoadmapStore(doc);
    const { goals, initiatives } = store.getSnapshot();
    const before = groupInitiativesByLane(goals, initiatives, undefined);
    updateInitiative(doc, { id: onA!, changes: { title: 'On A, renamed' } });
    const after = groupInitiativesByLane(goals, store.getSnapshot().initiatives, before);
    expect(after.byLane.get(a!)!.map((initiative) => initiative.title)).toEqual(['On A, renamed']);
    // Untouched lanes keep their very arrays: not regrouped, not sorted again.
    expect(after.byLane.get(b!)).toBe(before.byLane.get(b!));
    expect(after.byLane.get(c!)).toBe(before.byLane.get(c!));
  });

  it('keeps derived lanes per document: two open roadmaps do not evict each other', () => {
    const first = newRoadmapDoc();
    const second = newRoadmapDoc();
    const [a, b] = createGoals(first, [{ title: 'A' }, { title: 'B' }]);
    const onA = createInitiative(first, { title: 'On A', goalId: a!, ...dates });
    createInitiative(first, { title: 'On B', goalId: b!, ...dates });
    createGoal(second, { title: 'Elsewhere' });
    const firstStore = new RoadmapStore(first);
    const secondStore = new RoadmapStore(second);
    const lanesOfFirst = selectLanes(firstStore.getSnapshot());
    selectLanes(secondStore.getSnapshot());
    expect(selectLanes(firstStore.getSnapshot())).toBe(lanesOfFirst);
    // Structural sharing survives the other document's reads in between.
    updateInitiative(first, { id: onA, changes: { title: 'On A, renamed' } });
    selectLanes(secondStore.getSnapshot());
    const after = selectLanes(firstStore.getSnapshot());
    expect(after[0]).not.toBe(lanesOfFirst[0]);
    expect(after[1]).toBe(lanesOfFirst[1]);
  });

  it('is recomputed only when its inputs change', () => {
    const doc = newRoadmapDoc();
    const store = new RoadmapStore(doc);
    const first = selectLanes(store.getSnapshot());
    expect(selectLanes(store.getSnapshot())).toBe(first);
    createGoal(doc, { title: 'G' });
    expect(selectLanes(store.getSnapshot())).not.toBe(first);
  });
});

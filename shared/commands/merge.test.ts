import { describe, expect, it } from 'vitest';
import { createGoal, deleteGoal, updateGoal } from './goals';
import { createInitiative, updateInitiative } from './initiatives';
import { readOne } from './records';
import { newRoadmapDoc, replicaOf, syncBoth } from '../testing/roadmap-doc';
import { RoadmapStore } from '../read-model/roadmap-store';
import { selectLanes, UNALIGNED_LANE } from '../read-model/lanes';
import { addDependency } from './dependencies';
import type * as Y from 'yjs';

function lanesOf(doc: Y.Doc) {
  return selectLanes(new RoadmapStore(doc).getSnapshot()).map((lane) => ({
    key: lane.key,
    initiatives: lane.initiatives.map((initiative) => initiative.title),
  }));
}

describe('two replicas edited apart, then merged', () => {
  it('keeps concurrent edits of different fields of the same initiative', () => {
    const a = newRoadmapDoc();
    const id = createInitiative(a, {
      title: 'Onboarding',
      startDate: '2027-01-01',
      endDate: '2027-03-31',
      description: 'Make it easy.',
    });
    const b = replicaOf(a);
    updateInitiative(a, { id, changes: { title: 'Onboarding checklist', description: 'Make it really easy.' } });
    updateInitiative(b, {
      id,
      changes: { endDate: '2027-04-30', progress: 30, description: 'Make it easy. For everyone.' },
    });
    syncBoth(a, b);
    for (const doc of [a, b]) {
      expect(readOne(doc, 'initiatives', id)).toMatchObject({
        title: 'Onboarding checklist',
        endDate: '2027-04-30',
        progress: 30,
        description: 'Make it really easy. For everyone.',
      });
    }
  });

  it('keeps tags added concurrently on both sides', () => {
    const a = newRoadmapDoc();
    const id = createInitiative(a, { title: 'I', startDate: '2027-01-01', endDate: '2027-01-02', tags: ['base'] });
    const b = replicaOf(a);
    updateInitiative(a, { id, changes: { tags: ['base', 'ux'] } });
    updateInitiative(b, { id, changes: { tags: ['base', 'q1'] } });
    syncBoth(a, b);
    expect(readOne(a, 'initiatives', id).tags).toEqual(['base', 'q1', 'ux']);
    expect(readOne(b, 'initiatives', id).tags).toEqual(['base', 'q1', 'ux']);
  });

  it('shows an initiative added to a goal that a peer deleted meanwhile in Unaligned, on both sides', () => {
    const a = newRoadmapDoc();
    const goalId = createGoal(a, { title: 'Grow activation' });
    createInitiative(a, { title: 'Existing', goalId, startDate: '2027-01-01', endDate: '2027-01-31' });
    const b = replicaOf(a);
    deleteGoal(a, { id: goalId });
    createInitiative(b, { title: 'Added offline', goalId, startDate: '2027-02-01', endDate: '2027-02-28' });
    syncBoth(a, b);
    const expected = [{ key: UNALIGNED_LANE, initiatives: ['Existing', 'Added offline'] }];
    expect(lanesOf(a)).toEqual(expected);
    expect(lanesOf(b)).toEqual(expected);
  });

  it('converges when both replicas create goals and rename the same one', () => {
    const a = newRoadmapDoc();
    const goalId = createGoal(a, { title: 'Shared' });
    const b = replicaOf(a);
    createGoal(a, { title: 'From A' });
    createGoal(b, { title: 'From B' });
    updateGoal(a, { id: goalId, changes: { title: 'A says' } });
    updateGoal(b, { id: goalId, changes: { title: 'B says' } });
    syncBoth(a, b);
    expect(lanesOf(a)).toEqual(lanesOf(b));
    expect(lanesOf(a).map((lane) => lane.key)).toHaveLength(4);
    expect(readOne(a, 'goals', goalId).title).toBe(readOne(b, 'goals', goalId).title);
  });

  it('keeps one dependency when both sides add the same one', () => {
    const a = newRoadmapDoc();
    const x = createInitiative(a, { title: 'X', startDate: '2027-01-01', endDate: '2027-01-02' });
    const y = createInitiative(a, { title: 'Y', startDate: '2027-01-03', endDate: '2027-01-04' });
    const b = replicaOf(a);
    addDependency(a, { fromId: x, toId: y });
    addDependency(b, { fromId: x, toId: y });
    syncBoth(a, b);
    expect(new RoadmapStore(a).getSnapshot().dependencies.size).toBe(1);
    expect(new RoadmapStore(b).getSnapshot().dependencies.size).toBe(1);
  });
});

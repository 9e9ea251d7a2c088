import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { deleteBaseline, renameBaseline, takeBaseline } from './baselines';
import { createGoal } from './goals';
import { createInitiative, deleteInitiative, moveInitiative } from './initiatives';
import { createUndoManager } from './undo';
import { initializeRoadmap } from './roadmap';
import { RoadmapStore } from '../read-model/roadmap-store';
import { planAtBaseline } from '../read-model/baseline-plan';
import { createRoadmapYDoc } from '../model/document';
import { expectRefused, newRoadmapDoc } from '../testing/roadmap-doc';

const dates = { startDate: '2027-01-04', endDate: '2027-01-29' };

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('baselines', () => {
  it('record the plan as it was: later moves and deletes do not reach it', () => {
    const doc = newRoadmapDoc();
    const goal = createGoal(doc, { title: 'Activation' });
    const checklist = createInitiative(doc, { title: 'Checklist', goalId: goal, ...dates });
    const tour = createInitiative(doc, { title: 'Tour', goalId: goal, ...dates });
    const id = takeBaseline(doc, { name: 'Q1 review', takenBy: 'Maya', takenAt: 1_800_000_000_000 });
    moveInitiative(doc, { id: checklist, startDate: '2027-02-01' });
    deleteInitiative(doc, { id: tour });
    createInitiative(doc, { title: 'Added later', goalId: goal, ...dates });

    const store = new RoadmapStore(doc);
    const baseline = store.getSnapshot().baselines.get(id)!;
    expect(baseline).toMatchObject({ name: 'Q1 review', takenBy: 'Maya', takenAt: 1_800_000_000_000 });
    const then = planAtBaseline(doc, baseline);
    expect([...then.initiatives.values()].map((i) => [i.title, i.startDate]).sort()).toEqual([
      ['Checklist', '2027-01-04'],
      ['Tour', '2027-01-04'],
    ]);
    expect(then.baselines.size).toBe(0);
  });

  it('can be renamed, never changed otherwise; deleting one is one undo step', () => {
    const doc = newRoadmapDoc();
    const undo = createUndoManager(doc);
    const id = takeBaseline(doc, { name: 'Q1 review' });
    const store = new RoadmapStore(doc);
    const snapshot = store.getSnapshot().baselines.get(id)!.snapshot;
    renameBaseline(doc, { id, name: 'Q1 kick-off' });
    expect(store.getSnapshot().baselines.get(id)).toMatchObject({ name: 'Q1 kick-off' });
    expect(store.getSnapshot().baselines.get(id)!.snapshot).toEqual(snapshot);
    deleteBaseline(doc, { id });
    expect(store.getSnapshot().baselines.size).toBe(0);
    undo.undo();
    expect(store.getSnapshot().baselines.get(id)).toMatchObject({ name: 'Q1 kick-off' });
    expect(store.getSnapshot().baselines.get(id)!.snapshot).toEqual(snapshot);
  });

  it('refuses a blank name, an unknown id, and a document that collects deleted content', () => {
    const doc = newRoadmapDoc();
    expectRefused(doc, () => takeBaseline(doc, { name: '  ' }), 'name');
    expectRefused(doc, () => deleteBaseline(doc, { id: 'nope' }));
    const collecting = new Y.Doc();
    initializeRoadmap(collecting, { title: 'Old' });
    expect(() => takeBaseline(collecting, { name: 'Q1' })).toThrow(/cannot take a baseline/);
  });

  it('taken offline by two people at once, both survive the sync and rebuild on either side', () => {
    const ada = newRoadmapDoc();
    const ben = createRoadmapYDoc();
    exchange(ada, ben);
    const goal = createGoal(ada, { title: 'Activation' });
    exchange(ada, ben);
    // Offline: each edits and takes a baseline.
    createInitiative(ada, { title: 'Ada’s', goalId: goal, ...dates });
    const adas = takeBaseline(ada, { name: 'Ada’s review', takenAt: 1 });
    createInitiative(ben, { title: 'Ben’s', goalId: goal, ...dates });
    const bens = takeBaseline(ben, { name: 'Ben’s review', takenAt: 2 });
    createInitiative(ada, { title: 'After', goalId: goal, ...dates });
    exchange(ada, ben);
    for (const doc of [ada, ben]) {
      const { baselines } = new RoadmapStore(doc).getSnapshot();
      expect([...baselines.keys()].sort()).toEqual([adas, bens].sort());
      const titlesAt = (id: string) =>
        [...planAtBaseline(doc, baselines.get(id)!).initiatives.values()].map((i) => i.title).sort();
      expect(titlesAt(adas)).toEqual(['Ada’s']);
      expect(titlesAt(bens)).toEqual(['Ben’s']);
    }
  });
});

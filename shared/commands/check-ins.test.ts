import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createGoal, deleteGoal } from './goals';
import { createKeyResult, deleteKeyResult, updateKeyResult } from './key-results';
import { checkIn, deleteCheckIn, updateCheckIn } from './check-ins';
import { createUndoManager } from './undo';
import { readAll } from './records';
import { RoadmapStore } from '../read-model/roadmap-store';
import { expectRefused, newRoadmapDoc, replicaOf, syncBoth } from '../testing/roadmap-doc';

function world() {
  const doc = newRoadmapDoc();
  const goalId = createGoal(doc, { title: 'Grow activation' });
  const keyResultId = createKeyResult(doc, { goalId, title: 'Activation rate', unit: '%', baseline: 30, target: 45 });
  const store = new RoadmapStore(doc);
  const keyResult = () => store.getSnapshot().keyResults.get(keyResultId)!;
  return { doc, goalId, keyResultId, store, keyResult };
}

describe('check-ins', () => {
  it('make the latest one by date the current value; before any, current is the baseline', () => {
    const { doc, keyResultId, keyResult } = world();
    expect(keyResult()).toMatchObject({ current: 30, latestCheckIn: null, checkIns: [] });
    checkIn(doc, {
      keyResultId,
      date: '2027-02-01',
      value: 36,
      confidence: 'at-risk',
      note: 'Slow week',
      author: 'Ada',
    });
    // Entered later, dated earlier: history, not the latest.
    checkIn(doc, { keyResultId, date: '2027-01-15', value: 33, author: 'Ben' });
    expect(keyResult().current).toBe(36);
    expect(keyResult().checkIns.map((entry) => entry.value)).toEqual([33, 36]);
    expect(keyResult().latestCheckIn).toMatchObject({ confidence: 'at-risk', note: 'Slow week', author: 'Ada' });
  });

  it('break a tie on one day by when each was recorded, then by id, the same on every replica', () => {
    const { doc, keyResultId, keyResult } = world();
    checkIn(doc, { keyResultId, date: '2027-02-01', value: 40, recordedAt: 2_000 });
    checkIn(doc, { keyResultId, date: '2027-02-01', value: 38, recordedAt: 1_000 });
    expect(keyResult().current).toBe(40);
    const a = replicaOf(doc);
    const b = replicaOf(doc);
    checkIn(a, { keyResultId, date: '2027-03-01', value: 41, recordedAt: 5_000 });
    checkIn(b, { keyResultId, date: '2027-03-01', value: 42, recordedAt: 5_000 });
    syncBoth(a, b);
    const latestOn = (replica: Y.Doc) => new RoadmapStore(replica).getSnapshot().keyResults.get(keyResultId)!;
    expect(latestOn(a).checkIns).toHaveLength(4);
    expect(latestOn(a).current).toBe(latestOn(b).current);
    expect(latestOn(a).checkIns.map((entry) => entry.id)).toEqual(latestOn(b).checkIns.map((entry) => entry.id));
  });

  it('keep both of two people’s offline check-ins after they sync', () => {
    const { doc, keyResultId } = world();
    const a = replicaOf(doc);
    const b = replicaOf(doc);
    checkIn(a, { keyResultId, date: '2027-02-01', value: 35, author: 'Ada' });
    checkIn(b, { keyResultId, date: '2027-02-02', value: 37, author: 'Ben' });
    syncBoth(a, b);
    for (const replica of [a, b]) {
      const keyResult = new RoadmapStore(replica).getSnapshot().keyResults.get(keyResultId)!;
      expect(keyResult.checkIns.map((entry) => entry.author)).toEqual(['Ada', 'Ben']);
      expect(keyResult.current).toBe(37);
    }
  });

  it('are edited and deleted one undo step at a time', () => {
    const { doc, keyResultId, keyResult } = world();
    const undo = createUndoManager(doc);
    const first = checkIn(doc, { keyResultId, date: '2027-01-10', value: 32 });
    undo.stopCapturing();
    const second = checkIn(doc, { keyResultId, date: '2027-01-20', value: 34 });
    undo.stopCapturing();
    updateCheckIn(doc, { id: second, changes: { value: 35, note: 'Recounted' } });
    undo.stopCapturing();
    expect(keyResult().current).toBe(35);
    deleteCheckIn(doc, { id: second });
    undo.stopCapturing();
    expect(keyResult().current).toBe(32);
    undo.undo();
    expect(keyResult().latestCheckIn).toMatchObject({ id: second, value: 35, note: 'Recounted' });
    undo.undo();
    expect(keyResult().current).toBe(34);
    expect(keyResult().checkIns.map((entry) => entry.id)).toEqual([first, second]);
  });

  it('go with their key result (and its goal), and come back with it on undo', () => {
    const { doc, goalId, keyResultId, keyResult, store } = world();
    checkIn(doc, { keyResultId, date: '2027-01-10', value: 32 });
    checkIn(doc, { keyResultId, date: '2027-01-20', value: 34 });
    const undo = createUndoManager(doc);
    deleteKeyResult(doc, { id: keyResultId });
    expect(readAll(doc, 'checkIns')).toHaveLength(0);
    undo.undo();
    expect(keyResult().checkIns.map((entry) => entry.value)).toEqual([32, 34]);
    undo.stopCapturing();
    deleteGoal(doc, { id: goalId });
    expect(store.getSnapshot().checkIns.size).toBe(0);
    undo.undo();
    expect(keyResult().current).toBe(34);
  });

  it('of a key result a peer deleted meanwhile stay out of sight, and return with an undo of the delete', () => {
    const { doc, keyResultId } = world();
    const a = replicaOf(doc);
    const b = replicaOf(doc);
    const undoA = createUndoManager(a);
    deleteKeyResult(a, { id: keyResultId });
    checkIn(b, { keyResultId, date: '2027-01-10', value: 40 });
    syncBoth(a, b);
    const storeA = new RoadmapStore(a);
    expect(storeA.getSnapshot().keyResults.has(keyResultId)).toBe(false);
    undoA.undo();
    syncBoth(a, b);
    expect(storeA.getSnapshot().keyResults.get(keyResultId)?.current).toBe(40);
  });

  it.each([
    ['a value that is not a number', { value: 'ten' }, 'value'],
    ['an infinite value', { value: Infinity }, 'value'],
    ['a date in the future', { date: '2027-03-02', today: '2027-03-01' }, 'date'],
    ['an impossible date', { date: '2027-02-30' }, 'date'],
    ['an unknown confidence', { confidence: 'fine' }, 'confidence'],
    ['a note over 500 characters', { note: 'x'.repeat(501) }, 'note'],
  ])('refuse %s and change nothing', (_case, input, field) => {
    const { doc, keyResultId } = world();
    expectRefused(doc, () => checkIn(doc, { keyResultId, date: '2027-02-01', value: 1, ...input } as never), field);
  });

  it('refuse an edit to a future date, a check-in of a missing key result, and a weight below 0', () => {
    const { doc, keyResultId } = world();
    const id = checkIn(doc, { keyResultId, date: '2027-02-01', value: 1 });
    expectRefused(doc, () => updateCheckIn(doc, { id, changes: { date: '2027-05-01' }, today: '2027-03-01' }), 'date');
    expectRefused(doc, () => checkIn(doc, { keyResultId: 'gone', date: '2027-02-01', value: 1 }));
    expectRefused(doc, () => updateKeyResult(doc, { id: keyResultId, changes: { weight: -0.5 } }), 'changes.weight');
  });

  it('can come with a new key result as its first, in the same undo step', () => {
    const doc = newRoadmapDoc();
    const goalId = createGoal(doc, { title: 'G' });
    const undo = createUndoManager(doc);
    const id = createKeyResult(doc, {
      goalId,
      title: 'Seats',
      baseline: 0,
      target: 10,
      checkIn: { date: '2027-01-04', value: 4 },
    });
    expect(new RoadmapStore(doc).getSnapshot().keyResults.get(id)?.current).toBe(4);
    undo.undo();
    expect(readAll(doc, 'checkIns')).toHaveLength(0);
    expectRefused(doc, () =>
      createKeyResult(doc, { goalId, title: 'Seats', checkIn: { date: '2027-01-04', value: Number.NaN } }),
    );
  });
});

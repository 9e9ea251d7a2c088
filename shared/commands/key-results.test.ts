import { describe, expect, it } from 'vitest';
import { createGoal } from './goals';
import { createKeyResult, deleteKeyResult, updateKeyResult } from './key-results';
import { checkIn } from './check-ins';
import { RoadmapStore } from '../read-model/roadmap-store';
import { createInitiative } from './initiatives';
import { readAll, readOne } from './records';
import { expectRefused, newRoadmapDoc } from '../testing/roadmap-doc';
import type * as Y from 'yjs';

describe('key result commands', () => {
  it('create, update and delete a key result; deleting unlinks it from initiatives', () => {
    const doc = newRoadmapDoc();
    const goalId = createGoal(doc, { title: 'G' });
    const id = createKeyResult(doc, {
      goalId,
      title: 'Activation',
      unit: '%',
      baseline: 30,
      target: 45,
      checkIn: { value: 31, date: '2027-01-04' },
    });
    expect(readOne(doc, 'keyResults', id).owner).toBe('');
    checkIn(doc, { keyResultId: id, value: 40, date: '2027-01-11' });
    updateKeyResult(doc, { id, changes: { dueDate: '2027-06-30', owner: 'Ada' } });
    expect(readOne(doc, 'keyResults', id)).toMatchObject({
      title: 'Activation',
      unit: '%',
      baseline: 30,
      target: 45,
      dueDate: '2027-06-30',
      owner: 'Ada',
      weight: 1,
    });
    expect(new RoadmapStore(doc).getSnapshot().keyResults.get(id)).toMatchObject({ current: 40 });
    const initiativeId = createInitiative(doc, {
      title: 'I',
      startDate: '2027-01-01',
      endDate: '2027-01-02',
      goalId,
      keyResultIds: [id],
    });
    deleteKeyResult(doc, { id });
    expect(readAll(doc, 'keyResults')).toHaveLength(0);
    expect(readAll(doc, 'checkIns')).toHaveLength(0);
    expect(readOne(doc, 'initiatives', initiativeId).keyResultIds).toEqual([]);
  });

  it('reads a key result stored before owners existed with no owner', () => {
    const doc = newRoadmapDoc();
    const goalId = createGoal(doc, { title: 'G' });
    const id = createKeyResult(doc, { goalId, title: 'Activation', owner: 'Ada' });
    (doc.getMap('keyResults').get(id) as Y.Map<unknown>).delete('owner');
    expect(readOne(doc, 'keyResults', id)).toMatchObject({ owner: '', problems: [] });
  });

  it.each([
    ['an unknown goal', { goalId: 'nope', title: 'KR' }, 'goalId'],
    ['an empty title', { goalId: 'GOAL', title: ' ' }, 'title'],
    ['a non-number target', { goalId: 'GOAL', title: 'KR', target: '10' }, 'target'],
    ['an infinite baseline', { goalId: 'GOAL', title: 'KR', baseline: Infinity }, 'baseline'],
    ['an impossible due date', { goalId: 'GOAL', title: 'KR', dueDate: '2027-13-01' }, 'dueDate'],
    ['a weight below 0', { goalId: 'GOAL', title: 'KR', weight: -1 }, 'weight'],
  ])('refuses %s', (_case, input, field) => {
    const doc = newRoadmapDoc();
    const goalId = createGoal(doc, { title: 'G' });
    const withGoal = { ...input, goalId: input.goalId === 'GOAL' ? goalId : input.goalId };
    expectRefused(doc, () => createKeyResult(doc, withGoal as never), field);
  });

  it('refuses moving a key result to another goal through update', () => {
    const doc = newRoadmapDoc();
    const goalId = createGoal(doc, { title: 'G' });
    const id = createKeyResult(doc, { goalId, title: 'KR' });
    expectRefused(doc, () => updateKeyResult(doc, { id, changes: { goalId: 'other' } as never }));
  });
});

import { describe, expect, it } from 'vitest';
import { createGoal, createGoals, deleteGoal, reorderGoal, updateGoal } from './goals';
import { createKeyResult } from './key-results';
import { createInitiative } from './initiatives';
import { readAll, readOne } from './records';
import { expectRefused, newRoadmapDoc } from '../testing/roadmap-doc';
import { GOAL_PALETTE } from '../model/goal';
import { compareOrdered } from '../model/order';

describe('createGoal', () => {
  it('stores the fields and gives each new goal the next palette color', () => {
    const doc = newRoadmapDoc();
    const [a, b] = createGoals(doc, [
      { title: 'Grow activation', owner: 'Maya', dueDate: '2027-12-31' },
      { title: 'Retain' },
    ]);
    expect(readOne(doc, 'goals', a!)).toMatchObject({
      title: 'Grow activation',
      owner: 'Maya',
      dueDate: '2027-12-31',
      status: 'on-track',
      color: GOAL_PALETTE[0],
    });
    expect(readOne(doc, 'goals', b!).color).toBe(GOAL_PALETTE[1]);
  });

  it.each([
    ['an empty title', { title: '' }, 'title'],
    ['a due date before the start', { title: 'G', startDate: '2027-05-01', dueDate: '2027-04-30' }, 'dueDate'],
    ['an unknown status', { title: 'G', status: 'meh' }, 'status'],
    ['a bad color', { title: 'G', color: 'blue' }, 'color'],
    ['an unknown parent', { title: 'G', parentId: 'nope' }, 'parentId'],
  ])('refuses %s', (_case, input, field) => {
    const doc = newRoadmapDoc();
    expectRefused(doc, () => createGoal(doc, input as never), field);
  });
});

describe('updateGoal', () => {
  it('edits fields and nests under a parent', () => {
    const doc = newRoadmapDoc();
    const parent = createGoal(doc, { title: 'Company' });
    const id = createGoal(doc, { title: 'Team' });
    updateGoal(doc, { id, changes: { status: 'at-risk', parentId: parent, description: 'Why' } });
    expect(readOne(doc, 'goals', id)).toMatchObject({ status: 'at-risk', parentId: parent, description: 'Why' });
  });

  it('refuses a parent cycle', () => {
    const doc = newRoadmapDoc();
    const a = createGoal(doc, { title: 'A' });
    const b = createGoal(doc, { title: 'B', parentId: a });
    expectRefused(doc, () => updateGoal(doc, { id: a, changes: { parentId: b } }), 'parentId');
    expectRefused(doc, () => updateGoal(doc, { id: a, changes: { parentId: a } }), 'parentId');
  });
});

describe('reorderGoal', () => {
  it('moves a goal between two others', () => {
    const doc = newRoadmapDoc();
    const [a, b, c] = createGoals(doc, [{ title: 'A' }, { title: 'B' }, { title: 'C' }]);
    reorderGoal(doc, { id: c!, afterId: a!, beforeId: b! });
    expect(
      readAll(doc, 'goals')
        .sort(compareOrdered)
        .map((goal) => goal.title),
    ).toEqual(['A', 'C', 'B']);
    reorderGoal(doc, { id: a!, afterId: b!, beforeId: null });
    expect(
      readAll(doc, 'goals')
        .sort(compareOrdered)
        .map((goal) => goal.title),
    ).toEqual(['C', 'B', 'A']);
  });
});

describe('deleteGoal', () => {
  it('removes the goal and its key results but keeps its initiatives', () => {
    const doc = newRoadmapDoc();
    const goalId = createGoal(doc, { title: 'G' });
    const keyResultId = createKeyResult(doc, { goalId, title: 'KR' });
    const initiativeId = createInitiative(doc, {
      title: 'I',
      goalId,
      keyResultIds: [keyResultId],
      startDate: '2027-01-01',
      endDate: '2027-01-31',
    });
    deleteGoal(doc, { id: goalId });
    expect(readAll(doc, 'goals')).toHaveLength(0);
    expect(readAll(doc, 'keyResults')).toHaveLength(0);
    expect(readOne(doc, 'initiatives', initiativeId)).toMatchObject({ goalId, keyResultIds: [] });
  });

  it('refuses an unknown goal', () => {
    const doc = newRoadmapDoc();
    expectRefused(doc, () => deleteGoal(doc, { id: 'nope' }));
  });
});

import { describe, expect, it } from 'vitest';
import { createUndoManager } from './undo';
import { createGoal, updateGoal } from './goals';
import { createInitiative, moveInitiative } from './initiatives';
import { readAll, readOne } from './records';
import { newRoadmapDoc, replicaOf, syncBoth } from '../testing/roadmap-doc';
import { writeSampleRoadmap } from '../sample/sample-roadmap';
import { createRoadmapYDoc } from '../model/document';

describe('undo and redo', () => {
  it('undoes and redoes one command at a time, even in quick succession', () => {
    const doc = newRoadmapDoc();
    const undo = createUndoManager(doc);
    const goalId = createGoal(doc, { title: 'G' });
    updateGoal(doc, { id: goalId, changes: { title: 'Renamed' } });
    updateGoal(doc, { id: goalId, changes: { owner: 'Ana' } });
    undo.undo();
    expect(readOne(doc, 'goals', goalId)).toMatchObject({ title: 'Renamed', owner: '' });
    undo.undo();
    expect(readOne(doc, 'goals', goalId).title).toBe('G');
    undo.undo();
    expect(readAll(doc, 'goals')).toHaveLength(0);
    undo.redo();
    undo.redo();
    expect(readOne(doc, 'goals', goalId)).toMatchObject({ title: 'Renamed', owner: '' });
  });

  it('a move (lane and dates) is one step', () => {
    const doc = newRoadmapDoc();
    const goalId = createGoal(doc, { title: 'G' });
    const id = createInitiative(doc, { title: 'I', startDate: '2027-01-01', endDate: '2027-01-31' });
    const undo = createUndoManager(doc);
    moveInitiative(doc, { id, goalId, startDate: '2027-03-01' });
    undo.undo();
    expect(readOne(doc, 'initiatives', id)).toMatchObject({
      goalId: null,
      startDate: '2027-01-01',
      endDate: '2027-01-31',
    });
  });

  it('never undoes a remote edit', () => {
    const local = newRoadmapDoc();
    const remote = replicaOf(local);
    const undo = createUndoManager(local);
    const goalId = createGoal(local, { title: 'Mine' });
    syncBoth(local, remote);
    updateGoal(remote, { id: goalId, changes: { owner: 'Peer' } });
    createGoal(remote, { title: 'Theirs' });
    syncBoth(local, remote);
    undo.undo(); // undoes my createGoal only
    expect(readAll(local, 'goals').map((goal) => goal.title)).toEqual(['Theirs']);
    expect(undo.canUndo()).toBe(false);
  });

  it('does not put the first-run sample on the undo stack', () => {
    const doc = createRoadmapYDoc();
    const undo = createUndoManager(doc);
    writeSampleRoadmap(doc, '2027-01-15');
    expect(undo.canUndo()).toBe(false);
    expect(readAll(doc, 'initiatives').length).toBe(10);
  });
});

import { describe, expect, it } from 'vitest';
import { createGoal } from './goals';
import { createKeyResult } from './key-results';
import {
  createInitiative,
  createInitiatives,
  deleteInitiative,
  deleteInitiatives,
  moveInitiative,
  moveInitiatives,
  startDateChanges,
  updateInitiative,
  updateInitiatives,
} from './initiatives';
import { createUndoManager } from './undo';
import { addDependency } from './dependencies';
import { readAll, readOne } from './records';
import { expectRefused, newRoadmapDoc, replicaOf, syncBoth } from '../testing/roadmap-doc';
import * as Y from 'yjs';
import { collectionOf } from '../model/document';

const jan = { startDate: '2027-01-01', endDate: '2027-03-31' };

describe('createInitiative', () => {
  it('stores every field, with defaults for those not given', () => {
    const doc = newRoadmapDoc();
    const goalId = createGoal(doc, { title: 'Grow activation' });
    const id = createInitiative(doc, {
      title: 'Onboarding checklist',
      goalId,
      ...jan,
      tags: ['ux', 'growth'],
      progress: 10,
    });
    const initiative = readOne(doc, 'initiatives', id);
    expect(initiative).toMatchObject({
      title: 'Onboarding checklist',
      goalId,
      startDate: '2027-01-01',
      endDate: '2027-03-31',
      status: 'planned',
      tags: ['growth', 'ux'],
      progress: 10,
      description: '',
      problems: [],
    });
  });

  it('stores sets as maps of member → true and descriptions as Y.Text', () => {
    const doc = newRoadmapDoc();
    const id = createInitiative(doc, { title: 'A', ...jan, tags: ['x'], description: 'Why we do it' });
    const entity = collectionOf(doc, 'initiatives').get(id)!;
    expect(entity.get('tags')).toBeInstanceOf(Y.Map);
    expect((entity.get('tags') as Y.Map<boolean>).get('x')).toBe(true);
    expect(entity.get('description')).toBeInstanceOf(Y.Text);
  });

  it('orders new initiatives after existing ones', () => {
    const doc = newRoadmapDoc();
    const [a, b] = createInitiatives(doc, [
      { title: 'A', ...jan },
      { title: 'B', ...jan },
    ]);
    const c = createInitiative(doc, { title: 'C', ...jan });
    const order = (id: string) => readOne(doc, 'initiatives', id).order;
    expect(order(a!) < order(b!)).toBe(true);
    expect(order(b!) < order(c)).toBe(true);
  });

  it.each([
    ['an empty title', { title: '  ', ...jan }, 'title'],
    ['an end before the start', { title: 'A', startDate: '2027-03-01', endDate: '2027-02-28' }, 'endDate'],
    ['an impossible date', { title: 'A', startDate: '2027-02-30', endDate: '2027-03-01' }, 'startDate'],
    ['progress over 100', { title: 'A', ...jan, progress: 101 }, 'progress'],
    ['negative progress', { title: 'A', ...jan, progress: -1 }, 'progress'],
    ['an unknown goal', { title: 'A', ...jan, goalId: 'no-such-goal' }, 'goalId'],
    ['an unknown key result', { title: 'A', ...jan, keyResultIds: ['nope'] }, 'keyResultIds'],
    ['an unknown status', { title: 'A', ...jan, status: 'someday' }, 'status'],
  ])('refuses %s and leaves the document unchanged', (_case, input, field) => {
    const doc = newRoadmapDoc();
    expectRefused(doc, () => createInitiative(doc, input as never), field);
  });

  it('refuses a whole batch when one item is invalid', () => {
    const doc = newRoadmapDoc();
    expectRefused(doc, () =>
      createInitiatives(doc, [
        { title: 'Fine', ...jan },
        { title: '', ...jan },
      ]),
    );
    expect(readAll(doc, 'initiatives')).toHaveLength(0);
  });
});

describe('updateInitiative', () => {
  it('changes only the given fields', () => {
    const doc = newRoadmapDoc();
    const id = createInitiative(doc, { title: 'A', ...jan, owner: 'Ana' });
    updateInitiative(doc, { id, changes: { status: 'in-progress', progress: 50, description: 'Details' } });
    expect(readOne(doc, 'initiatives', id)).toMatchObject({
      title: 'A',
      owner: 'Ana',
      status: 'in-progress',
      progress: 50,
      description: 'Details',
    });
  });

  it('refuses an end date moved before the start date', () => {
    const doc = newRoadmapDoc();
    const id = createInitiative(doc, { title: 'A', ...jan });
    expectRefused(doc, () => updateInitiative(doc, { id, changes: { endDate: '2026-12-31' } }), 'endDate');
    expectRefused(doc, () => updateInitiative(doc, { id, changes: { startDate: '2027-04-01' } }), 'endDate');
  });

  it('refuses an unknown id, unknown fields and a key result that does not exist', () => {
    const doc = newRoadmapDoc();
    const id = createInitiative(doc, { title: 'A', ...jan });
    expectRefused(doc, () => updateInitiative(doc, { id: 'missing', changes: { title: 'B' } }));
    expectRefused(doc, () => updateInitiative(doc, { id, changes: { colour: 'red' } as never }));
    expectRefused(doc, () => updateInitiative(doc, { id, changes: { keyResultIds: ['gone'] } }), 'keyResultIds');
  });

  it('links key results of the goal', () => {
    const doc = newRoadmapDoc();
    const goalId = createGoal(doc, { title: 'G' });
    const keyResultId = createKeyResult(doc, { goalId, title: 'KR' });
    const id = createInitiative(doc, { title: 'A', ...jan, goalId });
    updateInitiative(doc, { id, changes: { keyResultIds: [keyResultId] } });
    expect(readOne(doc, 'initiatives', id).keyResultIds).toEqual([keyResultId]);
  });
});

describe('moveInitiative', () => {
  it('moves to another lane and date, keeping the duration', () => {
    const doc = newRoadmapDoc();
    const goalId = createGoal(doc, { title: 'G' });
    const id = createInitiative(doc, { title: 'A', startDate: '2027-01-31', endDate: '2027-02-27' });
    moveInitiative(doc, { id, goalId, startDate: '2028-02-01' });
    expect(readOne(doc, 'initiatives', id)).toMatchObject({ goalId, startDate: '2028-02-01', endDate: '2028-02-28' });
    moveInitiative(doc, { id, goalId: null });
    expect(readOne(doc, 'initiatives', id)).toMatchObject({ goalId: null, startDate: '2028-02-01' });
  });

  it('refuses an unknown goal', () => {
    const doc = newRoadmapDoc();
    const id = createInitiative(doc, { title: 'A', ...jan });
    expectRefused(doc, () => moveInitiative(doc, { id, goalId: 'nope' }), 'goalId');
  });
});

describe('moveInitiatives', () => {
  it('moves a selection together as one undo step, or nothing when one move is refused', () => {
    const doc = newRoadmapDoc();
    const goalId = createGoal(doc, { title: 'G' });
    const [a, b] = createInitiatives(doc, [
      { title: 'A', startDate: '2027-01-01', endDate: '2027-01-10' },
      { title: 'B', startDate: '2027-02-01', endDate: '2027-02-28' },
    ]);
    const undo = createUndoManager(doc);
    moveInitiatives(doc, [
      { id: a!, goalId, startDate: '2027-01-08' },
      { id: b!, goalId, startDate: '2027-02-08' },
    ]);
    expect(readOne(doc, 'initiatives', a!)).toMatchObject({ goalId, startDate: '2027-01-08', endDate: '2027-01-17' });
    expect(readOne(doc, 'initiatives', b!)).toMatchObject({ goalId, startDate: '2027-02-08', endDate: '2027-03-07' });
    undo.undo();
    expect(readOne(doc, 'initiatives', a!)).toMatchObject({ goalId: null, startDate: '2027-01-01' });
    expect(readOne(doc, 'initiatives', b!)).toMatchObject({ goalId: null, startDate: '2027-02-01' });
    expectRefused(doc, () =>
      moveInitiatives(doc, [
        { id: a!, startDate: '2027-05-01' },
        { id: b!, goalId: 'gone' },
      ]),
    );
  });
});

describe('batch commands are all or nothing', () => {
  it('a move batch whose last item is invalid writes nothing, here or on a peer', () => {
    const doc = newRoadmapDoc();
    const goalId = createGoal(doc, { title: 'G' });
    const [a, b, c] = createInitiatives(doc, [
      { title: 'A', startDate: '2027-01-01', endDate: '2027-01-10' },
      { title: 'B', startDate: '2027-02-01', endDate: '2027-02-28' },
      { title: 'C', startDate: '2027-03-01', endDate: '2027-03-31' },
    ]);
    const peer = replicaOf(doc);
    const peerBefore = Y.encodeStateVector(peer);
    // Every item exists and names a real goal; only the last one's end, kept 30 days after its new start,
    // falls past the year 9999: found only when that item is checked whole.
    expectRefused(doc, () =>
      moveInitiatives(doc, [
        { id: a!, goalId, startDate: '2027-01-08' },
        { id: b!, goalId, startDate: '2027-02-08' },
        { id: c!, startDate: '9999-12-20' },
      ]),
    );
    syncBoth(doc, peer);
    expect(Y.encodeStateVector(peer)).toEqual(peerBefore);
    expect(readOne(peer, 'initiatives', a!)).toMatchObject({ goalId: null, startDate: '2027-01-01' });
  });
});

describe('updateInitiatives', () => {
  it('gives a selection the same status, owner or team as one undo step, or changes nothing', () => {
    const doc = newRoadmapDoc();
    const [a, b] = createInitiatives(doc, [
      { title: 'A', startDate: '2027-01-01', endDate: '2027-01-10', owner: 'Ada' },
      { title: 'B', startDate: '2027-02-01', endDate: '2027-02-28', status: 'proposed' },
    ]);
    const undo = createUndoManager(doc);
    updateInitiatives(doc, { ids: [a!, b!], changes: { status: 'at-risk', team: 'Core' } });
    expect(readOne(doc, 'initiatives', a!)).toMatchObject({ status: 'at-risk', team: 'Core', owner: 'Ada' });
    expect(readOne(doc, 'initiatives', b!)).toMatchObject({ status: 'at-risk', team: 'Core' });
    undo.undo();
    expect(readOne(doc, 'initiatives', a!)).toMatchObject({ status: 'planned', team: '' });
    expect(readOne(doc, 'initiatives', b!)).toMatchObject({ status: 'proposed', team: '' });
    expectRefused(doc, () => updateInitiatives(doc, { ids: [a!, 'gone'], changes: { owner: 'Bo' } }));
    // Dates and goals move through moveInitiatives: not a bulk field here.
    expectRefused(doc, () => updateInitiatives(doc, { ids: [a!], changes: { startDate: '2027-03-01' } as never }));
  });
});

describe('deleteInitiative', () => {
  it('removes the initiative and the dependencies touching it', () => {
    const doc = newRoadmapDoc();
    const [a, b, c] = createInitiatives(doc, [
      { title: 'A', ...jan },
      { title: 'B', ...jan },
      { title: 'C', ...jan },
    ]);
    addDependency(doc, { fromId: a!, toId: b! });
    addDependency(doc, { fromId: b!, toId: c! });
    deleteInitiative(doc, { id: b! });
    expect(readAll(doc, 'initiatives').map((i) => i.title)).toEqual(['A', 'C']);
    expect(readAll(doc, 'dependencies')).toHaveLength(0);
  });

  it('refuses an unknown id', () => {
    const doc = newRoadmapDoc();
    expectRefused(doc, () => deleteInitiative(doc, { id: 'nope' }));
  });
});

describe('key-result links', () => {
  it('refuses a key result of another goal, and drops the old goal’s links when the initiative moves', () => {
    const doc = newRoadmapDoc();
    const a = createGoal(doc, { title: 'A' });
    const b = createGoal(doc, { title: 'B' });
    const keyResultA = createKeyResult(doc, { goalId: a, title: 'KR A' });
    const keyResultB = createKeyResult(doc, { goalId: b, title: 'KR B' });
    const id = createInitiative(doc, { title: 'I', ...jan, goalId: a, keyResultIds: [keyResultA] });
    expectRefused(
      doc,
      () => updateInitiative(doc, { id, changes: { keyResultIds: [keyResultA, keyResultB] } }),
      'keyResultIds',
    );
    moveInitiative(doc, { id, goalId: b });
    expect(readOne(doc, 'initiatives', id).keyResultIds).toEqual([]);
    updateInitiative(doc, { id, changes: { keyResultIds: [keyResultB] } });
    expect(readOne(doc, 'initiatives', id).keyResultIds).toEqual([keyResultB]);
  });

  it('does not let a link to a key result deleted by a peer block later edits', () => {
    const doc = newRoadmapDoc();
    const goalId = createGoal(doc, { title: 'G' });
    const gone = createKeyResult(doc, { goalId, title: 'Gone' });
    const kept = createKeyResult(doc, { goalId, title: 'Kept' });
    const id = createInitiative(doc, { title: 'I', ...jan, goalId, keyResultIds: [gone] });
    collectionOf(doc, 'keyResults').delete(gone); // as a peer's delete would arrive, without unlinking
    updateInitiative(doc, { id, changes: { keyResultIds: [gone, kept], title: 'Still editable' } });
    expect(readOne(doc, 'initiatives', id)).toMatchObject({
      title: 'Still editable',
      keyResultIds: [gone, kept].sort(),
    });
  });
});

describe('deleteInitiatives', () => {
  it('deletes several initiatives in one step, or none when one id is unknown', () => {
    const doc = newRoadmapDoc();
    const [a, b, c] = createInitiatives(doc, [
      { title: 'A', ...jan },
      { title: 'B', ...jan },
      { title: 'C', ...jan },
    ]);
    expectRefused(doc, () => deleteInitiatives(doc, [a!, 'nope']));
    deleteInitiatives(doc, [a!, c!]);
    expect(readAll(doc, 'initiatives').map((initiative) => initiative.id)).toEqual([b]);
  });
});

describe('startDateChanges', () => {
  it('moves the end along when the new start is past it, keeping the length', () => {
    const current = { startDate: '2026-11-29', endDate: '2026-12-28' };
    expect(startDateChanges(current, '2027-01-01')).toEqual({ startDate: '2027-01-01', endDate: '2027-01-30' });
    expect(startDateChanges(current, '2026-12-28')).toEqual({ startDate: '2026-12-28' });
    expect(startDateChanges(current, '2026-11-01')).toEqual({ startDate: '2026-11-01' });
    // Invalid input goes to the command as it is, to be refused with a message.
    expect(startDateChanges(current, '2027-02-30')).toEqual({ startDate: '2027-02-30' });
  });
});

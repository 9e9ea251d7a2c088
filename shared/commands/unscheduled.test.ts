import type * as Y from 'yjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGoal } from './goals';
import {
  createInitiative,
  endDateChanges,
  moveInitiative,
  startDateChanges,
  unscheduleInitiatives,
  updateInitiative,
} from './initiatives';
import { addDependency } from './dependencies';
import { createUndoManager } from './undo';
import { readOne } from './records';
import { collectionOf, createRoadmapYDoc } from '../model/document';
import { DEFAULT_SPAN_DAYS, isScheduled } from '../model/initiative';
import { initializeRoadmap } from './roadmap';
import { RoadmapStore } from '../read-model/roadmap-store';
import { selectLanes, selectUnscheduled, selectViolatedDependencies } from '../read-model/lanes';
import { newRoadmapDoc, syncBoth } from '../testing/roadmap-doc';
import { addDays } from '../time/iso-date';

const snapshotOf = (doc: Y.Doc) => {
  const store = new RoadmapStore(doc);
  const snapshot = store.getSnapshot();
  store.destroy();
  return snapshot;
};

describe('unscheduled initiatives', () => {
  it('are created and taken off the timeline without dates, into the Unscheduled list, one undo step', () => {
    const doc = newRoadmapDoc();
    const goal = createGoal(doc, { title: 'Growth' });
    const idea = createInitiative(doc, { title: 'Idea', goalId: goal, startDate: null, endDate: null });
    const work = createInitiative(doc, { title: 'Work', goalId: goal, startDate: '2027-01-04', endDate: '2027-01-29' });
    const undo = createUndoManager(doc);
    unscheduleInitiatives(doc, [work]);
    const snapshot = snapshotOf(doc);
    expect(readOne(doc, 'initiatives', work)).toMatchObject({ startDate: null, endDate: null, problems: [] });
    expect(selectLanes(snapshot).flatMap((lane) => lane.initiatives)).toEqual([]);
    expect(selectUnscheduled(snapshot).map((initiative) => initiative.id)).toEqual([idea, work]);
    undo.undo();
    expect(readOne(doc, 'initiatives', work)).toMatchObject({ startDate: '2027-01-04', endDate: '2027-01-29' });
  });

  it('get two weeks when moved onto a lane, given a start, or given an end', () => {
    const doc = newRoadmapDoc();
    const goal = createGoal(doc, { title: 'Growth' });
    const idea = createInitiative(doc, { title: 'Idea', startDate: null, endDate: null });
    moveInitiative(doc, { id: idea, goalId: goal, startDate: '2027-03-01' });
    expect(readOne(doc, 'initiatives', idea)).toMatchObject({
      goalId: goal,
      startDate: '2027-03-01',
      endDate: addDays('2027-03-01', DEFAULT_SPAN_DAYS - 1),
    });
    const unscheduled = { startDate: null, endDate: null };
    expect(startDateChanges(unscheduled, '2027-05-03')).toEqual({ startDate: '2027-05-03', endDate: '2027-05-16' });
    expect(endDateChanges(unscheduled, '2027-05-16')).toEqual({ startDate: '2027-05-03', endDate: '2027-05-16' });
    expect(endDateChanges({ startDate: '2027-05-01', endDate: '2027-05-02' }, '2027-05-09')).toEqual({
      endDate: '2027-05-09',
    });
  });

  it('are never late: a dependency on or of one is not violated', () => {
    const doc = newRoadmapDoc();
    const a = createInitiative(doc, { title: 'A', startDate: '2027-01-04', endDate: '2027-01-29' });
    const b = createInitiative(doc, { title: 'B', startDate: '2027-01-10', endDate: '2027-01-20' });
    addDependency(doc, { fromId: a, toId: b });
    expect(selectViolatedDependencies(snapshotOf(doc))).toHaveLength(1);
    unscheduleInitiatives(doc, [b]);
    expect(selectViolatedDependencies(snapshotOf(doc))).toEqual([]);
  });

  it('read a record with one date of two (merged from two peers) as unscheduled, with no warning', () => {
    const doc = newRoadmapDoc();
    const id = createInitiative(doc, { title: 'Half', startDate: '2027-01-04', endDate: '2027-01-29' });
    collectionOf(doc, 'initiatives').get(id)!.set('endDate', null);
    expect(readOne(doc, 'initiatives', id)).toMatchObject({ startDate: null, endDate: null, problems: [] });
  });

  // Two people offline: one takes an initiative off the timeline while the other moves or resizes it. After
  // they sync, both see the same thing, and it is one of what they did: unscheduled, or at the dates one
  // of them gave it — never a start without an end.
  it('merge into one clear state when one peer unschedules while another moves or resizes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('move', 'resize-end', 'resize-start', 'retitle'),
        fc.boolean(),
        fc.integer({ min: -40, max: 40 }),
        (edit, unschedulerFirst, days) => {
          const a = createRoadmapYDoc();
          const b = createRoadmapYDoc();
          // Which replica wins a concurrent write depends on the client ids: try both orders.
          a.clientID = unschedulerFirst ? 1 : 2;
          b.clientID = unschedulerFirst ? 2 : 1;
          initializeRoadmap(a, { title: 'Plan' });
          const id = createInitiative(a, { title: 'Work', startDate: '2027-03-01', endDate: '2027-03-31' });
          syncBoth(a, b);
          unscheduleInitiatives(a, [id]);
          if (edit === 'move') moveInitiative(b, { id, startDate: addDays('2027-03-01', days) });
          else if (edit === 'resize-end')
            updateInitiative(b, { id, changes: { endDate: addDays('2027-03-31', Math.abs(days)) } });
          else if (edit === 'resize-start')
            updateInitiative(b, { id, changes: { startDate: addDays('2027-03-01', -Math.abs(days)) } });
          else updateInitiative(b, { id, changes: { title: 'Renamed' } });
          const wroteOnB = readOne(b, 'initiatives', id);
          syncBoth(a, b);
          const onA = readOne(a, 'initiatives', id);
          const onB = readOne(b, 'initiatives', id);
          expect(onA).toEqual(onB);
          expect(onA.problems).toEqual([]);
          expect(onA.startDate === null).toBe(onA.endDate === null);
          if (isScheduled(onA)) {
            // B's edit won: its dates whole, as B had them.
            expect(onA).toMatchObject({ startDate: wroteOnB.startDate, endDate: wroteOnB.endDate });
            expect(edit).toBe('move');
            expect(onA.endDate >= onA.startDate).toBe(true);
          }
          if (edit === 'retitle') expect(onA).toMatchObject({ title: 'Renamed', startDate: null });
        },
      ),
      { numRuns: 80 },
    );
  });
});

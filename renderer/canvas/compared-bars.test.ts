import { describe, expect, it } from 'vitest';
import {
  comparePlans,
  createGoal,
  createInitiative,
  moveInitiative,
  planAtBaseline,
  RoadmapStore,
  takeBaseline,
  updateInitiative,
} from '../../shared';
import { newRoadmapDoc } from '../../shared/testing/roadmap-doc';
import { createLaneComparer, markWidth } from './compared-bars';

const DAYS = { before: '2027-01-10', after: '2027-01-10' };

function reviewed() {
  const doc = newRoadmapDoc();
  const activation = createGoal(doc, { title: 'Activation' });
  const retention = createGoal(doc, { title: 'Retention' });
  const span = { startDate: '2027-01-04', endDate: '2027-01-29' };
  const checklist = createInitiative(doc, { title: 'Checklist', goalId: activation, ...span });
  const tour = createInitiative(doc, { title: 'Tour', goalId: retention, ...span });
  const baselineId = takeBaseline(doc, { name: 'Q1 review' });
  const store = new RoadmapStore(doc);
  const changes = () => {
    const snapshot = store.getSnapshot();
    return {
      snapshot,
      changes: comparePlans(planAtBaseline(doc, snapshot.baselines.get(baselineId)!), snapshot, DAYS),
    };
  };
  return { doc, activation, retention, checklist, tour, changes };
}

describe('the timeline’s compared lanes', () => {
  it('puts each changed bar in the lane it is on now, with its ghost and mark', () => {
    const { doc, activation, retention, checklist, tour, changes } = reviewed();
    moveInitiative(doc, { id: checklist, goalId: retention, startDate: '2027-01-11' });
    const { snapshot, changes: since } = changes();
    const lanes = createLaneComparer()(since, snapshot.goals, 4);
    expect(lanes.has(activation)).toBe(false);
    const bar = lanes.get(retention)!.get(checklist)!;
    expect(bar).toMatchObject({ text: '+7 d \u00b7 from Activation', tone: 'slipped' });
    expect(bar.was).toEqual({ startDate: '2027-01-04', endDate: '2027-01-29' });
    expect(bar.markDays).toBeCloseTo(markWidth(bar.text) / 4);
    expect(lanes.get(retention)!.has(tour)).toBe(false);
  });

  it('keeps a lane’s map while its marks stay the same, and makes a new one when they change', () => {
    const { doc, activation, retention, checklist, tour, changes } = reviewed();
    const compare = createLaneComparer();
    updateInitiative(doc, { id: checklist, changes: { endDate: '2027-02-05' } });
    updateInitiative(doc, { id: tour, changes: { endDate: '2027-02-05' } });
    let current = changes();
    const first = compare(current.changes, current.snapshot.goals, 4);
    // An edit in Retention only.
    updateInitiative(doc, { id: tour, changes: { endDate: '2027-02-12' } });
    current = changes();
    const second = compare(current.changes, current.snapshot.goals, 4);
    expect(second.get(activation)).toBe(first.get(activation));
    expect(second.get(retention)).not.toBe(first.get(retention));
    expect(second.get(retention)!.get(tour)!.text).toBe('+14 d');
  });
});

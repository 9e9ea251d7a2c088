import { describe, expect, it } from 'vitest';
import { takeBaseline } from '../commands/baselines';
import { checkIn } from '../commands/check-ins';
import { createGoal, deleteGoal } from '../commands/goals';
import { createInitiative, deleteInitiative, moveInitiative, updateInitiative } from '../commands/initiatives';
import { createKeyResult } from '../commands/key-results';
import { newRoadmapDoc } from '../testing/roadmap-doc';
import { planAtBaseline } from './baseline-plan';
import { COMPARED_FIELDS, comparePlans, type ComparedDays } from './changes';
import { RoadmapStore } from './roadmap-store';

/** Both plans looked at on the baseline's day, so time passing changes no one's pace. */
const SAME_DAY: ComparedDays = { before: '2027-01-10', after: '2027-01-10' };
const WEEKS_LATER: ComparedDays = { before: '2027-01-10', after: '2027-02-15' };

/** Two goals with work and a key result, a baseline of them, and a way to compare now with it. */
function reviewed() {
  const doc = newRoadmapDoc();
  const activation = createGoal(doc, { title: 'Activation', owner: 'Maya', dueDate: '2027-03-31' });
  const retention = createGoal(doc, { title: 'Retention', dueDate: '2027-06-30' });
  const rate = createKeyResult(doc, { goalId: activation, title: 'Rate', baseline: 0, target: 100 });
  checkIn(doc, { keyResultId: rate, date: '2027-01-05', value: 20, confidence: 'on-track', recordedAt: 1 });
  const span = { startDate: '2027-01-04', endDate: '2027-01-29' };
  const checklist = createInitiative(doc, { title: 'Checklist', goalId: activation, ...span });
  const tour = createInitiative(doc, { title: 'Tour', goalId: activation, ...span });
  const survey = createInitiative(doc, {
    title: 'Survey',
    goalId: retention,
    startDate: '2027-01-11',
    endDate: '2027-01-29',
  });
  const baselineId = takeBaseline(doc, { name: 'Q1 review' });
  const store = new RoadmapStore(doc);
  const compare = (days = SAME_DAY) =>
    comparePlans(planAtBaseline(doc, store.getSnapshot().baselines.get(baselineId)!), store.getSnapshot(), days);
  return { doc, activation, retention, rate, checklist, tour, survey, compare };
}

describe('changes since a baseline', () => {
  it('lists nothing when nothing changed', () => {
    const { compare } = reviewed();
    expect(compare()).toMatchObject({ groups: [] });
    expect(compare().initiatives.size).toBe(0);
  });

  it('lists a goal whose health changed only because time passed (it fell behind pace)', () => {
    const { compare, activation } = reviewed();
    const changes = compare(WEEKS_LATER);
    expect(changes.goals.get(activation)).toMatchObject({
      healthBefore: 'on-track',
      healthAfter: 'at-risk',
      fields: [],
    });
    expect(changes.initiatives.size).toBe(0);
  });

  it('measures a reschedule in days, and calls a later end slipped', () => {
    const w = reviewed();
    moveInitiative(w.doc, { id: w.checklist, startDate: '2027-01-16' }); // 12 days later, same length
    updateInitiative(w.doc, { id: w.tour, changes: { endDate: '2027-01-24' } }); // ends 5 days earlier
    const changes = w.compare();
    expect(changes.initiatives.get(w.checklist)).toMatchObject({
      kind: 'changed',
      startShift: 12,
      endShift: 12,
      slipped: true,
      realigned: false,
    });
    expect(changes.initiatives.get(w.tour)).toMatchObject({ startShift: 0, endShift: -5, slipped: false });
    expect(changes.initiatives.get(w.tour)!.fields).toEqual(['endDate']);
  });

  it('lists added and removed initiatives, and a move to another goal in the new goal’s group', () => {
    const w = reviewed();
    const added = createInitiative(w.doc, {
      title: 'Referrals',
      goalId: w.retention,
      startDate: '2027-02-01',
      endDate: '2027-02-20',
    });
    deleteInitiative(w.doc, { id: w.survey });
    moveInitiative(w.doc, { id: w.tour, goalId: w.retention });
    const changes = w.compare();
    expect(changes.initiatives.get(added)).toMatchObject({ kind: 'added', before: null });
    expect(changes.initiatives.get(w.survey)).toMatchObject({ kind: 'removed', after: null });
    expect(changes.initiatives.get(w.tour)).toMatchObject({ realigned: true, fields: ['goalId'] });
    expect(changes.initiatives.get(w.tour)!.before!.goalId).toBe(w.activation);
    expect(
      changes.groups.map((group) => [
        group.goal?.title,
        group.initiatives.map((c) => c.after?.title ?? c.before!.title),
      ]),
    ).toEqual([['Retention', ['Tour', 'Survey', 'Referrals']]]);
  });

  it('reports status changes, key-result progress in points, and the goal’s health then and now', () => {
    const w = reviewed();
    updateInitiative(w.doc, { id: w.checklist, changes: { status: 'in-progress' } });
    checkIn(w.doc, { keyResultId: w.rate, date: '2027-02-10', value: 35, confidence: 'off-track', recordedAt: 2 });
    const changes = w.compare(WEEKS_LATER);
    expect(changes.initiatives.get(w.checklist)).toMatchObject({ statusChanged: true, fields: ['status'] });
    expect(changes.keyResults.get(w.rate)).toMatchObject({
      progressBefore: 20,
      progressAfter: 35,
      fields: ['current'],
    });
    expect(changes.goals.get(w.activation)).toMatchObject({
      kind: 'changed',
      healthBefore: 'on-track',
      healthAfter: 'off-track',
      statusBefore: 'on-track',
      statusAfter: 'off-track',
    });
    const [group] = changes.groups;
    expect(group).toMatchObject({ laneKey: w.activation, goalChange: { healthAfter: 'off-track' } });
    expect(group!.keyResults.map((change) => change.id)).toEqual([w.rate]);
  });

  it('does not list what changed and changed back, nor a reorder', () => {
    const w = reviewed();
    updateInitiative(w.doc, { id: w.tour, changes: { title: 'Guided tour' } });
    updateInitiative(w.doc, { id: w.tour, changes: { title: 'Tour' } });
    moveInitiative(w.doc, { id: w.checklist, goalId: w.retention });
    moveInitiative(w.doc, { id: w.checklist, goalId: w.activation });
    const changes = w.compare();
    expect(changes.initiatives.size).toBe(0);
  });

  it('keeps a removed goal’s group, with its initiatives as they were', () => {
    const w = reviewed();
    deleteGoal(w.doc, { id: w.retention });
    const changes = w.compare();
    expect(changes.goals.get(w.retention)).toMatchObject({ kind: 'removed', before: { title: 'Retention' } });
    expect(changes.groups.at(-1)).toMatchObject({ laneKey: w.retention, goal: { title: 'Retention' } });
  });

  it('compares every field a record has, but its id, problems, position and joined check-ins', () => {
    const w = reviewed();
    const now = new RoadmapStore(w.doc).getSnapshot();
    const fieldsOf = (record: object) =>
      Object.keys(record).filter((field) => !['id', 'problems', 'order', 'checkIns', 'latestCheckIn'].includes(field));
    // Listed once per kind for speed: a field added to a kind (or joined in by the read model) must be here.
    expect(COMPARED_FIELDS.initiatives).toEqual(fieldsOf(now.initiatives.get(w.checklist)!));
    expect(COMPARED_FIELDS.keyResults).toEqual(fieldsOf(now.keyResults.get(w.rate)!));
    expect(COMPARED_FIELDS.goals).toEqual(fieldsOf(now.goals.get(w.activation)!));
    expect(COMPARED_FIELDS.keyResults).toContain('current');
  });
});

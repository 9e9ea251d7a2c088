import { describe, expect, it } from 'vitest';
import { createGoal, updateGoal } from '../commands/goals';
import { createKeyResult } from '../commands/key-results';
import { createInitiative, createInitiatives, updateInitiative } from '../commands/initiatives';
import { checkIn } from '../commands/check-ins';
import { updateRoadmap } from '../commands/roadmap';
import { newRoadmapDoc } from '../testing/roadmap-doc';
import { RoadmapStore } from './roadmap-store';
import { daysInside, quarterAround, selectAlignment } from './alignment';
import { NO_FILTER } from './filters';

const TODAY = '2027-02-15';

/** Activation (owned, due, two key results, one with work) with a sub-goal; Retention (no work, no owner). */
function world() {
  const doc = newRoadmapDoc();
  const activation = createGoal(doc, {
    title: 'Activation',
    owner: 'Maya',
    startDate: '2027-01-01',
    dueDate: '2027-03-31',
  });
  const onboarding = createGoal(doc, {
    title: 'Onboarding',
    owner: 'Sam',
    parentId: activation,
    dueDate: '2027-03-31',
  });
  const retention = createGoal(doc, { title: 'Retention', dueDate: '2027-06-30' });
  const rate = createKeyResult(doc, { goalId: activation, title: 'Rate', baseline: 0, target: 100 });
  const time = createKeyResult(doc, { goalId: activation, title: 'Time', baseline: 18, target: 6 });
  const tour = createKeyResult(doc, { goalId: onboarding, title: 'Tour', baseline: 0, target: 10 });
  const [checklist, gallery, stray, late, dropped] = createInitiatives(doc, [
    { title: 'Checklist', goalId: activation, keyResultIds: [rate], startDate: '2027-01-01', endDate: '2027-01-31' },
    { title: 'Gallery', goalId: activation, startDate: '2027-02-01', endDate: '2027-02-28' },
    { title: 'Stray', goalId: null, startDate: '2027-01-10', endDate: '2027-01-19' },
    { title: 'Late', goalId: onboarding, keyResultIds: [tour], startDate: '2027-03-01', endDate: '2027-04-30' },
    { title: 'Dropped', goalId: null, status: 'dropped', startDate: '2027-01-01', endDate: '2027-01-05' },
  ]);
  const store = new RoadmapStore(doc);
  const alignment = () => selectAlignment(store.getSnapshot(), TODAY);
  return {
    doc,
    store,
    alignment,
    activation,
    onboarding,
    retention,
    rate,
    time,
    tour,
    checklist,
    gallery,
    stray,
    late,
    dropped,
  };
}

describe('alignment', () => {
  it('counts each goal’s initiatives and days inside the quarter, and its share of the total', () => {
    const w = world();
    const { goals, totalDays, period } = w.alignment();
    expect(period).toEqual({ start: '2027-01-01', end: '2027-03-31' });
    // Checklist 31 + Gallery 28; Late 31 of its days are in March; Stray 10; Dropped counts nothing.
    expect(totalDays).toBe(31 + 28 + 31 + 10);
    const [activation, onboarding, retention] = goals;
    expect(activation!.investment).toEqual({ initiatives: 2, days: 59, share: 59 / 100 });
    expect(onboarding).toMatchObject({ depth: 1, investment: { initiatives: 1, days: 31 } });
    expect(retention!.investment).toEqual({ initiatives: 0, days: 0, share: 0 });
    expect(
      w
        .alignment()
        .goals[0]!.contributors.get(w.rate)!
        .map((initiative) => initiative.title),
    ).toEqual(['Checklist']);
    expect(w.alignment().goals[0]!.contributors.get(w.time)).toEqual([]);
  });

  it('flags what is not aligned, not invested in, late or not SMART', () => {
    const w = world();
    const { flags } = w.alignment();
    expect(flags.unaligned.map((item) => item.title)).toEqual(['Stray']);
    expect(flags.servingNoKeyResult.map((item) => item.title)).toEqual(['Gallery']);
    expect(flags.goalsWithoutWork.map((goal) => goal.title)).toEqual(['Retention']);
    expect(flags.keyResultsWithoutWork.map((keyResult) => keyResult.title)).toEqual(['Time']);
    expect(flags.endingAfterGoalDue.map((item) => item.title)).toEqual(['Late']);
    expect(flags.notSmart.map(({ goal, gaps }) => [goal.title, gaps])).toEqual([
      ['Retention', ['no key result', 'no owner']],
    ]);
  });

  it('rolls a goal up from its sub-goal, and lists stale and behind-pace key results', () => {
    const w = world();
    checkIn(w.doc, { keyResultId: w.rate, date: '2027-01-20', value: 20, confidence: 'on-track' });
    checkIn(w.doc, { keyResultId: w.time, date: '2027-02-14', value: 12, confidence: 'on-track' });
    checkIn(w.doc, { keyResultId: w.tour, date: '2027-02-10', value: 8, confidence: 'at-risk' });
    const { byGoal, flags } = w.alignment();
    // Rate 20%, Time 50%, Onboarding (Tour 80%): (20 + 50 + 80) / 3.
    expect(byGoal.get(w.activation)!.standing.progress).toBeCloseTo(50, 5);
    expect(byGoal.get(w.activation)!.standing.health).toBe('at-risk');
    expect(flags.staleKeyResults.map((standing) => standing.keyResult.title)).toEqual(['Rate']);
    // Expected on Feb 15 is 45 / 89 = 50.6%: only Rate (20%) trails by more than 10 points.
    expect(flags.behindPaceKeyResults.map((standing) => standing.keyResult.title)).toEqual(['Rate']);
    updateRoadmap(w.doc, { staleAfterDays: 30, paceTolerance: 40 });
    expect(w.alignment().flags.staleKeyResults).toEqual([]);
    expect(w.alignment().flags.behindPaceKeyResults).toEqual([]);
  });

  it('leaves an achieved goal out of the work and pace flags', () => {
    const w = world();
    updateGoal(w.doc, { id: w.retention, changes: { status: 'achieved', statusSetBy: 'owner' } });
    expect(w.alignment().flags.goalsWithoutWork).toEqual([]);
  });

  it('recomputes only the lane an edit touched', () => {
    const w = world();
    const first = w.alignment();
    updateInitiative(w.doc, { id: w.stray!, changes: { title: 'Stray work' } });
    const second = w.alignment();
    // Only the Unaligned lane changed: every goal keeps its row (standing, investment, contributors), and
    // the flag lists that lane has no part in keep their arrays.
    for (const goal of [w.activation, w.onboarding, w.retention]) {
      expect(second.byGoal.get(goal)).toBe(first.byGoal.get(goal));
    }
    expect(second.flags.servingNoKeyResult).toBe(first.flags.servingNoKeyResult);
    expect(second.flags.endingAfterGoalDue).toBe(first.flags.endingAfterGoalDue);
    expect(second.flags.unaligned[0]!.title).toBe('Stray work');
    // A check-in on the sub-goal's key result gives it and its parent a new standing, not Retention.
    checkIn(w.doc, { keyResultId: w.tour, date: '2027-02-10', value: 4, recordedAt: 1 });
    const third = w.alignment();
    expect(third.byGoal.get(w.onboarding)!.standing).not.toBe(second.byGoal.get(w.onboarding)!.standing);
    expect(third.byGoal.get(w.activation)!.standing).not.toBe(second.byGoal.get(w.activation)!.standing);
    expect(third.byGoal.get(w.retention)).toBe(second.byGoal.get(w.retention));
    createInitiative(w.doc, {
      title: 'New',
      goalId: w.activation,
      keyResultIds: [w.time],
      startDate: '2027-03-01',
      endDate: '2027-03-10',
    });
    expect(w.alignment().flags.keyResultsWithoutWork).toEqual([]);
  });
});

describe('remembered alignments', () => {
  it('keeps the results of a few periods and filters at once: asking for them in turn computes nothing again', () => {
    const w = world();
    const snapshot = w.store.getSnapshot();
    const quarter = selectAlignment(snapshot, TODAY);
    const year = { start: '2027-01-01', end: '2027-12-31' };
    const wholeYear = selectAlignment(snapshot, TODAY, { period: year });
    const growthOnly = selectAlignment(snapshot, TODAY, { filter: { ...NO_FILTER, text: 'Checklist' } });
    expect(wholeYear).not.toBe(quarter);
    expect(growthOnly.goals[0]!.investment.initiatives).toBe(1);
    expect(selectAlignment(snapshot, TODAY)).toBe(quarter);
    expect(selectAlignment(snapshot, TODAY, { period: year })).toBe(wholeYear);
    // After an edit, each is computed again, once.
    updateInitiative(w.doc, { id: w.stray!, changes: { title: 'Stray work' } });
    const next = w.store.getSnapshot();
    const again = selectAlignment(next, TODAY);
    expect(again).not.toBe(quarter);
    expect(selectAlignment(next, TODAY)).toBe(again);
  });
});

describe('periods', () => {
  it('counts the days of a span inside a period, inclusive', () => {
    const quarter = quarterAround('2027-02-15', 1);
    expect(quarter).toEqual({ start: '2027-01-01', end: '2027-03-31' });
    expect(quarterAround('2027-02-15', 11)).toEqual({ start: '2027-02-01', end: '2027-04-30' });
    expect(quarterAround('2027-01-15', 11)).toEqual({ start: '2026-11-01', end: '2027-01-31' });
    expect(daysInside('2026-12-25', '2027-01-03', quarter)).toBe(3);
    expect(daysInside('2027-03-31', '2027-05-01', quarter)).toBe(1);
    expect(daysInside('2027-04-01', '2027-05-01', quarter)).toBe(0);
  });
});

import type * as Y from 'yjs';
import { takeBaseline } from '../commands/baselines';
import { checkIn } from '../commands/check-ins';
import { createGoal } from '../commands/goals';
import { createInitiative, deleteInitiative, moveInitiative, updateInitiative } from '../commands/initiatives';
import { createKeyResult } from '../commands/key-results';
import { newRoadmapDoc } from './roadmap-doc';

/**
 * When the test baseline is taken: 09:00 UTC on Jan 15 2027 is Jan 15 from Los Angeles to Auckland, so its
 * day reads the same in every time zone the tests run in.
 */
export const BASELINE_TAKEN_AT = Date.UTC(2027, 0, 15, 9);

/**
 * A roadmap of three goals with a baseline ("Q1 review", taken by Ada) and one of each change since: a bar
 * moved 14 days later onto another goal, one ending 5 days earlier, one deleted, one added, a key result
 * checked in (20% → 35%), one renamed with a new status.
 */
export function reviewedRoadmap(doc: Y.Doc = newRoadmapDoc('Plan')) {
  const activation = createGoal(doc, { title: 'Activation', dueDate: '2027-06-30' });
  const retention = createGoal(doc, { title: 'Retention', dueDate: '2027-06-30' });
  const platform = createGoal(doc, { title: 'Platform' });
  const rate = createKeyResult(doc, { goalId: activation, title: 'Activation rate', baseline: 0, target: 100 });
  checkIn(doc, { keyResultId: rate, date: '2027-01-05', value: 20, confidence: 'on-track', recordedAt: 1 });
  const churn = createKeyResult(doc, { goalId: retention, title: 'Churn', baseline: 0, target: 10 });
  const checklist = createInitiative(doc, {
    title: 'Checklist',
    goalId: activation,
    startDate: '2027-01-04',
    endDate: '2027-01-29',
  });
  const tour = createInitiative(doc, {
    title: 'Tour',
    goalId: activation,
    startDate: '2027-01-04',
    endDate: '2027-01-29',
  });
  const digest = createInitiative(doc, {
    title: 'Digest',
    goalId: retention,
    startDate: '2027-02-01',
    endDate: '2027-02-26',
  });
  const performance = createInitiative(doc, {
    title: 'Performance',
    goalId: platform,
    startDate: '2027-02-01',
    endDate: '2027-03-31',
  });
  const baselineId = takeBaseline(doc, { name: 'Q1 review', takenBy: 'Ada', takenAt: BASELINE_TAKEN_AT });

  moveInitiative(doc, { id: checklist, goalId: retention, startDate: '2027-01-18' });
  updateInitiative(doc, { id: tour, changes: { endDate: '2027-01-24' } });
  deleteInitiative(doc, { id: performance });
  const referrals = createInitiative(doc, {
    title: 'Referral program',
    goalId: activation,
    startDate: '2027-02-01',
    endDate: '2027-02-20',
  });
  checkIn(doc, { keyResultId: rate, date: '2027-02-10', value: 35, confidence: 'on-track', recordedAt: 2 });
  updateInitiative(doc, { id: digest, changes: { title: 'Weekly digest', status: 'in-progress' } });
  return {
    doc,
    baselineId,
    activation,
    retention,
    platform,
    rate,
    churn,
    checklist,
    tour,
    digest,
    performance,
    referrals,
  };
}

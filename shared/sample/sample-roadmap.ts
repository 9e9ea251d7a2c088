import type * as Y from 'yjs';
import { addDays, addMonths, startOfMonth, type IsoDate } from '../time/iso-date';
import { initializeRoadmap, updateRoadmap } from '../commands/roadmap';
import { createGoal } from '../commands/goals';
import { createKeyResult } from '../commands/key-results';
import { checkIn } from '../commands/check-ins';
import type { Confidence } from '../model/check-in';
import { createInitiatives } from '../commands/initiatives';
import { createMilestone } from '../commands/milestones';
import { addDependency } from '../commands/dependencies';

/** Origin of the sample's transaction: written by the app, not by the user, so it is not on the undo stack. */
export const SAMPLE_ORIGIN = Symbol('waymark-sample');

/** The sample roadmap's title. */
export const SAMPLE_TITLE = 'Sample: product plan';

/**
 * Writes the first-run sample into a brand-new, empty local roadmap: a vision, 4 goals with key results
 * and a quarter of check-ins (one key result behind pace, one stale), 8 initiatives over the next four
 * quarters (one on no goal; one goal has none), 3 milestones and a dependency. Never call it on a roadmap
 * that may be joined.
 */
export function writeSampleRoadmap(doc: Y.Doc, today: IsoDate): void {
  const month = (offset: number) => addMonths(startOfMonth(today), offset);
  const monthEnd = (offset: number) => addDays(month(offset + 1), -1);
  doc.transact(() => {
    initializeRoadmap(doc, {
      title: SAMPLE_TITLE,
      description: 'An example to explore. Delete it from the roadmap list when you no longer need it.',
    });
    updateRoadmap(doc, {
      vision: 'Every product team plans in Waymark and can show, at any review, how its work moves its goals.',
    });
    // Goals run the year from two months ago: a quarter of check-ins already shows pace and history.
    const activation = createGoal(doc, {
      title: 'Grow activation',
      owner: 'Maya Chen',
      startDate: month(-2),
      dueDate: monthEnd(9),
    });
    // Retention has the shorter horizon: its churn key result is behind pace.
    const retention = createGoal(doc, {
      title: 'Improve retention',
      owner: 'Luis Ortega',
      startDate: month(-2),
      dueDate: monthEnd(5),
    });
    const platform = createGoal(doc, {
      title: 'Scale the platform',
      owner: 'Priya Nair',
      startDate: month(-2),
      dueDate: monthEnd(9),
    });
    // A goal nobody works on yet: the alignment view flags it.
    const teams = createGoal(doc, {
      title: 'Win team accounts',
      owner: 'Ana Silva',
      startDate: month(-2),
      dueDate: monthEnd(9),
    });
    /** Check-ins every two weeks back from today, oldest first, the last one `lastDaysAgo` days ago. */
    const history = (
      keyResultId: string,
      values: readonly number[],
      author: string,
      { lastDaysAgo = 2, confidence = 'on-track' as Confidence, note = '' } = {},
    ) =>
      values.forEach((value, index) =>
        checkIn(doc, {
          keyResultId,
          value,
          date: addDays(today, -lastDaysAgo - 14 * (values.length - 1 - index)),
          confidence: index === values.length - 1 ? confidence : 'on-track',
          note: index === values.length - 1 ? note : '',
          author,
          recordedAt: 0,
        }),
      );
    const activationRate = createKeyResult(doc, {
      goalId: activation,
      title: 'Week-1 activation rate',
      unit: '%',
      baseline: 32,
      target: 45,
      dueDate: monthEnd(9),
      owner: 'Sam Lee',
    });
    history(activationRate, [32, 32.5, 33, 34, 34.5, 35, 36], 'Sam Lee', { note: 'Checklist beta lifted week 1' });
    const timeToRoadmap = createKeyResult(doc, {
      goalId: activation,
      title: 'Time to first roadmap',
      unit: 'min',
      baseline: 18,
      target: 5,
    });
    // Not checked in for three weeks: stale.
    history(timeToRoadmap, [18, 16, 15, 14], 'Maya Chen', { lastDaysAgo: 21 });
    const churn = createKeyResult(doc, {
      goalId: retention,
      title: 'Monthly churn',
      unit: '%',
      baseline: 4.2,
      target: 2.5,
    });
    history(churn, [4.2, 4.2, 4.1, 4.1, 4.0, 4.0], 'Luis Ortega', {
      confidence: 'at-risk',
      note: 'Digest slipped a month',
    });
    const latency = createKeyResult(doc, {
      goalId: platform,
      title: 'p95 sync latency',
      unit: 'ms',
      baseline: 900,
      target: 250,
    });
    history(latency, [900, 860, 820, 760, 700, 640, 610], 'Priya Nair');
    const paidTeams = createKeyResult(doc, { goalId: teams, title: 'Paying teams', baseline: 0, target: 40 });
    history(paidTeams, [0, 2, 7], 'Ana Silva', { confidence: 'at-risk', note: 'No one staffed yet' });
    const [checklist, templates] = createInitiatives(doc, [
      {
        title: 'Onboarding checklist',
        goalId: activation,
        keyResultIds: [activationRate],
        startDate: month(0),
        endDate: monthEnd(2),
        status: 'in-progress',
        owner: 'Maya Chen',
        team: 'Growth',
        progress: 40,
        tags: ['onboarding'],
      },
      {
        title: 'Roadmap templates gallery',
        goalId: activation,
        keyResultIds: [activationRate],
        startDate: month(3),
        endDate: monthEnd(5),
        status: 'planned',
        owner: 'Sam Lee',
        team: 'Growth',
        tags: ['onboarding'],
      },
      {
        title: 'In-app guided tour',
        goalId: activation,
        startDate: month(6),
        endDate: monthEnd(8),
        status: 'proposed',
        team: 'Growth',
      },
      {
        title: 'Weekly progress digest',
        goalId: retention,
        keyResultIds: [churn],
        startDate: month(1),
        endDate: monthEnd(3),
        status: 'planned',
        owner: 'Luis Ortega',
        team: 'Engagement',
      },
      {
        title: 'Review mode for stakeholders',
        goalId: retention,
        keyResultIds: [churn],
        startDate: month(4),
        endDate: monthEnd(7),
        status: 'proposed',
        team: 'Engagement',
      },
      {
        title: 'Sync engine hardening',
        goalId: platform,
        keyResultIds: [latency],
        startDate: month(0),
        endDate: monthEnd(3),
        status: 'in-progress',
        owner: 'Priya Nair',
        team: 'Platform',
        progress: 25,
      },
      {
        title: 'Large roadmap performance',
        goalId: platform,
        startDate: month(5),
        endDate: monthEnd(9),
        status: 'planned',
        team: 'Platform',
      },
      {
        title: 'Customer interviews',
        startDate: month(1),
        endDate: addDays(month(1), 20),
        status: 'planned',
        owner: 'Maya Chen',
      },
    ]);
    addDependency(doc, { fromId: checklist!, toId: templates! });
    createMilestone(doc, { title: 'Beta launch', date: monthEnd(3), goalId: activation });
    createMilestone(doc, { title: 'Pricing review', date: addDays(month(6), 14), goalId: retention });
    createMilestone(doc, { title: 'Annual planning', date: addDays(month(10), 9), goalId: null });
  }, SAMPLE_ORIGIN);
}

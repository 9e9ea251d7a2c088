import type * as Y from 'yjs';
import { addDays, addMonths, startOfMonth, type IsoDate } from '../time/iso-date';
import { initializeRoadmap } from '../commands/roadmap';
import { createGoal } from '../commands/goals';
import { createKeyResult } from '../commands/key-results';
import { createInitiatives } from '../commands/initiatives';
import { createMilestone } from '../commands/milestones';
import { addDependency } from '../commands/dependencies';

/** Origin of the sample's transaction: written by the app, not by the user, so it is not on the undo stack. */
export const SAMPLE_ORIGIN = Symbol('waymark-sample');

/** The sample roadmap's title. */
export const SAMPLE_TITLE = 'Sample: product plan';

/**
 * Writes the first-run sample (3 goals, 8 initiatives over the next four quarters, 3 milestones, a
 * dependency) into a brand-new, empty local roadmap. Never call it on a roadmap that may be joined.
 */
export function writeSampleRoadmap(doc: Y.Doc, today: IsoDate): void {
  const month = (offset: number) => addMonths(startOfMonth(today), offset);
  const monthEnd = (offset: number) => addDays(month(offset + 1), -1);
  doc.transact(() => {
    initializeRoadmap(doc, {
      title: SAMPLE_TITLE,
      description: 'An example to explore. Delete it from the roadmap list when you no longer need it.',
    });
    const activation = createGoal(doc, {
      title: 'Grow activation',
      owner: 'Maya Chen',
      status: 'on-track',
      startDate: month(0),
      dueDate: monthEnd(11),
    });
    const retention = createGoal(doc, {
      title: 'Improve retention',
      owner: 'Luis Ortega',
      status: 'at-risk',
      startDate: month(0),
      dueDate: monthEnd(11),
    });
    const platform = createGoal(doc, {
      title: 'Scale the platform',
      owner: 'Priya Nair',
      status: 'on-track',
      startDate: month(0),
      dueDate: monthEnd(11),
    });
    const activationRate = createKeyResult(doc, {
      goalId: activation,
      title: 'Week-1 activation rate',
      unit: '%',
      baseline: 32,
      target: 45,
      checkIn: { value: 36, date: today, author: 'Sample', recordedAt: 0 },
      dueDate: monthEnd(11),
      owner: 'Sam Lee',
    });
    createKeyResult(doc, {
      goalId: activation,
      title: 'Time to first roadmap',
      unit: 'min',
      baseline: 18,
      target: 5,
      checkIn: { value: 12, date: today, author: 'Sample', recordedAt: 0 },
    });
    const churn = createKeyResult(doc, {
      goalId: retention,
      title: 'Monthly churn',
      unit: '%',
      baseline: 4.2,
      target: 2.5,
      checkIn: { value: 3.9, date: today, author: 'Sample', recordedAt: 0 },
    });
    createKeyResult(doc, {
      goalId: platform,
      title: 'p95 sync latency',
      unit: 'ms',
      baseline: 900,
      target: 250,
      checkIn: { value: 610, date: today, author: 'Sample', recordedAt: 0 },
    });
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

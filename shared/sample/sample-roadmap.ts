import type * as Y from 'yjs';
import { addDays, addMonths, startOfMonth, type IsoDate } from '../time/iso-date';
import { fiscalQuarterOf, startOfUnit } from '../time/calendar-units';
import { initializeRoadmap, updateRoadmap } from '../commands/roadmap';
import { createGoal } from '../commands/goals';
import { createKeyResult } from '../commands/key-results';
import { checkIn } from '../commands/check-ins';
import type { Confidence } from '../model/check-in';
import { createInitiative, createInitiatives, moveInitiative, updateInitiative } from '../commands/initiatives';
import { createMilestone } from '../commands/milestones';
import { addDependency } from '../commands/dependencies';
import { takeBaseline } from '../commands/baselines';
import { roadmapMetaKind } from '../model/roadmap-meta';

/** Origin of the sample's transaction: written by the app, not by the user, so it is not on the undo stack. */
export const SAMPLE_ORIGIN = Symbol('waymark-sample');

/** The sample roadmap's title. */
export const SAMPLE_TITLE = 'Sample: product plan';

/** How long before today the sample's baseline was taken. */
export const SAMPLE_BASELINE_DAYS_AGO = 42;

/** Who took the sample's baseline. */
export const SAMPLE_BASELINE_BY = 'Maya Chen';

/** The name of the sample's baseline: the review of the fiscal quarter before today's ("Q4 review"). */
export function sampleBaselineName(today: IsoDate): string {
  const { fiscalYearStartMonth } = roadmapMetaKind.defaults;
  const lastQuarterEnd = addDays(startOfUnit(today, 'quarter', fiscalYearStartMonth), -1);
  return `Q${fiscalQuarterOf(lastQuarterEnd, fiscalYearStartMonth)} review`;
}

/**
 * Writes the first-run sample into a brand-new, empty local roadmap: a vision, 4 goals with key results
 * and a quarter of check-ins (one key result behind pace, one stale), 8 initiatives over the next four
 * quarters (one on no goal; one goal has none), 3 milestones and a dependency. It also tells a review: the
 * plan as it stood six weeks ago is a baseline ("Q4 review"), and since then one initiative slipped two
 * weeks, one was added, one moved to another goal, one started, and the key results were checked in.
 * The document must keep its history (createRoadmapYDoc), as every roadmap's does, for the baseline to be
 * rebuilt. Never call it on a roadmap that may be joined.
 */
export function writeSampleRoadmap(doc: Y.Doc, today: IsoDate): void {
  if (doc.gc) throw new Error('The sample takes a baseline: write it into a document made by createRoadmapYDoc.');
  const month = (offset: number) => addMonths(startOfMonth(today), offset);
  const monthEnd = (offset: number) => addDays(month(offset + 1), -1);
  const baselineDay = addDays(today, -SAMPLE_BASELINE_DAYS_AGO);
  // What happened after the baseline is written after it is taken (in this same transaction: a snapshot
  // names the changes made so far, so it is the plan as it stood).
  const sinceBaseline: (() => void)[] = [];
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
    /**
     * Check-ins every two weeks back from today, oldest first, the last one `lastDaysAgo` days ago; those
     * after the baseline's day are checked in after it is taken.
     */
    const history = (
      keyResultId: string,
      values: readonly number[],
      author: string,
      { lastDaysAgo = 2, confidence = 'on-track' as Confidence, note = '' } = {},
    ) =>
      values.forEach((value, index) => {
        const date = addDays(today, -lastDaysAgo - 14 * (values.length - 1 - index));
        const write = () =>
          checkIn(doc, {
            keyResultId,
            value,
            date,
            confidence: index === values.length - 1 ? confidence : 'on-track',
            note: index === values.length - 1 ? note : '',
            author,
            recordedAt: 0,
          });
        if (date <= baselineDay) write();
        else sinceBaseline.push(write);
      });
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
    history(timeToRoadmap, [18, 17, 15, 14], 'Maya Chen', { lastDaysAgo: 21 });
    const churn = createKeyResult(doc, {
      goalId: retention,
      title: 'Monthly churn',
      unit: '%',
      baseline: 4.2,
      target: 2.5,
    });
    history(churn, [4.2, 4.2, 4.1, 4.1, 4.0, 4.0], 'Luis Ortega', {
      confidence: 'at-risk',
      note: 'Digest slipped two weeks',
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
    // The plan at the review: the checklist not started yet, the digest two weeks earlier, review mode on
    // activation (serving none of its key results), no customer interviews.
    const [checklist, templates, , digest, reviewMode] = createInitiatives(doc, [
      {
        title: 'Onboarding checklist',
        goalId: activation,
        keyResultIds: [activationRate],
        startDate: month(0),
        endDate: monthEnd(2),
        status: 'planned',
        owner: 'Maya Chen',
        team: 'Growth',
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
        startDate: addDays(month(1), -14),
        endDate: addDays(monthEnd(3), -14),
        status: 'planned',
        owner: 'Luis Ortega',
        team: 'Engagement',
      },
      {
        title: 'Review mode for stakeholders',
        goalId: activation,
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
      // Ideas without dates yet: in the Unscheduled tray and Now/Next/Later's Later.
      {
        title: 'Slack notifications',
        goalId: retention,
        startDate: null,
        endDate: null,
        status: 'proposed',
        team: 'Engagement',
        tags: ['idea'],
      },
      {
        title: 'Public roadmap page',
        goalId: null,
        startDate: null,
        endDate: null,
        status: 'proposed',
        tags: ['idea'],
      },
    ]);
    addDependency(doc, { fromId: checklist!, toId: templates! });
    createMilestone(doc, { title: 'Beta launch', date: monthEnd(3), goalId: activation });
    createMilestone(doc, { title: 'Pricing review', date: addDays(month(6), 14), goalId: retention });
    createMilestone(doc, { title: 'Annual planning', date: addDays(month(10), 9), goalId: null });

    takeBaseline(doc, {
      name: sampleBaselineName(today),
      takenBy: SAMPLE_BASELINE_BY,
      // Mid-morning on its day, local time (the view reads the day back in local time).
      takenAt: new Date(`${baselineDay}T10:00:00`).getTime(),
    });

    // Since the review: check-ins, the checklist started, the digest slipped, review mode moved to retention.
    for (const write of sinceBaseline) write();
    updateInitiative(doc, { id: checklist!, changes: { status: 'in-progress', progress: 40 } });
    moveInitiative(doc, { id: digest!, startDate: month(1) });
    moveInitiative(doc, { id: reviewMode!, goalId: retention });
    updateInitiative(doc, { id: reviewMode!, changes: { keyResultIds: [churn] } });
    createInitiative(doc, {
      title: 'Customer interviews',
      startDate: month(1),
      endDate: addDays(month(1), 20),
      status: 'planned',
      owner: 'Maya Chen',
    });
  }, SAMPLE_ORIGIN);
}

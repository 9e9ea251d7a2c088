import { isScheduled } from '../model/initiative';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  SAMPLE_BASELINE_BY,
  SAMPLE_BASELINE_DAYS_AGO,
  sampleBaselineName,
  writeSampleRoadmap,
  SAMPLE_TITLE,
} from './sample-roadmap';
import { RoadmapStore } from '../read-model/roadmap-store';
import { selectLanes, selectUnscheduled } from '../read-model/lanes';
import { selectAlignment } from '../read-model/alignment';
import { planAtBaseline } from '../read-model/baseline-plan';
import { comparePlans } from '../read-model/changes';
import { createRoadmapYDoc } from '../model/document';
import { addDays } from '../time/iso-date';
import { localDayOf } from '../time/clock';

function sampleDoc(today: string) {
  const doc = createRoadmapYDoc();
  writeSampleRoadmap(doc, today);
  return doc;
}

function sample(today: string) {
  return new RoadmapStore(sampleDoc(today)).getSnapshot();
}

/** The sample, its baseline, the plan rebuilt at it, and what changed since (on the baseline's day and today). */
function review(today: string) {
  const doc = sampleDoc(today);
  const now = new RoadmapStore(doc).getSnapshot();
  const [baseline, ...others] = [...now.baselines.values()];
  expect(others).toEqual([]);
  const then = planAtBaseline(doc, baseline!);
  const changes = comparePlans(then, now, { before: localDayOf(new Date(baseline!.takenAt)), after: today });
  const byTitle = (snapshot: typeof now) => (title: string) =>
    [...snapshot.initiatives.values()].find((initiative) => initiative.title === title);
  return { baseline: baseline!, then, now, changes, thenOf: byTitle(then), nowOf: byTitle(now) };
}

describe('sample roadmap', () => {
  it('has a vision, 4 goals, 8 valid initiatives within the next four quarters, 2 unscheduled ideas, and milestones', () => {
    const snapshot = sample('2027-02-17');
    expect(snapshot.meta.title).toBe(SAMPLE_TITLE);
    expect(snapshot.meta.vision).toMatch(/product team/);
    expect(snapshot.goals.size).toBe(4);
    const initiatives = [...snapshot.initiatives.values()].filter(isScheduled);
    expect(initiatives).toHaveLength(8);
    for (const initiative of initiatives) {
      expect(initiative.problems).toEqual([]);
      expect(initiative.startDate >= '2027-02-01').toBe(true);
      expect(initiative.endDate <= '2028-01-31').toBe(true);
    }
    expect(selectUnscheduled(snapshot).map((initiative) => [initiative.title, initiative.problems])).toEqual([
      ['Slack notifications', []],
      ['Public roadmap page', []],
    ]);
    expect(snapshot.milestones.size).toBe(3);
    expect(selectLanes(snapshot).map((lane) => lane.initiatives.length)).toEqual([3, 2, 2, 0, 1]);
  });

  it('shows the alignment loop on any day of the month: a quarter of check-ins, one behind pace, one stale', () => {
    for (const today of ['2027-02-01', '2027-02-15', '2027-02-28', '2027-07-31']) {
      const snapshot = sample(today);
      for (const keyResult of snapshot.keyResults.values()) {
        expect(keyResult.checkIns.length).toBeGreaterThanOrEqual(3);
        expect(keyResult.checkIns.every((entry) => entry.date <= today)).toBe(true);
      }
      const { flags } = selectAlignment(snapshot, today);
      const titles = (list: readonly { keyResult: { title: string } }[]) => list.map((item) => item.keyResult.title);
      expect(titles(flags.behindPaceKeyResults), today).toEqual(['Monthly churn']);
      expect(titles(flags.staleKeyResults), today).toEqual(['Time to first roadmap']);
      expect(flags.unaligned.map((initiative) => initiative.title)).toEqual(['Customer interviews']);
      expect(flags.goalsWithoutWork.map((goal) => goal.title)).toContain('Win team accounts');
    }
  });
});

describe('the sample’s review: a baseline six weeks ago, and what changed since', () => {
  const days = ['2027-01-15', '2027-02-01', '2027-02-28', '2027-04-03', '2027-07-31'];

  it('is named after the last quarter, taken by a sample person six weeks ago', () => {
    expect(sampleBaselineName('2027-01-15')).toBe('Q4 review');
    expect(sampleBaselineName('2027-04-03')).toBe('Q1 review');
    expect(sampleBaselineName('2027-07-31')).toBe('Q2 review');
    for (const today of days) {
      const { baseline } = review(today);
      expect(baseline).toMatchObject({ name: sampleBaselineName(today), takenBy: SAMPLE_BASELINE_BY });
      expect(localDayOf(new Date(baseline.takenAt))).toBe(addDays(today, -SAMPLE_BASELINE_DAYS_AGO));
    }
  });

  it('rebuilds the plan as it stood (written before the baseline in the same transaction), not as it is', () => {
    for (const today of days) {
      const { baseline, then, thenOf, nowOf } = review(today);
      const day = localDayOf(new Date(baseline.takenAt));
      expect(then.initiatives.size, today).toBe(9);
      expect(thenOf('Customer interviews')).toBeUndefined();
      expect(thenOf('Onboarding checklist')).toMatchObject({ status: 'planned', progress: 0 });
      expect(thenOf('Weekly progress digest')!.endDate).toBe(addDays(nowOf('Weekly progress digest')!.endDate!, -14));
      const activation = [...then.goals.values()].find((goal) => goal.title === 'Grow activation')!;
      expect(thenOf('Review mode for stakeholders')).toMatchObject({ goalId: activation.id, keyResultIds: [] });
      // Only the check-ins dated by then; the baseline itself is not in its own plan.
      for (const keyResult of then.keyResults.values()) {
        expect(keyResult.checkIns.every((entry) => entry.date <= day)).toBe(true);
      }
      expect([...then.keyResults.values()].find((kr) => kr.title === 'Paying teams')!.checkIns).toEqual([]);
      expect(then.baselines.size).toBe(0);
      expect(then.milestones.size).toBe(3);
    }
  });

  it('lists exactly the story: a slip, an addition, a move to another goal, a start, and check-ins', () => {
    for (const today of days) {
      const { changes } = review(today);
      const lines = changes.groups.map((group) => [
        group.goal?.title ?? 'Unaligned',
        group.keyResults.map((change) => `${change.after!.title}: ${change.fields.join()}`),
        group.initiatives.map((change) => `${(change.after ?? change.before)!.title}: ${change.kind} ${change.fields}`),
      ]);
      expect(lines, today).toEqual([
        [
          'Grow activation',
          ['Week-1 activation rate: current', 'Time to first roadmap: current'],
          ['Onboarding checklist: changed status,progress'],
        ],
        [
          'Improve retention',
          ['Monthly churn: current'],
          [
            'Weekly progress digest: changed startDate,endDate',
            'Review mode for stakeholders: changed goalId,keyResultIds',
          ],
        ],
        ['Scale the platform', ['p95 sync latency: current'], []],
        ['Win team accounts', ['Paying teams: current'], []],
        ['Unaligned', [], ['Customer interviews: added ']],
      ]);
      const digest = [...changes.initiatives.values()].find((c) => c.after?.title === 'Weekly progress digest')!;
      expect(digest).toMatchObject({ startShift: 14, endShift: 14, slipped: true });
      const moved = [...changes.initiatives.values()].find((c) => c.after?.title === 'Review mode for stakeholders')!;
      expect(moved.realigned).toBe(true);
      // Every key result was checked in since, and moved forward.
      for (const change of changes.keyResults.values()) {
        expect(change.progressAfter!, change.after!.title).toBeGreaterThan(change.progressBefore!);
      }
      // No goal was edited; a goal listed shows only its health then and now (time and check-ins moved it).
      for (const change of changes.goals.values()) expect(change).toMatchObject({ kind: 'changed', fields: [] });
    }
  });

  it('needs a document that keeps its history, as every roadmap’s does', () => {
    expect(() => writeSampleRoadmap(new Y.Doc(), '2027-01-15')).toThrow(/createRoadmapYDoc/);
  });
});

describe('sample roadmap dependencies', () => {
  it('starts without dependency conflicts', async () => {
    const { selectViolatedDependencies } = await import('../read-model/lanes');
    const snapshot = sample('2027-02-17');
    expect(snapshot.dependencies.size).toBe(1);
    expect(selectViolatedDependencies(snapshot)).toEqual([]);
  });
});

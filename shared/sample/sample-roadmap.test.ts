import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeSampleRoadmap, SAMPLE_TITLE } from './sample-roadmap';
import { RoadmapStore } from '../read-model/roadmap-store';
import { selectLanes } from '../read-model/lanes';
import { selectAlignment } from '../read-model/alignment';

function sample(today: string) {
  const doc = new Y.Doc();
  writeSampleRoadmap(doc, today);
  return new RoadmapStore(doc).getSnapshot();
}

describe('sample roadmap', () => {
  it('has a vision, 4 goals, 8 valid initiatives within the next four quarters, and milestones', () => {
    const snapshot = sample('2027-02-17');
    expect(snapshot.meta.title).toBe(SAMPLE_TITLE);
    expect(snapshot.meta.vision).toMatch(/product team/);
    expect(snapshot.goals.size).toBe(4);
    const initiatives = [...snapshot.initiatives.values()];
    expect(initiatives).toHaveLength(8);
    for (const initiative of initiatives) {
      expect(initiative.problems).toEqual([]);
      expect(initiative.startDate >= '2027-02-01').toBe(true);
      expect(initiative.endDate <= '2028-01-31').toBe(true);
    }
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

describe('sample roadmap dependencies', () => {
  it('starts without dependency conflicts', async () => {
    const { selectViolatedDependencies } = await import('../read-model/lanes');
    const snapshot = sample('2027-02-17');
    expect(snapshot.dependencies.size).toBe(1);
    expect(selectViolatedDependencies(snapshot)).toEqual([]);
  });
});

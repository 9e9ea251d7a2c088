import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeSampleRoadmap, SAMPLE_TITLE } from './sample-roadmap';
import { RoadmapStore } from '../read-model/roadmap-store';
import { selectLanes } from '../read-model/lanes';

describe('sample roadmap', () => {
  it('has 3 goals, 8 valid initiatives within the next four quarters, and milestones', () => {
    const doc = new Y.Doc();
    writeSampleRoadmap(doc, '2027-02-17');
    const snapshot = new RoadmapStore(doc).getSnapshot();
    expect(snapshot.meta.title).toBe(SAMPLE_TITLE);
    expect(snapshot.goals.size).toBe(3);
    const initiatives = [...snapshot.initiatives.values()];
    expect(initiatives).toHaveLength(8);
    for (const initiative of initiatives) {
      expect(initiative.problems).toEqual([]);
      expect(initiative.startDate >= '2027-02-01').toBe(true);
      expect(initiative.endDate <= '2028-01-31').toBe(true);
    }
    expect(snapshot.milestones.size).toBe(3);
    expect(selectLanes(snapshot).map((lane) => lane.initiatives.length)).toEqual([3, 2, 2, 1]);
  });
});

describe('sample roadmap dependencies', () => {
  it('starts without dependency conflicts', async () => {
    const { selectViolatedDependencies } = await import('../read-model/lanes');
    const doc = new Y.Doc();
    writeSampleRoadmap(doc, '2027-02-17');
    const snapshot = new RoadmapStore(doc).getSnapshot();
    expect(snapshot.dependencies.size).toBe(1);
    expect(selectViolatedDependencies(snapshot)).toEqual([]);
  });
});

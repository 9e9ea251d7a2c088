import { describe, expect, it } from 'vitest';
import { takeBaseline } from '../commands';
import { RoadmapStore } from '../read-model/roadmap-store';
import { newRoadmapDoc } from '../testing/roadmap-doc';
import { baselineNamed } from './baseline-choice';

describe('baselineNamed', () => {
  it('finds a baseline by name in any case, by id, or the latest; the newest of two alike', () => {
    const doc = newRoadmapDoc();
    const kickOff = takeBaseline(doc, { name: 'Kick-off', takenAt: 1000 });
    const firstReview = takeBaseline(doc, { name: 'Q3 review', takenAt: 2000 });
    const secondReview = takeBaseline(doc, { name: 'Q3 Review ', takenAt: 3000 });
    const older = takeBaseline(doc, { name: 'Pilot', takenAt: 500 });
    const baselines = new RoadmapStore(doc).getSnapshot().baselines;
    const found = (name: string) => {
      const choice = baselineNamed(baselines.values(), name);
      return choice.kind === 'found' ? [choice.baseline.id, choice.alike.map((b) => b.id)] : null;
    };
    expect(found(' kick-OFF')).toEqual([kickOff, []]);
    expect(found('q3 review')).toEqual([secondReview, [firstReview]]);
    expect(found(older)).toEqual([older, []]);
    expect(found('Latest')).toEqual([secondReview, []]);
    expect(found('Q4 review')).toBeNull();
    expect(baselineNamed([], 'latest')).toEqual({ kind: 'none' });
  });

  it('prefers a baseline named "latest" to the newest', () => {
    const doc = newRoadmapDoc();
    const named = takeBaseline(doc, { name: 'Latest', takenAt: 1000 });
    takeBaseline(doc, { name: 'Newer', takenAt: 2000 });
    const choice = baselineNamed(new RoadmapStore(doc).getSnapshot().baselines.values(), 'latest');
    expect(choice).toMatchObject({ kind: 'found', baseline: { id: named } });
  });
});

import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createGoal, createInitiative } from '../commands';
import { RoadmapStore } from '../read-model/roadmap-store';
import { selectLanes } from '../read-model/lanes';
import { lanesNamed } from './lane-choice';

describe('lanesNamed', () => {
  it('finds goals by title in any case or by id, with their sub-goals, and says which names match nothing', () => {
    const doc = new Y.Doc();
    const grow = createGoal(doc, { title: 'Grow activation' });
    const onboarding = createGoal(doc, { title: 'Onboarding', parentId: grow });
    const retain = createGoal(doc, { title: 'Improve retention' });
    createInitiative(doc, { title: 'Orphan', startDate: '2027-01-01', endDate: '2027-01-31' });
    const lanes = selectLanes(new RoadmapStore(doc).getSnapshot());

    expect(lanesNamed(lanes, [' grow ACTIVATION'])).toEqual({ keys: [grow, onboarding], unknown: [] });
    expect(lanesNamed(lanes, [onboarding, 'unaligned'])).toEqual({ keys: [onboarding, 'unaligned'], unknown: [] });
    expect(lanesNamed(lanes, ['Improve retention', 'Nope'])).toEqual({ keys: [retain], unknown: ['Nope'] });
  });
});

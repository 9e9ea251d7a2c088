import { describe, expect, it } from 'vitest';
import { createGoals } from '../commands/goals';
import { createInitiative, updateInitiative } from '../commands/initiatives';
import { collectionOf } from '../model/document';
import { newRoadmapDoc } from '../testing/roadmap-doc';
import { drawnRange, selectOrderedGoals, selectRoadmapDates, spanOf } from './dates';
import { RoadmapStore } from './roadmap-store';

describe('drawn dates', () => {
  it('draws an end before its start as one day, so it neither vanishes nor stretches a range', () => {
    expect(drawnRange({ startDate: '2027-02-01', endDate: '2020-01-01' })).toEqual({
      startDate: '2027-02-01',
      endDate: '2027-02-01',
    });
    expect(
      spanOf([
        { startDate: '2027-02-01', endDate: '2020-01-01' },
        { startDate: '2027-03-01', endDate: '2027-03-31' },
      ]),
    ).toEqual({ startDate: '2027-02-01', endDate: '2027-03-31' });
    expect(spanOf([])).toBeNull();
  });

  it('lists the dates of a roadmap once per change, and its goals parents first', () => {
    const doc = newRoadmapDoc();
    const [parent] = createGoals(doc, [{ title: 'Parent' }]);
    createGoals(doc, [{ title: 'Child', parentId: parent! }, { title: 'Other' }]);
    const id = createInitiative(doc, { title: 'A', goalId: null, startDate: '2027-02-01', endDate: '2027-02-10' });
    // A peer's invalid value: the end before the start.
    doc.transact(() => collectionOf(doc, 'initiatives').get(id)!.set('endDate', '2020-01-01'));
    const store = new RoadmapStore(doc);
    const dates = selectRoadmapDates(store.getSnapshot());
    expect(dates).toEqual(['2027-02-01', '2027-02-01']);
    expect(selectRoadmapDates(store.getSnapshot())).toBe(dates);
    updateInitiative(doc, { id, changes: { endDate: '2027-02-20' } });
    expect(selectRoadmapDates(store.getSnapshot())).toEqual(['2027-02-01', '2027-02-20']);
    expect(selectOrderedGoals(store.getSnapshot()).map((goal) => goal.title)).toEqual(['Parent', 'Child', 'Other']);
  });
});

import { describe, expect, it } from 'vitest';
import { createGoal } from './goals';
import { createMilestone, deleteMilestone, updateMilestone } from './milestones';
import { readAll, readOne } from './records';
import { expectRefused, newRoadmapDoc } from '../testing/roadmap-doc';

describe('milestone commands', () => {
  it('create, update and delete', () => {
    const doc = newRoadmapDoc();
    const goalId = createGoal(doc, { title: 'G' });
    const id = createMilestone(doc, { title: 'Beta', date: '2027-03-31', goalId });
    updateMilestone(doc, { id, changes: { date: '2027-04-15', goalId: null } });
    expect(readOne(doc, 'milestones', id)).toMatchObject({ title: 'Beta', date: '2027-04-15', goalId: null });
    deleteMilestone(doc, { id });
    expect(readAll(doc, 'milestones')).toHaveLength(0);
  });

  it.each([
    ['no title', { title: '', date: '2027-01-01' }, 'title'],
    ['a bad date', { title: 'M', date: '31/01/2027' }, 'date'],
    ['an unknown goal', { title: 'M', date: '2027-01-01', goalId: 'nope' }, 'goalId'],
  ])('refuses %s', (_case, input, field) => {
    const doc = newRoadmapDoc();
    expectRefused(doc, () => createMilestone(doc, input as never), field);
  });

  it('refuses deleting an unknown milestone', () => {
    const doc = newRoadmapDoc();
    expectRefused(doc, () => deleteMilestone(doc, { id: 'nope' }));
  });
});

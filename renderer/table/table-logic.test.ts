import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  addDependency,
  createGoal,
  createInitiative,
  createKeyResult,
  createMilestone,
  initializeRoadmap,
  NO_FILTER,
  RoadmapStore,
  tableItems,
  type TableItem,
  sortItems,
  displayRows,
  type GroupContext,
  itemsAsTsv,
} from '../../shared';
import { applyCellChange, cellChange } from './cell-edit';

function roadmap() {
  const doc = new Y.Doc();
  initializeRoadmap(doc, { title: 'Plan' });
  const growth = createGoal(doc, { id: 'growth', title: 'Growth' });
  const activation = createGoal(doc, { id: 'activation', title: 'Activation', parentId: growth });
  const trust = createGoal(doc, { id: 'trust', title: 'Trust' });
  const signups = createKeyResult(doc, { id: 'signups', goalId: activation, title: 'Signups', target: 10 });
  createInitiative(doc, {
    id: 'onboarding',
    title: 'Onboarding',
    goalId: activation,
    keyResultIds: [signups],
    startDate: '2027-01-01',
    endDate: '2027-01-31',
    status: 'in-progress',
    owner: 'Maya',
    team: 'Growth',
    tags: ['ux'],
    progress: 40,
  });
  createInitiative(doc, {
    id: 'api',
    title: 'API',
    goalId: trust,
    startDate: '2027-01-10',
    endDate: '2027-03-01',
    status: 'planned',
    owner: 'Luis',
    team: 'Core',
  });
  createInitiative(doc, { id: 'audit', title: 'audit log', startDate: '2027-02-01', endDate: '2027-02-10' });
  addDependency(doc, { fromId: 'api', toId: 'audit' });
  createMilestone(doc, { id: 'ga', title: 'GA', date: '2027-04-01', goalId: growth });
  const store = new RoadmapStore(doc);
  return { doc, store };
}

const context = (store: RoadmapStore): GroupContext => {
  const snapshot = store.getSnapshot();
  return { goals: snapshot.goals, keyResults: [...snapshot.keyResults.values()] };
};
const ids = (items: readonly TableItem[]) => items.map((item) => item.id);

describe('table rows', () => {
  it('lists initiatives in timeline order, then milestones, with what each column shows', () => {
    const { store } = roadmap();
    const items = tableItems(store.getSnapshot(), NO_FILTER);
    expect(ids(items)).toEqual(['onboarding', 'api', 'audit', 'ga']);
    const audit = items[2]!;
    expect(audit).toMatchObject({ duration: 10, dependencies: ['API'], conflicts: ['API'], laneKey: 'unaligned' });
    expect(items[0]).toMatchObject({ goalTitle: 'Activation', keyResults: ['Signups'], duration: 31 });
    expect(items[3]).toMatchObject({ kind: 'milestone', start: '2027-04-01', status: null, goalTitle: 'Growth' });
  });

  it('applies the filter to initiatives as the timeline does', () => {
    const { store } = roadmap();
    expect(ids(tableItems(store.getSnapshot(), { ...NO_FILTER, team: 'Core' }))).toEqual(['api', 'ga']);
  });

  it('sorts stably by any column, empty values last either way', () => {
    const { store } = roadmap();
    const items = tableItems(store.getSnapshot(), NO_FILTER);
    expect(ids(sortItems(items, [{ id: 'title', desc: false }]))).toEqual(['api', 'audit', 'ga', 'onboarding']);
    expect(ids(sortItems(items, [{ id: 'owner', desc: true }]))).toEqual(['onboarding', 'api', 'audit', 'ga']);
    expect(ids(sortItems(items, [{ id: 'owner', desc: false }]))).toEqual(['api', 'onboarding', 'audit', 'ga']);
    // Equal progress (0 for API and audit) keeps the timeline order; a milestone has none.
    expect(ids(sortItems(items, [{ id: 'progress', desc: false }]))).toEqual(['api', 'audit', 'onboarding', 'ga']);
    expect(ids(sortItems(items, [{ id: 'start', desc: true }]))).toEqual(['ga', 'audit', 'api', 'onboarding']);
    expect(sortItems(items, [])).toBe(items);
  });

  it('groups by goal with sub-goals nested under their parent, counting theirs, and collapses', () => {
    const { store } = roadmap();
    const items = tableItems(store.getSnapshot(), NO_FILTER);
    const rows = displayRows(items, 'goal', context(store), new Set());
    expect(rows.map((row) => (row.type === 'group' ? `${row.label}:${row.depth}:${row.count}` : row.item.id))).toEqual([
      'Growth:0:2',
      'ga',
      'Activation:1:1',
      'onboarding',
      'Trust:0:1',
      'api',
      'Unaligned:0:1',
      'audit',
    ]);
    const collapsed = displayRows(items, 'goal', context(store), new Set(['goal:growth']));
    expect(collapsed.map((row) => (row.type === 'group' ? row.label : row.item.id))).toEqual([
      'Growth',
      'Trust',
      'api',
      'Unaligned',
      'audit',
    ]);
  });

  it('groups by status, team, owner and key result, and not at all', () => {
    const { store } = roadmap();
    const items = tableItems(store.getSnapshot(), NO_FILTER);
    const labels = (groupBy: Parameters<typeof displayRows>[1]) =>
      displayRows(items, groupBy, context(store), new Set()).flatMap((row) =>
        row.type === 'group' ? [`${row.label} (${row.count})`] : [],
      );
    expect(labels('status')).toEqual(['Planned (2)', 'In progress (1)', 'Milestones (1)']);
    expect(labels('team')).toEqual(['Core (1)', 'Growth (1)', 'No team (2)']);
    expect(labels('owner')).toEqual(['Luis (1)', 'Maya (1)', 'No owner (2)']);
    expect(labels('keyResult')).toEqual(['Signups (1)', 'No key result (3)']);
    expect(displayRows(items, 'none', context(store), new Set()).map((row) => row.key)).toEqual(ids(items));
  });
});

describe('copying rows', () => {
  it('writes tab-separated text with a header row, each item once, quoting what would break a cell', () => {
    const { store } = roadmap();
    const items = tableItems(store.getSnapshot(), NO_FILTER);
    const onboarding = { ...items[0]!, title: 'Onboarding "v2"\tnew' };
    expect(itemsAsTsv([onboarding, items[2]!, onboarding], ['title', 'status', 'start', 'tags', 'progress'])).toBe(
      'Title\tStatus\tStart\tTags\tProgress (%)\n' +
        '"Onboarding ""v2""\tnew"\tIn progress\t2027-01-01\tux\t40\n' +
        'audit log\tPlanned\t2027-02-01\t\t0\n',
    );
  });
});

describe('editing a cell', () => {
  const itemOf = (store: RoadmapStore, id: string) =>
    tableItems(store.getSnapshot(), NO_FILTER).find((item) => item.id === id)!;

  it('writes a valid value through the command, and nothing when unchanged', () => {
    const { doc, store } = roadmap();
    const change = cellChange(itemOf(store, 'api'), 'end', '2027-03-15', []);
    expect(change && 'change' in change && applyCellChange(doc, change.change)).toBeNull();
    expect(store.getSnapshot().initiatives.get('api')!.endDate).toBe('2027-03-15');
    expect(cellChange(itemOf(store, 'api'), 'end', '2027-03-15', [])).toBeNull();
  });

  it('refuses an invalid value with the message the inspector shows, writing nothing', () => {
    const { doc, store } = roadmap();
    const invalidDate = cellChange(itemOf(store, 'api'), 'start', '2027-02-30', []);
    expect(invalidDate && 'change' in invalidDate && applyCellChange(doc, invalidDate.change)).toEqual([
      expect.objectContaining({ message: 'Use a real date like 2027-01-31' }),
    ]);
    const endBeforeStart = cellChange(itemOf(store, 'api'), 'end', '2026-12-01', []);
    expect(endBeforeStart && 'change' in endBeforeStart && applyCellChange(doc, endBeforeStart.change)).toEqual([
      expect.objectContaining({ message: 'End date is before the start date' }),
    ]);
    expect(cellChange(itemOf(store, 'api'), 'progress', 'lots', [])).toEqual({
      problems: [{ message: 'Enter a number' }],
    });
    expect(store.getSnapshot().initiatives.get('api')).toMatchObject({
      startDate: '2027-01-10',
      endDate: '2027-03-01',
    });
  });

  it('moves the end along with a start past it, as the inspector does', () => {
    const { doc, store } = roadmap();
    const change = cellChange(itemOf(store, 'onboarding'), 'start', '2027-03-01', []);
    expect(change && 'change' in change && applyCellChange(doc, change.change)).toBeNull();
    expect(store.getSnapshot().initiatives.get('onboarding')).toMatchObject({
      startDate: '2027-03-01',
      endDate: '2027-03-31',
    });
  });

  it('changes status, owner or team of all selected rows at once (one command), other fields of the row alone', () => {
    const { doc, store } = roadmap();
    const selected = ['api', 'audit'];
    const status = cellChange(itemOf(store, 'api'), 'status', 'done', selected);
    expect(status).toEqual({ change: { target: 'initiatives', ids: selected, changes: { status: 'done' } } });
    applyCellChange(doc, (status as { change: Parameters<typeof applyCellChange>[1] }).change);
    expect([...store.getSnapshot().initiatives.values()].map((initiative) => initiative.status)).toEqual([
      'in-progress',
      'done',
      'done',
    ]);
    expect(cellChange(itemOf(store, 'api'), 'title', 'New API', selected)).toMatchObject({
      change: { target: 'initiative', id: 'api' },
    });
    // A row outside the selection is edited alone.
    expect(cellChange(itemOf(store, 'onboarding'), 'owner', 'Sam', selected)).toMatchObject({
      change: { target: 'initiative', id: 'onboarding' },
    });
  });

  it('edits a milestone title, goal and date', () => {
    const { doc, store } = roadmap();
    const change = cellChange(itemOf(store, 'ga'), 'end', '2027-05-01', []);
    expect(change && 'change' in change && applyCellChange(doc, change.change)).toBeNull();
    expect(store.getSnapshot().milestones.get('ga')!.date).toBe('2027-05-01');
  });
});

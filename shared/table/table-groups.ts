import type { Goal } from '../model/goal';
import { INITIATIVE_STATUSES, INITIATIVE_STATUS_LABELS } from '../model/initiative';
import { orderGoals, UNALIGNED_LANE } from '../read-model/lanes';
import type { TableItem } from './table-items';

/** What the rows are grouped by. */
export const GROUP_BYS = ['goal', 'status', 'team', 'owner', 'keyResult', 'none'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export const GROUP_BY_LABELS: Record<GroupBy, string> = {
  goal: 'Goal',
  status: 'Status',
  team: 'Team',
  owner: 'Owner',
  keyResult: 'Key result',
  none: 'Nothing',
};

/** A row the table draws: a group's heading, or an item under it. */
export type DisplayRow =
  | {
      readonly type: 'group';
      readonly key: string;
      readonly label: string;
      /** Nesting: sub-goals sit one deeper than their parent goal. */
      readonly depth: number;
      /** Items in the group, its sub-groups' included. */
      readonly count: number;
      readonly collapsed: boolean;
      /** The goal's color, for a goal group. */
      readonly color: string | null;
    }
  | { readonly type: 'item'; readonly key: string; readonly item: TableItem; readonly depth: number };

/** What grouping needs to know besides the items: the goals and the key results in display order. */
export interface GroupContext {
  readonly goals: ReadonlyMap<string, Goal>;
  readonly keyResults: readonly { readonly id: string; readonly title: string }[];
}

interface Group {
  readonly key: string;
  readonly label: string;
  readonly depth: number;
  readonly color: string | null;
  readonly items: TableItem[];
}

/**
 * The rows to draw: the items (already sorted) in their groups, each group in its order, a collapsed
 * group's items (and sub-groups) left out. Groups without items are left out too, except a goal whose
 * sub-goals have some. An initiative serving two key results shows under both.
 */
export function displayRows(
  items: readonly TableItem[],
  groupBy: GroupBy,
  context: GroupContext,
  collapsed: ReadonlySet<string>,
): DisplayRow[] {
  if (groupBy === 'none') return items.map((item) => ({ type: 'item', key: item.id, item, depth: 0 }));
  const groups = groupsOf(items, groupBy, context);
  const totals = totalCounts(groups);
  const rows: DisplayRow[] = [];
  // Below a collapsed group, nothing shows until a group at its depth or shallower.
  let hiddenBelow = Infinity;
  groups.forEach((group, index) => {
    const count = totals[index]!;
    if (count === 0) return;
    if (group.depth > hiddenBelow) return;
    hiddenBelow = Infinity;
    const isCollapsed = collapsed.has(group.key);
    rows.push({ type: 'group', ...group, count, collapsed: isCollapsed });
    if (isCollapsed) {
      hiddenBelow = group.depth;
      return;
    }
    for (const item of group.items) {
      rows.push({ type: 'item', key: `${group.key}|${item.id}`, item, depth: group.depth + 1 });
    }
  });
  return rows;
}

/** Each group's item count with its nested groups' (the groups come parents first, depth first). */
function totalCounts(groups: readonly Group[]): number[] {
  const totals = groups.map((group) => group.items.length);
  const ancestors: number[] = [];
  groups.forEach((group, index) => {
    ancestors.length = group.depth;
    for (const ancestor of ancestors) totals[ancestor]! += group.items.length;
    ancestors.push(index);
  });
  return totals;
}

function groupsOf(items: readonly TableItem[], groupBy: Exclude<GroupBy, 'none'>, context: GroupContext): Group[] {
  const group = (key: string, label: string, depth = 0, color: string | null = null): Group => ({
    key: `${groupBy}:${key}`,
    label,
    depth,
    color,
    items: [],
  });
  switch (groupBy) {
    case 'goal': {
      const groups = orderGoals(context.goals).map(({ goal, depth }) =>
        group(goal.id, goal.title || 'Untitled goal', depth, goal.color),
      );
      groups.push(group(UNALIGNED_LANE, 'Unaligned'));
      return fill(groups, items, (item) => [`goal:${item.laneKey}`]);
    }
    case 'status': {
      const groups = INITIATIVE_STATUSES.map((status) => group(status, INITIATIVE_STATUS_LABELS[status]));
      groups.push(group('milestone', 'Milestones'));
      return fill(groups, items, (item) => [`status:${item.status ?? 'milestone'}`]);
    }
    case 'team':
    case 'owner': {
      const values = [...new Set(items.map((item) => item[groupBy]).filter(Boolean))].sort((a, b) =>
        a.localeCompare(b),
      );
      const groups = values.map((value) => group(value, value));
      groups.push(group('', groupBy === 'team' ? 'No team' : 'No owner'));
      return fill(groups, items, (item) => [`${groupBy}:${item[groupBy]}`]);
    }
    case 'keyResult': {
      const groups = context.keyResults.map((keyResult) =>
        group(keyResult.id, keyResult.title || 'Untitled key result'),
      );
      groups.push(group('', 'No key result'));
      const known = new Set(context.keyResults.map((keyResult) => keyResult.id));
      return fill(groups, items, (item) => {
        const served = item.keyResultIds.filter((id) => known.has(id));
        return served.length === 0 ? ['keyResult:'] : served.map((id) => `keyResult:${id}`);
      });
    }
  }
}

function fill(groups: Group[], items: readonly TableItem[], keysOf: (item: TableItem) => readonly string[]): Group[] {
  const byKey = new Map(groups.map((group) => [group.key, group]));
  for (const item of items) for (const key of keysOf(item)) byKey.get(key)?.items.push(item);
  return groups;
}

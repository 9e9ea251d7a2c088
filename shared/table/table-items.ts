import { isViolated } from '../model/dependency';
import { INITIATIVE_STATUS_LABELS, type Initiative, type InitiativeStatus } from '../model/initiative';
import type { Milestone } from '../model/milestone';
import { matchesFilter, type InitiativeFilter } from '../read-model/filters';
import { laneKeyOf, orderGoals } from '../read-model/lanes';
import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import { daysBetween, type IsoDate } from '../time/iso-date';

/** One row of the table: an initiative or a milestone, with what its columns show worked out once. */
export interface TableItem {
  readonly kind: 'initiative' | 'milestone';
  readonly id: string;
  readonly title: string;
  /** The lane it sits in: its goal's id, or 'unaligned'. */
  readonly laneKey: string;
  readonly goalTitle: string;
  readonly keyResultIds: readonly string[];
  readonly keyResults: readonly string[];
  /** Null for a milestone. */
  readonly status: InitiativeStatus | null;
  readonly owner: string;
  readonly team: string;
  readonly tags: readonly string[];
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  /** Days from start to end, both counted; null without both dates (and for a milestone). */
  readonly duration: number | null;
  readonly progress: number | null;
  /** Titles of what it depends on. */
  readonly dependencies: readonly string[];
  /** Why it conflicts: each predecessor it starts before the end of. */
  readonly conflicts: readonly string[];
  /** Position in the timeline's order (lanes top to bottom, then order in the lane): the unsorted order. */
  readonly position: number;
}

// Dates are read here and nowhere else in the table: initiatives are to become unscheduled-able (no dates).
/** An initiative's start, or null when it has none. */
export function startOf(initiative: { readonly startDate: string | null }): IsoDate | null {
  return initiative.startDate || null;
}

/** An initiative's end, or null when it has none. */
export function endOf(initiative: { readonly endDate: string | null }): IsoDate | null {
  return initiative.endDate || null;
}

/** How a date shows in a cell (and in copied text): ISO, as spreadsheets read it; empty for none. */
export function formatCellDate(date: IsoDate | null): string {
  return date ?? '';
}

export const UNTITLED = 'Untitled';

/**
 * The table's rows, in the timeline's order (goals as the lanes order them, Unaligned last; initiatives
 * by their order, then milestones by date), with the initiatives the filter lets through.
 */
export function tableItems(
  snapshot: Pick<RoadmapSnapshot, 'goals' | 'keyResults' | 'initiatives' | 'milestones' | 'dependencies'>,
  filter: InitiativeFilter,
): TableItem[] {
  const { goals, keyResults, initiatives, milestones, dependencies } = snapshot;
  const laneRank = new Map<string, number>();
  orderGoals(goals).forEach(({ goal }, index) => laneRank.set(goal.id, index));
  const rankOf = (goalId: string | null) => laneRank.get(laneKeyOf(goalId, goals)) ?? laneRank.size;
  const goalTitle = (goalId: string | null) => (goalId !== null ? (goals.get(goalId)?.title ?? '') : '');

  const predecessors = new Map<string, Initiative[]>();
  for (const dependency of dependencies.values()) {
    const from = initiatives.get(dependency.fromId);
    if (!from || !initiatives.has(dependency.toId)) continue;
    const list = predecessors.get(dependency.toId);
    if (list) list.push(from);
    else predecessors.set(dependency.toId, [from]);
  }

  const shown = [...initiatives.values()].filter((initiative) => matchesFilter(initiative, filter));
  shown.sort(
    (a, b) =>
      rankOf(a.goalId) - rankOf(b.goalId) || (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1),
  );
  const items: TableItem[] = shown.map((initiative, position) => {
    const before = predecessors.get(initiative.id) ?? [];
    const start = startOf(initiative);
    const end = endOf(initiative);
    return {
      kind: 'initiative',
      id: initiative.id,
      title: initiative.title,
      laneKey: laneKeyOf(initiative.goalId, goals),
      goalTitle: goalTitle(initiative.goalId),
      keyResultIds: initiative.keyResultIds,
      keyResults: initiative.keyResultIds.flatMap((id) => keyResults.get(id)?.title ?? []),
      status: initiative.status,
      owner: initiative.owner,
      team: initiative.team,
      tags: initiative.tags,
      start,
      end,
      duration: start && end ? daysBetween(start, end) + 1 : null,
      progress: initiative.progress,
      dependencies: before.map((from) => from.title),
      conflicts: before.filter((from) => isViolated(from, initiative)).map((from) => from.title),
      position,
    };
  });
  const sortedMilestones = [...milestones.values()].sort(
    (a, b) => rankOf(a.goalId) - rankOf(b.goalId) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
  );
  for (const milestone of sortedMilestones) items.push(milestoneItem(milestone, goals, goalTitle, items.length));
  return items;
}

function milestoneItem(
  milestone: Milestone,
  goals: RoadmapSnapshot['goals'],
  goalTitle: (goalId: string | null) => string,
  position: number,
): TableItem {
  return {
    kind: 'milestone',
    id: milestone.id,
    title: milestone.title,
    laneKey: laneKeyOf(milestone.goalId, goals),
    goalTitle: goalTitle(milestone.goalId),
    keyResultIds: [],
    keyResults: [],
    status: null,
    owner: '',
    team: '',
    tags: [],
    start: milestone.date,
    end: milestone.date,
    duration: null,
    progress: null,
    dependencies: [],
    conflicts: [],
    position,
  };
}

/** The status as people read it; empty for a milestone. */
export function statusLabel(item: TableItem): string {
  return item.status ? INITIATIVE_STATUS_LABELS[item.status] : '';
}

import type { Goal } from '../model/goal';
import { isScheduled, type Initiative, type ScheduledInitiative } from '../model/initiative';
import type { KeyResult } from '../model/key-result';
import type { Milestone } from '../model/milestone';
import { compareOrdered, type Ordered } from '../model/order';
import { goalProgress } from './progress';
import type { RoadmapSnapshot } from './roadmap-store';
import { derivedCacheOf, memoizePerDocument, sameItems } from './memo';
import { isViolated } from '../model/dependency';
import { changedKeysSince } from './patched-map';

/** The key of the lane for initiatives and milestones without a (living) goal. */
export const UNALIGNED_LANE = 'unaligned';

/** The lane an item with this goal sits in: its goal's, or Unaligned when it has none or the goal is gone. */
export function laneKeyOf(goalId: string | null, goals: ReadonlyMap<string, unknown>): string {
  return goalId !== null && goals.has(goalId) ? goalId : UNALIGNED_LANE;
}

/** The goal a lane stands for: null for Unaligned. */
export function goalIdOfLane(laneKey: string): string | null {
  return laneKey === UNALIGNED_LANE ? null : laneKey;
}

/** One swimlane of the timeline: a goal (nested under its parent) or Unaligned, with what sits on it. */
export interface Lane {
  readonly key: string;
  readonly goal: Goal | null;
  /** Nesting depth under parent goals (0 for top-level goals and Unaligned). */
  readonly depth: number;
  readonly keyResults: readonly KeyResult[];
  /** Mean key-result progress 0–100, or null when the goal has no key results. */
  readonly progress: number | null;
  /** Its scheduled initiatives (unscheduled ones are in no lane: see selectUnscheduled). */
  readonly initiatives: readonly ScheduledInitiative[];
  readonly milestones: readonly Milestone[];
}

/** The group of the initiatives without dates: they are on no lane of the timeline. */
const UNSCHEDULED_GROUP = '\u0000unscheduled';

function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** A goal in display order, with how deep it is nested under parent goals. */
export interface OrderedGoal {
  readonly goal: Goal;
  readonly depth: number;
}

/**
 * Goals in display order: each parent followed by its children, depth first, siblings by order key. A goal
 * whose parent is missing (deleted by a peer) or part of a cycle shows at the top level.
 */
export function orderGoals(goals: ReadonlyMap<string, Goal>): OrderedGoal[] {
  const parentOf = (goal: Goal): string | null => {
    // Follow the chain up; a cycle or a missing link makes the goal top-level.
    const seen = new Set<string>([goal.id]);
    for (let parent = goal.parentId; parent !== null; parent = goals.get(parent)?.parentId ?? null) {
      if (!goals.has(parent) || seen.has(parent)) return null;
      seen.add(parent);
    }
    return goal.parentId;
  };
  const children = groupBy(goals.values(), (goal) => parentOf(goal) ?? '');
  const ordered: OrderedGoal[] = [];
  const visit = (parentKey: string, depth: number) => {
    for (const goal of (children.get(parentKey) ?? []).sort(compareOrdered)) {
      ordered.push({ goal, depth });
      visit(goal.id, depth + 1);
    }
  };
  visit('', 0);
  return ordered;
}

/** The goals nested under `goalId`, at any depth (they cannot become its parent). */
export function descendantsOf(goals: ReadonlyMap<string, Goal>, goalId: string): Set<string> {
  const descendants = new Set<string>();
  for (const goal of goals.values()) {
    const seen = new Set<string>();
    for (
      let parent = goal.parentId;
      parent !== null && !seen.has(parent);
      parent = goals.get(parent)?.parentId ?? null
    ) {
      seen.add(parent);
      if (parent === goalId) {
        descendants.add(goal.id);
        break;
      }
    }
  }
  return descendants;
}

/** Records grouped by a key, each group in order, kept between edits. */
interface Grouped<T> {
  readonly records: ReadonlyMap<string, T>;
  readonly byGroup: ReadonlyMap<string, readonly T[]>;
}

/**
 * Groups `records` by `groupOf`, each group in order. When `previous` grouped the map these records were
 * patched from (by the same rule), only the groups that changed records left or joined are regrouped and
 * sorted again; the other groups keep their arrays. Otherwise everything is grouped again.
 */
function regroup<T extends Ordered>(
  records: ReadonlyMap<string, T>,
  groupOf: (record: T) => string,
  previous: Grouped<T> | undefined,
): Grouped<T> {
  const changed = previous ? changedKeysSince(records, previous.records) : null;
  if (!previous || !changed) {
    const byGroup = groupBy(records.values(), groupOf);
    for (const group of byGroup.values()) group.sort(compareOrdered);
    return { records, byGroup };
  }
  if (changed.size === 0) return previous;
  const touched = new Set<string>();
  for (const id of changed) {
    for (const record of [previous.records.get(id), records.get(id)]) if (record) touched.add(groupOf(record));
  }
  const byGroup = new Map(previous.byGroup);
  for (const key of touched) {
    const group = (previous.byGroup.get(key) ?? []).filter((record) => !changed.has(record.id));
    for (const id of changed) {
      const record = records.get(id);
      if (record && groupOf(record) === key) group.push(record);
    }
    if (group.length === 0) byGroup.delete(key);
    else byGroup.set(key, group.sort(compareOrdered));
  }
  return { records, byGroup };
}

/** Initiatives per lane, each lane's in order: what selectLanes regroups, kept per lane between edits. */
interface InitiativesByLane {
  readonly goals: ReadonlyMap<string, Goal>;
  readonly initiatives: ReadonlyMap<string, Initiative>;
  readonly byLane: ReadonlyMap<string, readonly Initiative[]>;
}

/**
 * The initiatives grouped by lane. When only some initiatives changed since `previous` (and the goals are
 * the same, so every lane means what it meant), only the lanes they left or joined are regrouped and
 * sorted again; the other lanes keep their arrays. Otherwise all 10,000 are grouped again.
 */
export function groupInitiativesByLane(
  goals: ReadonlyMap<string, Goal>,
  initiatives: ReadonlyMap<string, Initiative>,
  previous: InitiativesByLane | undefined,
): InitiativesByLane {
  const reusable = previous && previous.goals === goals;
  const { byGroup } = regroup(
    initiatives,
    (initiative) => (isScheduled(initiative) ? laneKeyOf(initiative.goalId, goals) : UNSCHEDULED_GROUP),
    reusable ? { records: previous.initiatives, byGroup: previous.byLane } : undefined,
  );
  return { goals, initiatives, byLane: byGroup };
}

const INITIATIVES_BY_LANE = Symbol('initiatives by lane');
const GOAL_ORDER = Symbol('goal order');
const GOAL_PROGRESS = Symbol('goal progress');
const MILESTONES_BY_LANE = Symbol('milestones by lane');
const KEY_RESULTS_BY_GOAL = Symbol('key results by goal');

/** `compute()` from the document's cache while every one of `inputs` is the same object as last time. */
function cachedOn<Result>(
  cache: Map<unknown, unknown>,
  slot: symbol,
  inputs: readonly unknown[],
  compute: () => Result,
): Result {
  const last = cache.get(slot) as { inputs: readonly unknown[]; result: Result } | undefined;
  if (last && sameItems(last.inputs, inputs)) return last.result;
  const result = compute();
  cache.set(slot, { inputs, result });
  return result;
}

/** Key results per goal id, regrouped like the initiatives: only the goals an edit touched. */
function keyResultsByGoalIn(
  cache: Map<unknown, unknown>,
  keyResults: ReadonlyMap<string, KeyResult>,
): Grouped<KeyResult> {
  const grouped = regroup(
    keyResults,
    (keyResult) => keyResult.goalId,
    cache.get(KEY_RESULTS_BY_GOAL) as Grouped<KeyResult> | undefined,
  );
  cache.set(KEY_RESULTS_BY_GOAL, grouped);
  return grouped;
}

function goalOrderIn(cache: Map<unknown, unknown>, goals: ReadonlyMap<string, Goal>): readonly OrderedGoal[] {
  return cachedOn(cache, GOAL_ORDER, [goals], () => orderGoals(goals));
}

/**
 * Goals in display order with their nesting depth (the order of the lanes), without grouping the
 * initiatives: shared with selectLanes, so asking for both computes it once.
 */
export function selectGoalOrder(snapshot: RoadmapSnapshot): readonly OrderedGoal[] {
  return goalOrderIn(derivedCacheOf(snapshot), snapshot.goals);
}

/** Each goal's key results (by goal id), in order: the lanes' own grouping, kept between edits. */
export function selectKeyResultsByGoal(snapshot: RoadmapSnapshot): ReadonlyMap<string, readonly KeyResult[]> {
  return keyResultsByGoalIn(derivedCacheOf(snapshot), snapshot.keyResults).byGroup;
}

/** Each goal's progress, rolled up from its key results and (from the deepest goals up) its sub-goals. */
function rollUpProgress(
  ordered: readonly OrderedGoal[],
  keyResultsByGoal: ReadonlyMap<string, readonly KeyResult[]>,
): ReadonlyMap<string, number | null> {
  // Each goal's sub-goals follow it, so walk backwards.
  const progress = new Map<string, number | null>();
  const subGoalsOf = new Map<string, { weight: number; progress: number | null }[]>();
  for (let index = ordered.length - 1; index >= 0; index--) {
    const { goal, depth } = ordered[index]!;
    const rolledUp = goalProgress(keyResultsByGoal.get(goal.id) ?? [], subGoalsOf.get(goal.id) ?? []);
    progress.set(goal.id, rolledUp);
    if (depth > 0 && goal.parentId !== null) {
      const siblings = subGoalsOf.get(goal.parentId) ?? [];
      siblings.unshift({ weight: goal.weight, progress: rolledUp });
      subGoalsOf.set(goal.parentId, siblings);
    }
  }
  return progress;
}

/**
 * The swimlanes in display order, Unaligned last. Recomputed only when goals, key results, initiatives or
 * milestones change, and then only in part: each grouping is kept until what it is made of changes, and a
 * lane whose contents are the same keeps its object (so an edit of one initiative rebuilds one lane).
 */
export const selectLanes = memoizePerDocument(
  (snapshot: RoadmapSnapshot) =>
    [snapshot.goals, snapshot.keyResults, snapshot.initiatives, snapshot.milestones, derivedCacheOf(snapshot)] as const,
  ([goals, keyResults, initiatives, milestones, cache], previous: readonly Lane[] | undefined): readonly Lane[] => {
    const grouped = groupInitiativesByLane(
      goals,
      initiatives,
      cache.get(INITIATIVES_BY_LANE) as InitiativesByLane | undefined,
    );
    cache.set(INITIATIVES_BY_LANE, grouped);
    const initiativesByLane = grouped.byLane;
    const keyResultsByGoal = keyResultsByGoalIn(cache, keyResults);
    const milestonesByLane = cachedOn(cache, MILESTONES_BY_LANE, [milestones, goals], () => {
      const byLane = groupBy(milestones.values(), (milestone) => laneKeyOf(milestone.goalId, goals));
      for (const list of byLane.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      return byLane;
    });
    const ordered = goalOrderIn(cache, goals);
    const progress = cachedOn(cache, GOAL_PROGRESS, [ordered, keyResultsByGoal.byGroup], () =>
      rollUpProgress(ordered, keyResultsByGoal.byGroup),
    );
    const previousByKey = new Map((previous ?? []).map((lane) => [lane.key, lane]));
    const lane = (key: string, goal: Goal | null, depth: number): Lane => {
      const next: Lane = {
        key,
        goal,
        depth,
        keyResults: (goal && keyResultsByGoal.byGroup.get(goal.id)) || NO_KEY_RESULTS,
        progress: goal ? (progress.get(goal.id) ?? null) : null,
        initiatives: (initiativesByLane.get(key) as readonly ScheduledInitiative[] | undefined) ?? NO_INITIATIVES,
        milestones: milestonesByLane.get(key) ?? NO_MILESTONES,
      };
      const before = previousByKey.get(key);
      return before && sameLane(before, next) ? before : next;
    };
    const next = [...ordered.map(({ goal, depth }) => lane(goal.id, goal, depth)), lane(UNALIGNED_LANE, null, 0)];
    return previous && sameItems(next, previous) ? previous : next;
  },
);

const NO_KEY_RESULTS: readonly KeyResult[] = Object.freeze([]);
const NO_MILESTONES: readonly Milestone[] = Object.freeze([]);
const NO_INITIATIVES: readonly ScheduledInitiative[] = Object.freeze([]);

function sameLane(a: Lane, b: Lane): boolean {
  return (
    a.key === b.key &&
    a.goal === b.goal &&
    a.depth === b.depth &&
    a.progress === b.progress &&
    sameItems(a.keyResults, b.keyResults) &&
    sameItems(a.initiatives, b.initiatives) &&
    sameItems(a.milestones, b.milestones)
  );
}

/** Dependencies whose successor starts before its predecessor has finished. */
export const selectViolatedDependencies = memoizePerDocument(
  (snapshot: RoadmapSnapshot) => [snapshot.dependencies, snapshot.initiatives] as const,
  ([dependencies, initiatives]) => {
    const violations: { id: string; from: ScheduledInitiative; to: ScheduledInitiative }[] = [];
    for (const dependency of dependencies.values()) {
      const from = initiatives.get(dependency.fromId);
      const to = initiatives.get(dependency.toId);
      // An unscheduled end has no dates to be late by.
      if (from && to && isScheduled(from) && isScheduled(to) && isViolated(from, to)) {
        violations.push({ id: dependency.id, from, to });
      }
    }
    return violations;
  },
);

/**
 * The initiatives without dates, in lane order (goals as the timeline orders them, Unaligned last), each
 * lane's by order key: the Unscheduled tray's list.
 */
export const selectUnscheduled = memoizePerDocument(
  (snapshot: RoadmapSnapshot) => [snapshot.goals, snapshot.initiatives, derivedCacheOf(snapshot)] as const,
  ([goals, initiatives, cache]): readonly Initiative[] => {
    const grouped = groupInitiativesByLane(
      goals,
      initiatives,
      cache.get(INITIATIVES_BY_LANE) as InitiativesByLane | undefined,
    );
    cache.set(INITIATIVES_BY_LANE, grouped);
    const unscheduled = grouped.byLane.get(UNSCHEDULED_GROUP);
    if (!unscheduled) return NO_UNSCHEDULED;
    const laneIndex = new Map(goalOrderIn(cache, goals).map(({ goal }, index) => [goal.id, index]));
    const indexOf = (initiative: Initiative) =>
      (initiative.goalId !== null ? laneIndex.get(initiative.goalId) : undefined) ?? laneIndex.size;
    return [...unscheduled].sort((a, b) => indexOf(a) - indexOf(b) || compareOrdered(a, b));
  },
);

const NO_UNSCHEDULED: readonly Initiative[] = Object.freeze([]);

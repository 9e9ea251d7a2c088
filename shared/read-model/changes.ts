import { isScheduled } from '../model/initiative';
import type { Confidence } from '../model/check-in';
import { goalKind, type Goal, type GoalStatus } from '../model/goal';
import { initiativeKind, type Initiative } from '../model/initiative';
import { keyResultKind, type KeyResult } from '../model/key-result';
import { compareOrdered } from '../model/order';
import { daysBetween, type IsoDate } from '../time/iso-date';
import { sharedWithOf } from './baseline-plan';
import { laneKeyOf, selectGoalOrder } from './lanes';
import { derivedCacheOf } from './memo';
import { changedKeysSince } from './patched-map';
import type { GoalStanding } from './pace';
import { keyResultProgress } from './progress';
import type { RoadmapSnapshot } from './roadmap-store';
import { selectGoalStandings } from './standings';

/** Fields that say where a record sits among its siblings, not what it is: a reorder is not a change. */
const NOT_COMPARED = new Set(['id', 'problems', 'order', 'checkIns', 'latestCheckIn']);

function comparedFields<T>(fields: readonly string[]): readonly (keyof T & string)[] {
  return fields.filter((field) => !NOT_COMPARED.has(field)) as (keyof T & string)[];
}

/**
 * The fields compared, per kind, in the order the records list them: listed once rather than asked of each
 * of 10,000 records (Object.keys and the filter per record were about a fifth of the diff). A key result's
 * `current` is its latest check-in's value, joined in by the read model.
 */
export const COMPARED_FIELDS = {
  initiatives: comparedFields<Initiative>([...Object.keys(initiativeKind.shape), 'id', 'problems']),
  keyResults: comparedFields<KeyResult>([
    ...Object.keys(keyResultKind.shape),
    'id',
    'problems',
    'checkIns',
    'latestCheckIn',
    'current',
  ]),
  goals: comparedFields<Goal>([...Object.keys(goalKind.shape), 'id', 'problems']),
};

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const NO_FIELDS: readonly never[] = Object.freeze([]);

/** The fields (other than position) whose values differ between two versions of a record. */
function differingFields<T extends object>(
  before: T,
  after: T,
  compared: readonly (keyof T & string)[],
): readonly (keyof T & string)[] {
  let fields: (keyof T & string)[] | undefined;
  for (const field of compared) {
    if (!sameValue(before[field], after[field])) (fields ??= []).push(field);
  }
  return fields ?? NO_FIELDS;
}

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface InitiativeChange {
  readonly id: string;
  readonly kind: ChangeKind;
  readonly before: Initiative | null;
  readonly after: Initiative | null;
  /**
   * Days the start and end moved (later is positive); 0 for an added or removed initiative, and when it was
   * or is unscheduled (see `scheduling`).
   */
  readonly startShift: number;
  readonly endShift: number;
  /** It got dates ('scheduled') or lost them ('unscheduled') since; null when neither. */
  readonly scheduling: 'scheduled' | 'unscheduled' | null;
  /** Its end moved later. */
  readonly slipped: boolean;
  /** It moved to another lane: `before.goalId` is where it came from. */
  readonly realigned: boolean;
  readonly statusChanged: boolean;
  /** Every field that differs (dates, goal and status included). */
  readonly fields: readonly (keyof Initiative & string)[];
}

export interface KeyResultChange {
  readonly id: string;
  readonly kind: ChangeKind;
  readonly before: KeyResult | null;
  readonly after: KeyResult | null;
  /** 0–100 then and now (null for the side it is missing on). */
  readonly progressBefore: number | null;
  readonly progressAfter: number | null;
  /** Fields that differ, `current` (its latest check-in's value) included. */
  readonly fields: readonly (keyof KeyResult & string)[];
}

export interface GoalChange {
  readonly id: string;
  readonly kind: ChangeKind;
  readonly before: Goal | null;
  readonly after: Goal | null;
  /** The status the goal showed (from check-ins or set by its owner) on each day. */
  readonly statusBefore: GoalStatus | null;
  readonly statusAfter: GoalStatus | null;
  readonly healthBefore: Confidence | null;
  readonly healthAfter: Confidence | null;
  readonly fields: readonly (keyof Goal & string)[];
}

/** The changes of one goal's lane (where an initiative is now, or was if it is gone). */
export interface ChangeGroup {
  readonly laneKey: string;
  /** The goal now, or as it was if it was removed; null for Unaligned. */
  readonly goal: Goal | null;
  readonly goalChange: GoalChange | null;
  readonly keyResults: readonly KeyResultChange[];
  readonly initiatives: readonly InitiativeChange[];
}

export interface PlanChanges {
  /** In lane order now; lanes of removed goals last. Only lanes with a change. */
  readonly groups: readonly ChangeGroup[];
  readonly initiatives: ReadonlyMap<string, InitiativeChange>;
  readonly keyResults: ReadonlyMap<string, KeyResultChange>;
  readonly goals: ReadonlyMap<string, GoalChange>;
}

/** The days a plan is looked at: the baseline's (its taking day) and today, for pace and health. */
export interface ComparedDays {
  readonly before: IsoDate;
  readonly after: IsoDate;
}

function kindOf(before: unknown, after: unknown): ChangeKind {
  return before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
}

function* unionOfIds(before: ReadonlyMap<string, unknown>, after: ReadonlyMap<string, unknown>) {
  for (const id of after.keys()) yield id;
  for (const id of before.keys()) if (!after.has(id)) yield id;
}

function initiativeChange(id: string, before?: Initiative, after?: Initiative): InitiativeChange | null {
  const kind = kindOf(before, after);
  if (before === after) return null;
  const fields: readonly (keyof Initiative & string)[] =
    before && after ? differingFields(before, after, COMPARED_FIELDS.initiatives) : NO_FIELDS;
  if (kind === 'changed' && fields.length === 0) return null;
  const dated = before && after && isScheduled(before) && isScheduled(after);
  const startShift = dated ? daysBetween(before.startDate, after.startDate) : 0;
  const endShift = dated ? daysBetween(before.endDate, after.endDate) : 0;
  const scheduling =
    before && after && isScheduled(before) !== isScheduled(after)
      ? isScheduled(after)
        ? 'scheduled'
        : 'unscheduled'
      : null;
  return {
    id,
    kind,
    before: before ?? null,
    after: after ?? null,
    startShift,
    endShift,
    scheduling,
    slipped: endShift > 0,
    realigned: fields.includes('goalId'),
    statusChanged: fields.includes('status'),
    fields,
  };
}

function keyResultChange(id: string, before?: KeyResult, after?: KeyResult): KeyResultChange | null {
  const kind = kindOf(before, after);
  if (before === after) return null;
  const fields = before && after ? differingFields(before, after, COMPARED_FIELDS.keyResults) : NO_FIELDS;
  if (kind === 'changed' && fields.length === 0) return null;
  return {
    id,
    kind,
    before: before ?? null,
    after: after ?? null,
    progressBefore: before ? keyResultProgress(before) : null,
    progressAfter: after ? keyResultProgress(after) : null,
    fields,
  };
}

/** The changes of one kind of record, and the map of the after side they were found in. */
interface Diffed<T, C> {
  readonly after: ReadonlyMap<string, T>;
  readonly changes: ReadonlyMap<string, C>;
}

/**
 * Each record's change between `before` and `after` (none when it is the same). With `previous` (the same
 * `before` against an earlier `after` this one was patched from), only the records changed since are
 * compared again: an edit while a review is open costs what it touched, not 10,000 comparisons.
 */
function diffRecords<T, C>(
  before: ReadonlyMap<string, T>,
  after: ReadonlyMap<string, T>,
  change: (id: string, before?: T, after?: T) => C | null,
  previous: Diffed<T, C> | undefined,
  shared: { readonly now: ReadonlyMap<string, T>; readonly different: ReadonlySet<string> } | undefined,
): Diffed<T, C> {
  const changed = previous ? changedKeysSince(after, previous.after) : null;
  if (previous && changed) {
    if (changed.size === 0) return { after, changes: previous.changes };
    const changes = new Map(previous.changes);
    for (const id of changed) {
      const next = change(id, before.get(id), after.get(id));
      if (next) changes.set(id, next);
      else changes.delete(id);
    }
    return { after, changes };
  }
  // `before` shares the records of an earlier `after` that were equal (sharingRecordsOf): only those that
  // were not, and those changed since, can differ.
  const changedSinceShared = shared ? changedKeysSince(after, shared.now) : null;
  if (shared && changedSinceShared) {
    const changes = new Map<string, C>();
    for (const ids of [shared.different, changedSinceShared]) {
      for (const id of ids) {
        if (changes.has(id)) continue;
        const next = change(id, before.get(id), after.get(id));
        if (next) changes.set(id, next);
      }
    }
    return { after, changes };
  }
  // Each side walked once, without a generator: at 10,000 records this loop is most of a comparison.
  const changes = new Map<string, C>();
  let kept = 0;
  for (const [id, now] of after) {
    const then = before.get(id);
    if (then !== undefined) kept++;
    const next = change(id, then, now);
    if (next) changes.set(id, next);
  }
  if (kept < before.size) {
    for (const [id, then] of before) {
      if (after.has(id)) continue;
      const next = change(id, then, undefined);
      if (next) changes.set(id, next);
    }
  }
  return { after, changes };
}

function goalChanges(
  before: RoadmapSnapshot,
  after: RoadmapSnapshot,
  standingsBefore: ReadonlyMap<string, GoalStanding>,
  standingsAfter: ReadonlyMap<string, GoalStanding>,
): Map<string, GoalChange> {
  const goals = new Map<string, GoalChange>();
  for (const id of unionOfIds(before.goals, after.goals)) {
    const [then, now] = [before.goals.get(id), after.goals.get(id)];
    const standingThen = standingsBefore.get(id);
    const standingNow = standingsAfter.get(id);
    const fields = then && now ? differingFields(then, now, COMPARED_FIELDS.goals) : NO_FIELDS;
    const kind = kindOf(then, now);
    const statusBefore = standingThen?.status ?? then?.status ?? null;
    const statusAfter = standingNow?.status ?? now?.status ?? null;
    const healthBefore = standingThen?.health ?? null;
    const healthAfter = standingNow?.health ?? null;
    if (kind === 'changed' && fields.length === 0 && statusBefore === statusAfter && healthBefore === healthAfter)
      continue;
    goals.set(id, {
      id,
      kind,
      before: then ?? null,
      after: now ?? null,
      statusBefore,
      statusAfter,
      healthBefore,
      healthAfter,
      fields,
    });
  }
  return goals;
}

/** The last comparison of an after side with a before side (on the same days), for the next one. */
interface Compared {
  readonly days: ComparedDays;
  readonly after: RoadmapSnapshot;
  readonly initiatives: Diffed<Initiative, InitiativeChange>;
  readonly keyResults: Diffed<KeyResult, KeyResultChange>;
  readonly standingsAfter: ReadonlyMap<string, GoalStanding>;
  readonly changes: PlanChanges;
}

const LAST_COMPARISONS = Symbol('last comparisons');

/**
 * What changed between two plans (a baseline's and now, or two roadmaps with the same record ids):
 * initiatives added, removed, rescheduled, re-aligned or changed otherwise; key results and their
 * progress; goals and the status and health they showed on each day. A record that changed and changed
 * back is not listed. Position among siblings (order keys) is not a change. The maps are keyed by id in
 * no particular order; `groups` is the order to show.
 *
 * Incremental like the alignment: the after side's document remembers the last comparison with each
 * before side, and comparing again after an edit compares only the records the edit touched.
 */
export function comparePlans(before: RoadmapSnapshot, after: RoadmapSnapshot, days: ComparedDays): PlanChanges {
  const cache = derivedCacheOf(after);
  let lasts = cache.get(LAST_COMPARISONS) as WeakMap<RoadmapSnapshot, Compared> | undefined;
  if (!lasts) cache.set(LAST_COMPARISONS, (lasts = new WeakMap()));
  const known = lasts.get(before);
  const last = known && known.days.before === days.before && known.days.after === days.after ? known : undefined;
  if (last?.after === after) return last.changes;
  const shared = sharedWithOf(before);
  const sharedOf = <K extends 'initiatives' | 'keyResults'>(collection: K) =>
    shared && { now: shared.now[collection], different: shared.different[collection] };
  const initiatives = diffRecords(
    before.initiatives,
    after.initiatives,
    initiativeChange,
    last?.initiatives,
    sharedOf('initiatives'),
  );
  const keyResults = diffRecords(
    before.keyResults,
    after.keyResults,
    keyResultChange,
    last?.keyResults,
    sharedOf('keyResults'),
  );
  const standingsAfter = selectGoalStandings(after, days.after);
  const goals =
    last && last.after.goals === after.goals && last.standingsAfter === standingsAfter
      ? last.changes.goals
      : goalChanges(before, after, selectGoalStandings(before, days.before), standingsAfter);
  const changes: PlanChanges = {
    groups: groupByLane(before, after, initiatives.changes, keyResults.changes, goals),
    initiatives: initiatives.changes,
    keyResults: keyResults.changes,
    goals,
  };
  lasts.set(before, { days, after, initiatives, keyResults, standingsAfter, changes });
  return changes;
}

function groupByLane(
  before: RoadmapSnapshot,
  after: RoadmapSnapshot,
  initiatives: ReadonlyMap<string, InitiativeChange>,
  keyResults: ReadonlyMap<string, KeyResultChange>,
  goals: ReadonlyMap<string, GoalChange>,
): ChangeGroup[] {
  const groups = new Map<string, { initiatives: InitiativeChange[]; keyResults: KeyResultChange[] }>();
  const groupOf = (laneKey: string) => {
    let group = groups.get(laneKey);
    if (!group) groups.set(laneKey, (group = { initiatives: [], keyResults: [] }));
    return group;
  };
  // Now's lane when it still exists; a removed record (or one whose goal was removed) where it was.
  const laneOf = (goalIdNow: string | null | undefined, goalIdThen: string | null | undefined) =>
    goalIdNow !== undefined ? laneKeyOf(goalIdNow, after.goals) : laneKeyOf(goalIdThen ?? null, before.goals);
  for (const change of initiatives.values()) {
    groupOf(laneOf(change.after?.goalId, change.before?.goalId)).initiatives.push(change);
  }
  for (const change of keyResults.values()) {
    groupOf(laneOf(change.after?.goalId, change.before?.goalId)).keyResults.push(change);
  }
  for (const id of goals.keys()) groupOf(id);
  // The lanes now, then those only the before side has; Unaligned last.
  const rank = new Map<string, number>();
  for (const { goal } of [...selectGoalOrder(after), ...selectGoalOrder(before)]) {
    if (!rank.has(goal.id)) rank.set(goal.id, rank.size);
  }
  return [...groups]
    .sort(([a], [b]) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity))
    .map(([laneKey, group]) => ({
      laneKey,
      goal: after.goals.get(laneKey) ?? before.goals.get(laneKey) ?? null,
      goalChange: goals.get(laneKey) ?? null,
      keyResults: group.keyResults.sort((a, b) => compareOrdered((a.after ?? a.before)!, (b.after ?? b.before)!)),
      initiatives: group.initiatives.sort((a, b) => {
        // Unscheduled ones last ("~" sorts after every date).
        const [startA, startB] = [(a.after ?? a.before)!.startDate ?? '~', (b.after ?? b.before)!.startDate ?? '~'];
        return startA < startB ? -1 : startA > startB ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      }),
    }));
}

import type { Confidence } from '../model/check-in';
import type { Goal, GoalStatus } from '../model/goal';
import type { Initiative } from '../model/initiative';
import type { KeyResult } from '../model/key-result';
import { daysBetween, type IsoDate } from '../time/iso-date';
import { selectAlignment } from './alignment';
import { laneKeyOf, selectLanes, UNALIGNED_LANE } from './lanes';
import { keyResultProgress } from './progress';
import type { RoadmapSnapshot } from './roadmap-store';

/** Fields that say where a record sits among its siblings, not what it is: a reorder is not a change. */
const NOT_COMPARED = new Set(['id', 'problems', 'order', 'checkIns', 'latestCheckIn']);

/** The fields (other than position) whose values differ between two versions of a record. */
function differingFields<T extends object>(before: T, after: T): (keyof T & string)[] {
  const fields: (keyof T & string)[] = [];
  for (const field of Object.keys(after) as (keyof T & string)[]) {
    if (NOT_COMPARED.has(field)) continue;
    const a = before[field] as unknown;
    const b = after[field] as unknown;
    if (a === b) continue;
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => item === b[i])) continue;
    fields.push(field);
  }
  return fields;
}

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface InitiativeChange {
  readonly id: string;
  readonly kind: ChangeKind;
  readonly before: Initiative | null;
  readonly after: Initiative | null;
  /** Days the start and end moved (later is positive); 0 for an added or removed initiative. */
  readonly startShift: number;
  readonly endShift: number;
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
  const fields = before && after ? differingFields(before, after) : [];
  if (kind === 'changed' && fields.length === 0) return null;
  const startShift = before && after ? daysBetween(before.startDate, after.startDate) : 0;
  const endShift = before && after ? daysBetween(before.endDate, after.endDate) : 0;
  return {
    id,
    kind,
    before: before ?? null,
    after: after ?? null,
    startShift,
    endShift,
    slipped: endShift > 0,
    realigned: fields.includes('goalId'),
    statusChanged: fields.includes('status'),
    fields,
  };
}

function keyResultChange(id: string, before?: KeyResult, after?: KeyResult): KeyResultChange | null {
  const kind = kindOf(before, after);
  const fields = before && after ? differingFields(before, after) : [];
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

/**
 * What changed between two plans (a baseline's and now, or two roadmaps with the same record ids):
 * initiatives added, removed, rescheduled, re-aligned or changed otherwise; key results and their
 * progress; goals and the status and health they showed on each day. A record that changed and changed
 * back is not listed. Position among siblings (order keys) is not a change.
 */
export function comparePlans(before: RoadmapSnapshot, after: RoadmapSnapshot, days: ComparedDays): PlanChanges {
  const initiatives = new Map<string, InitiativeChange>();
  for (const id of unionOfIds(before.initiatives, after.initiatives)) {
    const change = initiativeChange(id, before.initiatives.get(id), after.initiatives.get(id));
    if (change) initiatives.set(id, change);
  }
  const keyResults = new Map<string, KeyResultChange>();
  for (const id of unionOfIds(before.keyResults, after.keyResults)) {
    const change = keyResultChange(id, before.keyResults.get(id), after.keyResults.get(id));
    if (change) keyResults.set(id, change);
  }
  const standingsBefore = selectAlignment(before, days.before).byGoal;
  const standingsAfter = selectAlignment(after, days.after).byGoal;
  const goals = new Map<string, GoalChange>();
  for (const id of unionOfIds(before.goals, after.goals)) {
    const [then, now] = [before.goals.get(id), after.goals.get(id)];
    const standingThen = standingsBefore.get(id)?.standing;
    const standingNow = standingsAfter.get(id)?.standing;
    const fields = then && now ? differingFields(then, now) : [];
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
  return { groups: groupByLane(before, after, initiatives, keyResults, goals), initiatives, keyResults, goals };
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
  const order = [...selectLanes(after).map((lane) => lane.key), ...selectLanes(before).map((lane) => lane.key)];
  const rank = new Map<string, number>();
  for (const key of order) if (!rank.has(key)) rank.set(key, key === UNALIGNED_LANE ? Infinity : rank.size);
  return [...groups]
    .sort(([a], [b]) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity))
    .map(([laneKey, group]) => ({
      laneKey,
      goal: after.goals.get(laneKey) ?? before.goals.get(laneKey) ?? null,
      goalChange: goals.get(laneKey) ?? null,
      keyResults: group.keyResults,
      initiatives: group.initiatives.sort(
        (a, b) =>
          (a.after ?? a.before)!.startDate.localeCompare((b.after ?? b.before)!.startDate) || a.id.localeCompare(b.id),
      ),
    }));
}

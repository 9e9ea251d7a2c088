import type { Goal } from '../model/goal';
import type { Initiative } from '../model/initiative';
import type { KeyResult } from '../model/key-result';
import { nextUnitStart, startOfUnit } from '../time/calendar-units';
import { addDays, daysBetween, type IsoDate } from '../time/iso-date';
import { selectLanes, type Lane } from './lanes';
import { filterLanes, NO_FILTER, type InitiativeFilter } from './filters';
import { goalStanding, keyResultStanding, type GoalStanding, type KeyResultStanding, type PaceContext } from './pace';
import type { RoadmapSnapshot } from './roadmap-store';
import { derivedCacheOf } from './memo';

/** The days a team's time is counted over (inclusive). */
export interface InvestmentPeriod {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** The fiscal quarter containing `today`: the alignment view's default period. */
export function quarterAround(today: IsoDate, fiscalYearStartMonth: number): InvestmentPeriod {
  const start = startOfUnit(today, 'quarter', fiscalYearStartMonth);
  return { start, end: addDays(nextUnitStart(today, 'quarter', fiscalYearStartMonth), -1) };
}

/** The pace context of a roadmap on a day: its own settings. */
export function paceContextOf(snapshot: RoadmapSnapshot, today: IsoDate): PaceContext {
  const { fiscalYearStartMonth, staleAfterDays, paceTolerance } = snapshot.meta;
  return { today, fiscalYearStartMonth, staleAfterDays, paceTolerance };
}

/** How much of the team's time goes to a goal in the period. */
export interface Investment {
  /** Initiatives (not dropped) that overlap the period. */
  readonly initiatives: number;
  /** Their days inside the period, summed. */
  readonly days: number;
  /** Those days as a share of all initiatives' days in the period, 0–1 (0 when nothing is planned). */
  readonly share: number;
}

/** One goal in the alignment view: its standing, nesting and investment. */
export interface GoalAlignment {
  readonly standing: GoalStanding;
  readonly depth: number;
  readonly investment: Investment;
  /** Key result id → the initiatives (any goal's) that contribute to it, in lane order. */
  readonly contributors: ReadonlyMap<string, readonly Initiative[]>;
}

/** Why a goal is not SMART. */
export type SmartGap = 'no key result' | 'no due date' | 'no owner';

/** What the alignment view calls out; each entry names what to select and reveal. */
export interface AlignmentFlags {
  /** Initiatives on no goal. */
  readonly unaligned: readonly Initiative[];
  /** Initiatives on a goal but serving none of its key results (the goal has some). */
  readonly servingNoKeyResult: readonly Initiative[];
  /** Goals with no initiative in the period. */
  readonly goalsWithoutWork: readonly Goal[];
  /** Key results no initiative in the period contributes to. */
  readonly keyResultsWithoutWork: readonly KeyResult[];
  /** Initiatives that end after their goal's due date. */
  readonly endingAfterGoalDue: readonly Initiative[];
  readonly notSmart: readonly { readonly goal: Goal; readonly gaps: readonly SmartGap[] }[];
  readonly staleKeyResults: readonly KeyResultStanding[];
  readonly behindPaceKeyResults: readonly KeyResultStanding[];
}

/** The alignment of a whole roadmap on a day, over a period. */
export interface Alignment {
  readonly context: PaceContext;
  readonly period: InvestmentPeriod;
  /** Goals in lane order, sub-goals after their parent. */
  readonly goals: readonly GoalAlignment[];
  readonly byGoal: ReadonlyMap<string, GoalAlignment>;
  readonly flags: AlignmentFlags;
  /** All initiatives' days in the period. */
  readonly totalDays: number;
}

/** Days of [start, end] inside the period (inclusive), 0 when they do not meet. */
export function daysInside(start: IsoDate, end: IsoDate, period: InvestmentPeriod): number {
  const from = start > period.start ? start : period.start;
  const to = end < period.end ? end : period.end;
  return to < from ? 0 : daysBetween(from, to) + 1;
}

/** What one lane contributes, computed again only when the lane (or the day, settings, period) changes. */
interface LanePart {
  readonly keyResults: readonly KeyResultStanding[];
  readonly initiativesInPeriod: number;
  readonly days: number;
  /** Initiatives of this lane that contribute to each key result they link (of any goal). */
  readonly contributions: ReadonlyMap<string, readonly Initiative[]>;
  readonly servingNoKeyResult: readonly Initiative[];
  readonly endingAfterGoalDue: readonly Initiative[];
  /** Key results this lane's initiatives in the period contribute to. */
  readonly servedInPeriod: ReadonlySet<string>;
}

const LANE_PARTS = Symbol('alignment lane parts');

function working(initiative: Initiative): boolean {
  return initiative.status !== 'dropped';
}

function lanePart(lane: Lane, context: PaceContext, period: InvestmentPeriod): LanePart {
  const goal = lane.goal ?? undefined;
  const keyResults = lane.keyResults.map((keyResult) => keyResultStanding(keyResult, goal, context));
  const own = new Set(lane.keyResults.map((keyResult) => keyResult.id));
  const contributions = new Map<string, Initiative[]>();
  const servingNoKeyResult: Initiative[] = [];
  const endingAfterGoalDue: Initiative[] = [];
  const servedInPeriod = new Set<string>();
  let initiativesInPeriod = 0;
  let days = 0;
  for (const initiative of lane.initiatives) {
    for (const id of initiative.keyResultIds) {
      const list = contributions.get(id);
      if (list) list.push(initiative);
      else contributions.set(id, [initiative]);
    }
    if (!working(initiative)) continue;
    const inside = daysInside(initiative.startDate, initiative.endDate, period);
    if (inside > 0) {
      initiativesInPeriod++;
      days += inside;
      for (const id of initiative.keyResultIds) servedInPeriod.add(id);
    }
    if (goal && own.size > 0 && !initiative.keyResultIds.some((id) => own.has(id))) servingNoKeyResult.push(initiative);
    if (goal?.dueDate && initiative.endDate > goal.dueDate) endingAfterGoalDue.push(initiative);
  }
  return {
    keyResults,
    initiativesInPeriod,
    days,
    contributions,
    servingNoKeyResult,
    endingAfterGoalDue,
    servedInPeriod,
  };
}

/** The lane's part, from the document's cache while the lane object and the inputs are the same. */
/**
 * How many different days/settings/periods/filters are remembered at once: the inspector and lane headers
 * (this quarter) and the alignment view (the period and filter chosen there) ask for different ones in
 * the same frame, and must not evict each other.
 */
const REMEMBERED_KEYS = 4;

/** Remembers `value` under `key` in `slots`, forgetting the oldest beyond REMEMBERED_KEYS. */
function remember<T>(slots: Map<string, T>, key: string, value: T): T {
  slots.delete(key);
  slots.set(key, value);
  if (slots.size > REMEMBERED_KEYS) slots.delete(slots.keys().next().value!);
  return value;
}

function cachedLanePart(snapshot: RoadmapSnapshot, lane: Lane, context: PaceContext, period: InvestmentPeriod) {
  const cache = derivedCacheOf(snapshot);
  let parts = cache.get(LANE_PARTS) as WeakMap<Lane, Map<string, LanePart>> | undefined;
  if (!parts) cache.set(LANE_PARTS, (parts = new WeakMap()));
  const key = `${JSON.stringify(context)}|${period.start}|${period.end}`;
  let slots = parts.get(lane);
  if (!slots) parts.set(lane, (slots = new Map()));
  return slots.get(key) ?? remember(slots, key, lanePart(lane, context, period));
}

/** Goals that are still being worked towards (an owner's "achieved" or "dropped" ends that). */
function open(goal: Goal): boolean {
  return !(goal.statusSetBy === 'owner' && (goal.status === 'achieved' || goal.status === 'dropped'));
}

/** What an alignment is computed over: the period (default: the fiscal quarter around today), the filter. */
export interface AlignmentOptions {
  readonly period?: InvestmentPeriod;
  /** The canvas's filter: only matching initiatives count (goals and key results all show). */
  readonly filter?: InitiativeFilter;
}

/**
 * The roadmap's goal alignment on `today`: each goal rolled up from its key results and sub-goals, its
 * investment in the period, and the flags. Recomputes only the lanes that changed since the last call for
 * this document (and nothing when lanes, day, settings, period and filter are the same).
 */
export function selectAlignment(snapshot: RoadmapSnapshot, today: IsoDate, options: AlignmentOptions = {}): Alignment {
  const context = paceContextOf(snapshot, today);
  const span = options.period ?? quarterAround(today, context.fiscalYearStartMonth);
  const filter = options.filter ?? NO_FILTER;
  const lanes = selectLanes(snapshot);
  const cache = derivedCacheOf(snapshot);
  const key = `${JSON.stringify(context)}|${span.start}|${span.end}|${JSON.stringify(filter)}`;
  let slots = cache.get(LAST_ALIGNMENT) as Map<string, { lanes: readonly Lane[]; result: Alignment }> | undefined;
  if (!slots) cache.set(LAST_ALIGNMENT, (slots = new Map()));
  const last = slots.get(key);
  if (last && last.lanes === lanes) return last.result;
  const result = computeAlignment(snapshot, filterLanes(lanes, filter), context, span);
  remember(slots, key, { lanes, result });
  return result;
}

const LAST_ALIGNMENT = Symbol('last alignment');

function computeAlignment(
  snapshot: RoadmapSnapshot,
  lanes: readonly Lane[],
  context: PaceContext,
  span: InvestmentPeriod,
): Alignment {
  const parts = new Map(lanes.map((lane) => [lane.key, cachedLanePart(snapshot, lane, context, span)]));
  const totalDays = [...parts.values()].reduce((sum, part) => sum + part.days, 0);

  // Every key result's contributors, whichever lane they sit in, in lane order.
  const contributors = new Map<string, Initiative[]>();
  const servedInPeriod = new Set<string>();
  for (const part of parts.values()) {
    for (const [id, list] of part.contributions) {
      const all = contributors.get(id);
      if (all) all.push(...list);
      else contributors.set(id, [...list]);
    }
    for (const id of part.servedInPeriod) servedInPeriod.add(id);
  }

  // Roll up bottom-up: a lane's sub-goals come after it, so walk the lanes backwards.
  const standings = new Map<string, GoalStanding>();
  const childrenOf = new Map<string, GoalStanding[]>();
  for (let index = lanes.length - 1; index >= 0; index--) {
    const lane = lanes[index]!;
    if (!lane.goal) continue;
    const standing = goalStanding(
      lane.goal,
      parts.get(lane.key)!.keyResults,
      childrenOf.get(lane.goal.id) ?? [],
      context,
    );
    standings.set(lane.goal.id, standing);
    if (lane.depth > 0 && lane.goal.parentId !== null) {
      const siblings = childrenOf.get(lane.goal.parentId);
      if (siblings) siblings.unshift(standing);
      else childrenOf.set(lane.goal.parentId, [standing]);
    }
  }

  const goals: GoalAlignment[] = [];
  const unaligned: Initiative[] = [];
  const servingNoKeyResult: Initiative[] = [];
  const goalsWithoutWork: Goal[] = [];
  const keyResultsWithoutWork: KeyResult[] = [];
  const endingAfterGoalDue: Initiative[] = [];
  const notSmart: { goal: Goal; gaps: SmartGap[] }[] = [];
  const staleKeyResults: KeyResultStanding[] = [];
  const behindPaceKeyResults: KeyResultStanding[] = [];
  for (const lane of lanes) {
    const part = parts.get(lane.key)!;
    if (!lane.goal) {
      unaligned.push(...lane.initiatives.filter(working));
      continue;
    }
    const goal = lane.goal;
    const laneContributors = new Map(
      lane.keyResults.map((keyResult) => [keyResult.id, contributors.get(keyResult.id) ?? []]),
    );
    goals.push({
      standing: standings.get(goal.id)!,
      depth: lane.depth,
      investment: {
        initiatives: part.initiativesInPeriod,
        days: part.days,
        share: totalDays > 0 ? part.days / totalDays : 0,
      },
      contributors: laneContributors,
    });
    servingNoKeyResult.push(...part.servingNoKeyResult);
    endingAfterGoalDue.push(...part.endingAfterGoalDue);
    const gaps: SmartGap[] = [];
    if (lane.keyResults.length === 0) gaps.push('no key result');
    if (!goal.dueDate) gaps.push('no due date');
    if (!goal.owner.trim()) gaps.push('no owner');
    if (gaps.length > 0) notSmart.push({ goal, gaps });
    if (!open(goal)) continue;
    if (part.initiativesInPeriod === 0) goalsWithoutWork.push(goal);
    for (const standing of part.keyResults) {
      if (!servedInPeriod.has(standing.keyResult.id)) keyResultsWithoutWork.push(standing.keyResult);
      if (standing.stale) staleKeyResults.push(standing);
      if (standing.behindPace) behindPaceKeyResults.push(standing);
    }
  }
  return {
    context,
    period: span,
    goals,
    byGoal: new Map(goals.map((row) => [row.standing.goal.id, row])),
    flags: {
      unaligned,
      servingNoKeyResult,
      goalsWithoutWork,
      keyResultsWithoutWork,
      endingAfterGoalDue,
      notSmart,
      staleKeyResults,
      behindPaceKeyResults,
    },
    totalDays,
  };
}

import type { Goal } from '../model/goal';
import type { Initiative } from '../model/initiative';
import type { KeyResult } from '../model/key-result';
import { nextUnitStart, startOfUnit } from '../time/calendar-units';
import { addDays, daysBetween, type IsoDate } from '../time/iso-date';
import { selectLanes, type Lane } from './lanes';
import { filterLanes, NO_FILTER, type InitiativeFilter } from './filters';
import { goalStanding, keyResultStanding, type GoalStanding, type KeyResultStanding, type PaceContext } from './pace';
import type { RoadmapSnapshot } from './roadmap-store';
import { derivedCacheOf, sameItems } from './memo';

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
  /** The lane's initiatives still being worked on, when it is the Unaligned lane (else none). */
  readonly unaligned: readonly Initiative[];
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
    unaligned: goal ? NONE : lane.initiatives.filter(working),
    servingNoKeyResult,
    endingAfterGoalDue,
    servedInPeriod,
  };
}

const NONE: readonly never[] = Object.freeze([]);

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

/** The lane's part, from the document's cache while the lane object and the inputs (`key`) are the same. */
function cachedLanePart(
  parts: WeakMap<Lane, Map<string, LanePart>>,
  key: string,
  lane: Lane,
  context: PaceContext,
  period: InvestmentPeriod,
): LanePart {
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

/** One computation, kept for the next one with the same inputs but new lanes. */
interface Computed {
  readonly lanes: readonly Lane[];
  readonly result: Alignment;
  readonly memory: Memory;
}

/**
 * The roadmap's goal alignment on `today`: each goal rolled up from its key results and sub-goals, its
 * investment in the period, and the flags. Incremental: a lane that did not change keeps its part, a goal
 * whose part and sub-goals did not change keeps its standing and row, and only the key results whose
 * contributors changed are joined again; nothing is computed when lanes, day, settings, period and filter
 * are the same as last time.
 */
export function selectAlignment(snapshot: RoadmapSnapshot, today: IsoDate, options: AlignmentOptions = {}): Alignment {
  const context = paceContextOf(snapshot, today);
  const span = options.period ?? quarterAround(today, context.fiscalYearStartMonth);
  const filter = options.filter ?? NO_FILTER;
  const lanes = selectLanes(snapshot);
  const cache = derivedCacheOf(snapshot);
  const partKey = `${JSON.stringify(context)}|${span.start}|${span.end}`;
  const key = `${partKey}|${JSON.stringify(filter)}`;
  let slots = cache.get(LAST_ALIGNMENT) as Map<string, Computed> | undefined;
  if (!slots) cache.set(LAST_ALIGNMENT, (slots = new Map()));
  const last = slots.get(key);
  if (last && last.lanes === lanes) return last.result;
  let partsCache = cache.get(LANE_PARTS) as WeakMap<Lane, Map<string, LanePart>> | undefined;
  if (!partsCache) cache.set(LANE_PARTS, (partsCache = new WeakMap()));
  const shown = filterLanes(lanes, filter);
  const parts = shown.map((lane) => cachedLanePart(partsCache, partKey, lane, context, span));
  const { result, memory } = computeAlignment(shown, parts, context, span, last?.memory);
  remember(slots, key, { lanes, result, memory });
  return result;
}

const LAST_ALIGNMENT = Symbol('last alignment');

/** What the previous computation (same day, settings, period, filter) leaves for the next. */
interface Memory {
  readonly laneKeys: readonly string[];
  readonly parts: readonly LanePart[];
  readonly contributors: ReadonlyMap<string, readonly Initiative[]>;
  readonly served: ReadonlySet<string>;
  /** Goal id → its standing and what it was rolled up from. */
  readonly standings: ReadonlyMap<string, RolledUp>;
  readonly rows: ReadonlyMap<string, GoalAlignment>;
  readonly flags: AlignmentFlags;
}

interface RolledUp {
  readonly part: LanePart;
  readonly subGoals: readonly GoalStanding[];
  readonly standing: GoalStanding;
}

/**
 * Every key result's contributors, whichever lane they sit in, in lane order, and the key results served
 * in the period. With the same lanes in the same order as last time, only the key results whose
 * contributions changed in a changed lane are joined again.
 */
function joinContributors(
  laneKeys: readonly string[],
  parts: readonly LanePart[],
  previous: Memory | undefined,
): Pick<Memory, 'contributors' | 'served'> {
  if (!previous || !sameItems(laneKeys, previous.laneKeys)) {
    const contributors = new Map<string, Initiative[]>();
    const served = new Set<string>();
    for (const part of parts) {
      for (const [id, list] of part.contributions) {
        const all = contributors.get(id);
        if (all) all.push(...list);
        else contributors.set(id, [...list]);
      }
      for (const id of part.servedInPeriod) served.add(id);
    }
    return { contributors, served };
  }
  const rejoin = new Set<string>();
  const recount = new Set<string>();
  parts.forEach((part, index) => {
    const before = previous.parts[index]!;
    if (part === before) return;
    for (const id of new Set([...before.contributions.keys(), ...part.contributions.keys()])) {
      if (!sameItems(before.contributions.get(id) ?? NONE, part.contributions.get(id) ?? NONE)) rejoin.add(id);
    }
    for (const id of before.servedInPeriod) if (!part.servedInPeriod.has(id)) recount.add(id);
    for (const id of part.servedInPeriod) if (!before.servedInPeriod.has(id)) recount.add(id);
  });
  let { contributors, served } = previous;
  if (rejoin.size > 0) {
    const joined = new Map(contributors);
    for (const id of rejoin) {
      const all: Initiative[] = [];
      for (const part of parts) {
        const list = part.contributions.get(id);
        if (list) all.push(...list);
      }
      if (all.length > 0) joined.set(id, all);
      else joined.delete(id);
    }
    contributors = joined;
  }
  if (recount.size > 0) {
    const counted = new Set(served);
    for (const id of recount) {
      if (parts.some((part) => part.servedInPeriod.has(id))) counted.add(id);
      else counted.delete(id);
    }
    served = counted;
  }
  return { contributors, served };
}

function computeAlignment(
  lanes: readonly Lane[],
  parts: readonly LanePart[],
  context: PaceContext,
  span: InvestmentPeriod,
  previous: Memory | undefined,
): { result: Alignment; memory: Memory } {
  const laneKeys = lanes.map((lane) => lane.key);
  const totalDays = parts.reduce((sum, part) => sum + part.days, 0);
  const { contributors, served } = joinContributors(laneKeys, parts, previous);

  // Roll up bottom-up: a lane's sub-goals come after it, so walk the lanes backwards. A goal whose part and
  // sub-goals' standings are the ones it was rolled up from last time keeps its standing.
  const standings = new Map<string, RolledUp>();
  const childrenOf = new Map<string, GoalStanding[]>();
  for (let index = lanes.length - 1; index >= 0; index--) {
    const lane = lanes[index]!;
    if (!lane.goal) continue;
    const part = parts[index]!;
    const subGoals = childrenOf.get(lane.goal.id) ?? NONE;
    const before = previous?.standings.get(lane.goal.id);
    const rolledUp =
      before && before.part === part && before.standing.goal === lane.goal && sameItems(before.subGoals, subGoals)
        ? before
        : { part, subGoals, standing: goalStanding(lane.goal, part.keyResults, subGoals, context) };
    standings.set(lane.goal.id, rolledUp);
    if (lane.depth > 0 && lane.goal.parentId !== null) {
      const siblings = childrenOf.get(lane.goal.parentId);
      if (siblings) siblings.unshift(rolledUp.standing);
      else childrenOf.set(lane.goal.parentId, [rolledUp.standing]);
    }
  }

  const goals: GoalAlignment[] = [];
  const rows = new Map<string, GoalAlignment>();
  // The long flag lists (thousands of initiatives at scale) are last time's while no lane's share changed.
  const sameLanes = previous !== undefined && sameItems(laneKeys, previous.laneKeys);
  const joined = (listOf: (part: LanePart) => readonly Initiative[], before: readonly Initiative[] | undefined) =>
    before &&
    sameLanes &&
    parts.every(
      (part, index) => part === previous.parts[index] || sameItems(listOf(part), listOf(previous.parts[index]!)),
    )
      ? before
      : parts.flatMap(listOf);
  const unaligned = joined((part) => part.unaligned, previous?.flags.unaligned);
  const servingNoKeyResult = joined((part) => part.servingNoKeyResult, previous?.flags.servingNoKeyResult);
  const endingAfterGoalDue = joined((part) => part.endingAfterGoalDue, previous?.flags.endingAfterGoalDue);
  const goalsWithoutWork: Goal[] = [];
  const keyResultsWithoutWork: KeyResult[] = [];
  const notSmart: { goal: Goal; gaps: SmartGap[] }[] = [];
  const staleKeyResults: KeyResultStanding[] = [];
  const behindPaceKeyResults: KeyResultStanding[] = [];
  lanes.forEach((lane, index) => {
    const part = parts[index]!;
    if (!lane.goal) return;
    const goal = lane.goal;
    const row = goalRow(lane, part, standings.get(goal.id)!.standing, contributors, totalDays, previous);
    goals.push(row);
    rows.set(goal.id, row);
    const gaps: SmartGap[] = [];
    if (lane.keyResults.length === 0) gaps.push('no key result');
    if (!goal.dueDate) gaps.push('no due date');
    if (!goal.owner.trim()) gaps.push('no owner');
    if (gaps.length > 0) notSmart.push({ goal, gaps });
    if (!open(goal)) return;
    if (part.initiativesInPeriod === 0) goalsWithoutWork.push(goal);
    for (const standing of part.keyResults) {
      if (!served.has(standing.keyResult.id)) keyResultsWithoutWork.push(standing.keyResult);
      if (standing.stale) staleKeyResults.push(standing);
      if (standing.behindPace) behindPaceKeyResults.push(standing);
    }
  });
  const result: Alignment = {
    context,
    period: span,
    goals,
    byGoal: rows,
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
  return { result, memory: { laneKeys, parts, contributors, served, standings, rows, flags: result.flags } };
}

/** A goal's row: last time's object while its standing, investment and contributors are the same. */
function goalRow(
  lane: Lane,
  part: LanePart,
  standing: GoalStanding,
  contributors: ReadonlyMap<string, readonly Initiative[]>,
  totalDays: number,
  previous: Memory | undefined,
): GoalAlignment {
  const share = totalDays > 0 ? part.days / totalDays : 0;
  const before = previous?.rows.get(lane.goal!.id);
  const sameContributors =
    before !== undefined &&
    before.contributors.size === lane.keyResults.length &&
    lane.keyResults.every(
      (keyResult) => before.contributors.get(keyResult.id) === (contributors.get(keyResult.id) ?? NONE),
    );
  if (
    before &&
    sameContributors &&
    before.standing === standing &&
    before.depth === lane.depth &&
    before.investment.initiatives === part.initiativesInPeriod &&
    before.investment.days === part.days &&
    before.investment.share === share
  ) {
    return before;
  }
  return {
    standing,
    depth: lane.depth,
    investment: { initiatives: part.initiativesInPeriod, days: part.days, share },
    contributors: sameContributors
      ? before.contributors
      : new Map(lane.keyResults.map((keyResult) => [keyResult.id, contributors.get(keyResult.id) ?? NONE])),
  };
}

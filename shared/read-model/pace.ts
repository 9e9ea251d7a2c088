import type { Confidence } from '../model/check-in';
import type { Goal, GoalStatus, StatusSource } from '../model/goal';
import type { KeyResult } from '../model/key-result';
import { startOfUnit } from '../time/calendar-units';
import { daysBetween, type IsoDate } from '../time/iso-date';
import { keyResultProgress, weightedProgress } from './progress';

/** What pace, staleness and health are measured against: the day, and the roadmap's settings. */
export interface PaceContext {
  readonly today: IsoDate;
  readonly fiscalYearStartMonth: number;
  /** A key result with no check-in for more days than this is stale. */
  readonly staleAfterDays: number;
  /** Points progress may trail the expected pace before it is "behind pace". */
  readonly paceTolerance: number;
}

/** The span a key result's target is to be reached over. */
export interface Period {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** How a key result stands today. */
export interface KeyResultStanding {
  readonly keyResult: KeyResult;
  /** 0–100, from baseline to target. */
  readonly progress: number;
  /** Where progress would be today on a straight line over its period, 0–100; null without a due date. */
  readonly expected: number | null;
  readonly period: Period | null;
  readonly behindPace: boolean;
  /** Days since the latest check-in; null before the first. */
  readonly daysSinceCheckIn: number | null;
  readonly stale: boolean;
  /** The latest check-in's confidence, worsened to at risk when behind pace; null with neither. */
  readonly health: Confidence | null;
}

const RANK: Record<Confidence, number> = { 'on-track': 0, 'at-risk': 1, 'off-track': 2 };

/** The weaker of two healths (off track over at risk over on track); null counts as no information. */
export function weakest(a: Confidence | null, b: Confidence | null): Confidence | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[b] > RANK[a] ? b : a;
}

/**
 * A key result's period: from its goal's start, else from the earlier of the roadmap's current (fiscal)
 * quarter start and its first check-in; to its due date, else its goal's. None without either due date.
 */
export function keyResultPeriod(keyResult: KeyResult, goal: Goal | undefined, context: PaceContext): Period | null {
  const end = keyResult.dueDate ?? goal?.dueDate ?? null;
  if (end === null) return null;
  const quarterStart = startOfUnit(context.today, 'quarter', context.fiscalYearStartMonth);
  const firstCheckIn = keyResult.checkIns[0]?.date;
  const start =
    goal?.startDate ?? (firstCheckIn !== undefined && firstCheckIn < quarterStart ? firstCheckIn : quarterStart);
  return { start, end };
}

/** The share of a period elapsed by `today`, 0–100 (a period that ends before it starts is all or nothing). */
export function expectedProgress(period: Period, today: IsoDate): number {
  if (today >= period.end) return 100;
  if (today <= period.start) return 0;
  return (daysBetween(period.start, today) / daysBetween(period.start, period.end)) * 100;
}

/** How a key result stands today: progress, pace, staleness and health. */
export function keyResultStanding(
  keyResult: KeyResult,
  goal: Goal | undefined,
  context: PaceContext,
): KeyResultStanding {
  const progress = keyResultProgress(keyResult);
  const period = keyResultPeriod(keyResult, goal, context);
  const expected = period ? expectedProgress(period, context.today) : null;
  // A met key result is never behind.
  const behindPace = expected !== null && progress < 100 && expected - progress > context.paceTolerance;
  const latest = keyResult.latestCheckIn;
  const daysSinceCheckIn = latest ? Math.max(0, daysBetween(latest.date, context.today)) : null;
  return {
    keyResult,
    progress,
    expected,
    period,
    behindPace,
    daysSinceCheckIn,
    stale: daysSinceCheckIn !== null && daysSinceCheckIn > context.staleAfterDays,
    health: weakest(latest?.confidence ?? null, behindPace ? 'at-risk' : null),
  };
}

/** Something counted in a goal's progress, with its weight. */
interface Weighted {
  readonly weight: number;
  readonly progress: number | null;
  readonly expected: number | null;
}

function weightedMean(items: readonly Weighted[], valueOf: (item: Weighted) => number | null): number | null {
  return weightedProgress(items.map((item) => ({ weight: item.weight, progress: valueOf(item) })));
}

/** How a goal stands today, rolled up from its key results and sub-goals. */
export interface GoalStanding {
  readonly goal: Goal;
  /** Weighted mean of its key results' and sub-goals' progress, 0–100; null with nothing measurable. */
  readonly progress: number | null;
  /** The same mean of where they would be on pace today; null when none has a period. */
  readonly expected: number | null;
  readonly behindPace: boolean;
  /** The weakest health of its key results and sub-goals (and at risk when behind pace); null before any check-in. */
  readonly health: Confidence | null;
  /** What the goal shows: its health when it takes its status from check-ins and has one, else the owner's. */
  readonly status: GoalStatus;
  readonly statusSource: StatusSource;
  readonly keyResults: readonly KeyResultStanding[];
  /** Its key results with no check-in for longer than the roadmap allows. */
  readonly staleKeyResults: number;
}

/**
 * Rolls a goal up from its key results (each by its weight) and its sub-goals' standings (each counting as
 * one key result of its own weight). Pure: the caller walks the goal tree bottom-up.
 */
export function goalStanding(
  goal: Goal,
  keyResults: readonly KeyResultStanding[],
  subGoals: readonly GoalStanding[],
  context: PaceContext,
): GoalStanding {
  const items: Weighted[] = [
    ...keyResults.map((standing) => ({
      weight: standing.keyResult.weight,
      progress: standing.progress,
      expected: standing.expected,
    })),
    ...subGoals.map((standing) => ({
      weight: standing.goal.weight,
      progress: standing.progress,
      expected: standing.expected,
    })),
  ];
  const progress = weightedMean(items, (item) => item.progress);
  const expected = weightedMean(
    items.filter((item) => item.expected !== null),
    (item) => item.expected,
  );
  const behindPace =
    progress !== null && expected !== null && progress < 100 && expected - progress > context.paceTolerance;
  let health: Confidence | null = behindPace ? 'at-risk' : null;
  for (const standing of keyResults) if (standing.keyResult.weight > 0) health = weakest(health, standing.health);
  for (const standing of subGoals) if (standing.goal.weight > 0) health = weakest(health, standing.health);
  const fromCheckIns = goal.statusSetBy === 'check-ins' && health !== null;
  return {
    goal,
    progress,
    expected,
    behindPace,
    health,
    status: fromCheckIns && health !== null ? health : goal.status,
    statusSource: fromCheckIns ? 'check-ins' : 'owner',
    keyResults,
    staleKeyResults: keyResults.filter((standing) => standing.stale).length,
  };
}

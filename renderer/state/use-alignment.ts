import { selectAlignment, type GoalAlignment, type GoalStatus } from '../../shared';
import { useRoadmap } from './session-context';
import { useToday } from './use-today';

/** One goal's row of the alignment: its standing (progress, pace, health), investment and contributors. */
export function useGoalAlignment(goalId: string): GoalAlignment | undefined {
  const today = useToday();
  return useRoadmap((snapshot) => selectAlignment(snapshot, today).byGoal.get(goalId));
}

/** What a lane header shows of its goal's standing: plain values, so a lane re-renders only when they change. */
export interface LaneStanding {
  readonly status: GoalStatus;
  readonly fromCheckIns: boolean;
  /** Rounded to whole points (what is shown). */
  readonly progress: number | null;
  readonly expected: number | null;
  readonly behindPace: boolean;
  readonly staleKeyResults: number;
}

const sameStanding = (a: LaneStanding | null, b: LaneStanding | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.status === b.status &&
    a.fromCheckIns === b.fromCheckIns &&
    a.progress === b.progress &&
    a.expected === b.expected &&
    a.behindPace === b.behindPace &&
    a.staleKeyResults === b.staleKeyResults);

/** A goal's standing as its lane header shows it; null for Unaligned. */
export function useLaneStanding(goalId: string | null): LaneStanding | null {
  const today = useToday();
  return useRoadmap((snapshot) => {
    const standing = goalId === null ? undefined : selectAlignment(snapshot, today).byGoal.get(goalId)?.standing;
    if (!standing) return null;
    const round = (value: number | null) => (value === null ? null : Math.round(value));
    return {
      status: standing.status,
      fromCheckIns: standing.statusSource === 'check-ins',
      progress: round(standing.progress),
      expected: round(standing.expected),
      behindPace: standing.behindPace,
      staleKeyResults: standing.staleKeyResults,
    };
  }, sameStanding);
}

import { useMemo } from 'react';
import {
  compareBaselinesNewestFirst,
  comparePlans,
  localDayOf,
  planAtBaseline,
  type Baseline,
  type PlanChanges,
} from '../../shared';
import { useRoadmap, useSession } from './session-context';
import { useToday } from './use-today';
import { useUiStore } from './ui-store';

/** The roadmap's baselines, newest first. */
export function useBaselines(): readonly Baseline[] {
  const baselines = useRoadmap((snapshot) => snapshot.baselines);
  return useMemo(() => [...baselines.values()].sort(compareBaselinesNewestFirst), [baselines]);
}

/**
 * What changed since a baseline (the latest when `baselineId` is null or gone), kept up to date with
 * every edit; null when the roadmap has no baseline. Each side is looked at on its own day (the baseline's
 * taking day, today) for pace and health.
 */
export function useChangesSince(
  baselineId: string | null,
  enabled = true,
): { baseline: Baseline; changes: PlanChanges } | null {
  const session = useSession();
  const baselines = useBaselines();
  const snapshot = useRoadmap((current) => current);
  const today = useToday();
  const baseline = baselines.find((candidate) => candidate.id === baselineId) ?? baselines[0] ?? null;
  return useMemo(() => {
    if (!baseline || !enabled) return null;
    const before = planAtBaseline(session.doc, baseline);
    const changes = comparePlans(before, snapshot, { before: localDayOf(new Date(baseline.takenAt)), after: today });
    return { baseline, changes };
  }, [session, baseline, snapshot, today, enabled]);
}

/** What the timeline compares with: the changes since the chosen baseline while comparing, else null. */
export function useTimelineComparison(): { baseline: Baseline; changes: PlanChanges } | null {
  const comparing = useUiStore((state) => state.comparing);
  const baselineId = useUiStore((state) => state.comparedBaselineId);
  return useChangesSince(baselineId, comparing);
}

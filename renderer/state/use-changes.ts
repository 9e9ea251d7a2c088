import { useEffect, useMemo, useState } from 'react';
import {
  compareBaselinesNewestFirst,
  comparePlans,
  hasPlanAtBaseline,
  localDayOf,
  planAtBaseline,
  type Baseline,
  type PlanChanges,
} from '../../shared';
import { useRoadmap, useSession } from './session-context';
import { useToday } from './use-today';

/** The roadmap's baselines, newest first. */
export function useBaselines(): readonly Baseline[] {
  const baselines = useRoadmap((snapshot) => snapshot.baselines);
  return useMemo(() => [...baselines.values()].sort(compareBaselinesNewestFirst), [baselines]);
}

/**
 * What changed since a baseline (the latest when `baselineId` is null or gone), kept up to date with
 * every edit; null when the roadmap has no baseline. Each side is looked at on its own day (the baseline's
 * taking day, today) for pace and health. `changes` is null while the baseline's plan is being rebuilt:
 * that takes about as long as opening the roadmap (0.4–0.8 s at 10,000 initiatives), once per baseline, so
 * it is done after the view has painted, not in the click that opened it. The plan shares the live plan's
 * unchanged records, so comparing looks only at what changed.
 */
export function useChangesSince(baselineId: string | null): {
  baseline: Baseline;
  changes: PlanChanges | null;
  /** Why the baseline's plan could not be rebuilt (a damaged snapshot from a peer or a file). */
  unreadable: string | null;
} | null {
  const session = useSession();
  const baselines = useBaselines();
  const snapshot = useRoadmap((current) => current);
  const today = useToday();
  const baseline = baselines.find((candidate) => candidate.id === baselineId) ?? baselines[0] ?? null;
  const ready = baseline !== null && hasPlanAtBaseline(session.doc, baseline);
  const [, setRebuilt] = useState(0);
  const [failed, setFailed] = useState<{ baseline: Baseline; message: string } | null>(null);
  const unreadable = baseline !== null && failed?.baseline === baseline ? failed.message : null;
  useEffect(() => {
    if (!baseline || ready || unreadable) return;
    // The frame callback runs just before a paint; the timeout it sets, just after.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        try {
          planAtBaseline(session.doc, baseline, session.store.getSnapshot());
          setRebuilt((count) => count + 1);
        } catch (error) {
          setFailed({ baseline, message: error instanceof Error ? error.message : String(error) });
        }
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [session, baseline, ready, unreadable]);
  return useMemo(() => {
    if (!baseline) return null;
    if (!ready) return { baseline, changes: null, unreadable };
    const before = planAtBaseline(session.doc, baseline);
    const changes = comparePlans(before, snapshot, { before: localDayOf(new Date(baseline.takenAt)), after: today });
    return { baseline, changes, unreadable: null };
  }, [session, baseline, ready, unreadable, snapshot, today]);
}

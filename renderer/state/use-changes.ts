import { useEffect, useMemo, useState } from 'react';
import {
  compareBaselinesNewestFirst,
  comparePlans,
  hasPlanAtBaseline,
  localDayOf,
  planAtBaseline,
  type Baseline,
  type ComparedDays,
  type PlanChanges,
  type RoadmapSnapshot,
} from '../../shared';
import { useRoadmap, useSession } from './session-context';
import { useToday } from './use-today';
import { useUiStore } from './ui-store';
import { readStoredPlan, type StoredPlan } from './stored-plan';

/** The roadmap's baselines, newest first. */
export function useBaselines(): readonly Baseline[] {
  const baselines = useRoadmap((snapshot) => snapshot.baselines);
  return useMemo(() => [...baselines.values()].sort(compareBaselinesNewestFirst), [baselines]);
}

/** What the plan is compared with: one of its baselines, or another roadmap (a duplicate, the original). */
export type ComparedWith =
  | { readonly kind: 'baseline'; readonly baseline: Baseline }
  | { readonly kind: 'roadmap'; readonly roadmapId: string; readonly title: string; readonly readAt: Date };

export interface Comparison {
  readonly with: ComparedWith;
  /** What the comparison is called: the baseline's name, or the other roadmap's title. */
  readonly name: string;
  /**
   * Null while a baseline's plan is being rebuilt: that takes about as long as opening the roadmap (0.4–0.8 s
   * at 10,000 initiatives), once per baseline, so it is done after the view has painted, not in the click
   * that asked for it. The plan shares the live plan's unchanged records, so comparing looks only at what
   * changed.
   */
  readonly changes: PlanChanges | null;
  /** Why the baseline's plan could not be rebuilt (a damaged snapshot from a peer or a file), else null. */
  readonly unreadable: string | null;
  /** Comparing with a roadmap that shares no goal and no initiative with this one (not a duplicate of it). */
  readonly unrelated: boolean;
}

/** Whether two plans have no goal and no initiative in common although both have some. */
function shareNothing(a: RoadmapSnapshot, b: RoadmapSnapshot): boolean {
  const some = (x: RoadmapSnapshot) => x.goals.size + x.initiatives.size > 0;
  if (!some(a) || !some(b)) return false;
  for (const id of a.goals.keys()) if (b.goals.has(id)) return false;
  for (const id of a.initiatives.keys()) if (b.initiatives.has(id)) return false;
  return true;
}

// The last comparison of each "before" plan: the timeline and the bar above it ask for the same one.
const lastComparisons = new WeakMap<RoadmapSnapshot, { after: RoadmapSnapshot; days: string; changes: PlanChanges }>();

function compareOnce(before: RoadmapSnapshot, after: RoadmapSnapshot, days: ComparedDays): PlanChanges {
  const key = `${days.before} ${days.after}`;
  const last = lastComparisons.get(before);
  if (last && last.after === after && last.days === key) return last.changes;
  const changes = comparePlans(before, after, days);
  lastComparisons.set(before, { after, days: key, changes });
  return changes;
}

// Another roadmap's plan, read once per pick (see readStoredPlan), shared by the views that compare with it.
const storedPlans = new Map<string, Promise<StoredPlan>>();

/** Reads the compared roadmap again (it may have been edited since): every view comparing with it updates. */
export function readComparedRoadmapAgain(): void {
  const { comparedRoadmapId, comparedRoadmapReads } = useUiStore.getState();
  if (!comparedRoadmapId) return;
  storedPlans.delete(comparedRoadmapId);
  useUiStore.setState({ comparedRoadmapReads: comparedRoadmapReads + 1 });
}

function useStoredPlan(roadmapId: string | null): StoredPlan | null {
  const [loaded, setLoaded] = useState<StoredPlan | null>(null);
  const reads = useUiStore((state) => state.comparedRoadmapReads);
  useEffect(() => {
    if (!roadmapId) return;
    let current = true;
    let reading = storedPlans.get(roadmapId);
    if (!reading) storedPlans.set(roadmapId, (reading = readStoredPlan(roadmapId)));
    reading.then(
      (plan) => {
        if (current) setLoaded(plan);
      },
      () => {
        storedPlans.delete(roadmapId);
        if (!current) return;
        useUiStore.setState({ comparedRoadmapId: null });
        useUiStore.getState().notify('That roadmap could not be read, so it is not compared.');
      },
    );
    return () => {
      current = false;
    };
  }, [roadmapId, reads]);
  return loaded && loaded.roadmapId === roadmapId ? loaded : null;
}

/**
 * What changed since the chosen baseline (the latest when none is chosen or it is gone), or between the
 * chosen other roadmap and this one; kept up to date with every edit here. Null when there is nothing to
 * compare with (no baseline, the other roadmap still being read) or `enabled` is false. A baseline's side
 * is looked at on its taking day and this side today (for pace and health); another roadmap's today too.
 */
export function useComparison(enabled = true): Comparison | null {
  const session = useSession();
  const baselines = useBaselines();
  const snapshot = useRoadmap((current) => current);
  const today = useToday();
  const baselineId = useUiStore((state) => state.comparedBaselineId);
  const roadmapId = useUiStore((state) => (enabled ? state.comparedRoadmapId : null));
  const titleOf = useUiStore((state) => state.comparedRoadmapTitle);
  const stored = useStoredPlan(roadmapId);
  const baseline = baselines.find((candidate) => candidate.id === baselineId) ?? baselines[0] ?? null;
  const ready = baseline !== null && hasPlanAtBaseline(session.doc, baseline);
  const [, setRebuilt] = useState(0);
  const [failed, setFailed] = useState<{ baseline: Baseline; message: string } | null>(null);
  const unreadable = baseline !== null && failed?.baseline === baseline ? failed.message : null;
  useEffect(() => {
    if (!enabled || roadmapId || !baseline || ready || unreadable) return;
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
  }, [enabled, roadmapId, session, baseline, ready, unreadable]);
  return useMemo(() => {
    if (!enabled) return null;
    if (roadmapId) {
      if (!stored) return null;
      const changes = compareOnce(stored.plan, snapshot, { before: today, after: today });
      return {
        with: { kind: 'roadmap', roadmapId, title: titleOf, readAt: stored.readAt },
        name: titleOf,
        changes,
        unrelated: shareNothing(stored.plan, snapshot),
        unreadable: null,
      };
    }
    if (!baseline) return null;
    const named = { with: { kind: 'baseline', baseline }, name: baseline.name, unrelated: false } as const;
    if (!ready) return { ...named, changes: null, unreadable };
    const before = planAtBaseline(session.doc, baseline);
    const changes = compareOnce(before, snapshot, { before: localDayOf(new Date(baseline.takenAt)), after: today });
    return { ...named, changes, unreadable: null };
  }, [enabled, roadmapId, stored, titleOf, session, baseline, ready, unreadable, snapshot, today]);
}

/** What the timeline compares with while comparing, else null. */
export function useTimelineComparison(): Comparison | null {
  return useComparison(useUiStore((state) => state.comparing));
}

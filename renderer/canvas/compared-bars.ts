import {
  changeMarkOf,
  laneKeyOf,
  type ComparedBar,
  type ComparedBars,
  type Goal,
  type PlanChanges,
} from '../../shared';
import { estimateTextWidth, OUTSIDE_LABEL_GAP } from './geometry';

/** The widest a change mark is drawn ("+12 d · from ‹a long goal›" is ellipsized there). */
export const MARK_MAX_WIDTH = 220;

/** How wide a change mark is drawn beside its bar (11 px text in a padded chip), with the gap before it. */
export function markWidth(text: string): number {
  return Math.min(MARK_MAX_WIDTH, estimateTextWidth(text, 6.3, 12)) + OUTSIDE_LABEL_GAP;
}

function sameBars(a: ComparedBars, b: ComparedBars): boolean {
  if (a.size !== b.size) return false;
  for (const [id, bar] of a) {
    const other = b.get(id);
    if (
      !other ||
      other.text !== bar.text ||
      other.tone !== bar.tone ||
      other.markDays !== bar.markDays ||
      other.was?.startDate !== bar.was?.startDate ||
      other.was?.endDate !== bar.was?.endDate
    )
      return false;
  }
  return true;
}

/**
 * The timeline's changed bars by lane: each initiative that changed since the baseline (and is still on
 * the plan) with its ghost and mark, in the lane it is on now. A lane whose bars are marked as before keeps
 * its map from `previous`, so its layout and its render are reused while someone edits elsewhere.
 */
export function comparedLanesOf(
  changes: PlanChanges,
  goals: ReadonlyMap<string, Goal>,
  pxPerDay: number,
  previous: ReadonlyMap<string, ComparedBars>,
): Map<string, ComparedBars> {
  const goalTitle = (id: string | null) => (id === null ? 'Unaligned' : (goals.get(id)?.title ?? 'a removed goal'));
  const byLane = new Map<string, Map<string, ComparedBar>>();
  for (const change of changes.initiatives.values()) {
    const mark = changeMarkOf(change, goalTitle);
    if (!mark) continue;
    const laneKey = laneKeyOf(change.after!.goalId, goals);
    let bars = byLane.get(laneKey);
    if (!bars) byLane.set(laneKey, (bars = new Map()));
    bars.set(change.id, { ...mark, markDays: markWidth(mark.text) / pxPerDay });
  }
  const lanes = new Map<string, ComparedBars>();
  for (const [laneKey, bars] of byLane) {
    const before = previous.get(laneKey);
    lanes.set(laneKey, before && sameBars(before, bars) ? before : bars);
  }
  return lanes;
}

/** A comparedLanesOf that remembers its last result, so each call shares the lanes that did not change. */
export function createLaneComparer() {
  let previous: ReadonlyMap<string, ComparedBars> = new Map();
  return (changes: PlanChanges, goals: ReadonlyMap<string, Goal>, pxPerDay: number) =>
    (previous = comparedLanesOf(changes, goals, pxPerDay, previous));
}

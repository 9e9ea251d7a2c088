import type { KeyResult } from '../model/key-result';

/**
 * How far a key result has come from baseline to target, as 0–100. Works for decreasing targets
 * (baseline 40, target 10). When baseline equals target there is no distance to cover: the key result is
 * met (100) when current equals the target, else 0.
 */
export function keyResultProgress(keyResult: Pick<KeyResult, 'baseline' | 'target' | 'current'>): number {
  const { baseline, target, current } = keyResult;
  if (target === baseline) return current === target ? 100 : 0;
  const fraction = (current - baseline) / (target - baseline);
  return Math.min(100, Math.max(0, fraction * 100));
}

/** Something counted in a goal's progress: a key result or a sub-goal, with its weight. */
export interface WeightedProgress {
  readonly weight: number;
  /** 0–100, or null when it has nothing to measure (it is then left out). */
  readonly progress: number | null;
}

/**
 * The weighted mean of what counts in a goal's progress, or null when nothing does (no item, or all of
 * weight 0 or without progress). The one roll-up rule: the canvas, the inspector and the PDF all use it.
 */
export function weightedProgress(items: readonly WeightedProgress[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const { weight, progress } of items) {
    if (progress === null || weight <= 0) continue;
    sum += progress * weight;
    weights += weight;
  }
  return weights > 0 ? sum / weights : null;
}

/**
 * A goal's progress: its key results' progress, each by its weight, and its sub-goals' rolled-up progress,
 * each counting as one key result of its own weight.
 */
export function goalProgress(
  keyResults: readonly Pick<KeyResult, 'baseline' | 'target' | 'current' | 'weight'>[],
  subGoals: readonly WeightedProgress[] = [],
): number | null {
  return weightedProgress([
    ...keyResults.map((keyResult) => ({ weight: keyResult.weight, progress: keyResultProgress(keyResult) })),
    ...subGoals,
  ]);
}

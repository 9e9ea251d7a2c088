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

/** A goal's progress: the mean of its key results' progress, or null when it has none. */
export function goalProgress(keyResults: readonly Pick<KeyResult, 'baseline' | 'target' | 'current'>[]): number | null {
  if (keyResults.length === 0) return null;
  return keyResults.reduce((sum, keyResult) => sum + keyResultProgress(keyResult), 0) / keyResults.length;
}

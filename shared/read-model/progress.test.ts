import { describe, expect, it } from 'vitest';
import { goalProgress, keyResultProgress } from './progress';

describe('keyResultProgress', () => {
  it('measures the share of the way from baseline to target', () => {
    expect(keyResultProgress({ baseline: 20, target: 60, current: 30 })).toBe(25);
    expect(keyResultProgress({ baseline: 0, target: 10, current: 10 })).toBe(100);
  });
  it('works for decreasing targets', () => {
    expect(keyResultProgress({ baseline: 40, target: 10, current: 25 })).toBe(50);
    expect(keyResultProgress({ baseline: 40, target: 10, current: 45 })).toBe(0);
  });
  it('clamps to 0–100', () => {
    expect(keyResultProgress({ baseline: 0, target: 10, current: 25 })).toBe(100);
    expect(keyResultProgress({ baseline: 0, target: 10, current: -5 })).toBe(0);
  });
  it('counts baseline = target as met only when current reaches it', () => {
    expect(keyResultProgress({ baseline: 0, target: 0, current: 0 })).toBe(100);
    expect(keyResultProgress({ baseline: 0, target: 0, current: 3 })).toBe(0);
  });
});

describe('goalProgress', () => {
  it('is the weighted mean of its key results and sub-goals', () => {
    expect(
      goalProgress([
        { baseline: 0, target: 10, current: 5, weight: 1 },
        { baseline: 100, target: 0, current: 0, weight: 1 },
      ]),
    ).toBe(75);
    expect(goalProgress([{ baseline: 0, target: 10, current: 5, weight: 3 }], [{ weight: 1, progress: 90 }])).toBe(60);
    expect(
      goalProgress([{ baseline: 0, target: 10, current: 5, weight: 0 }], [{ weight: 2, progress: null }]),
    ).toBeNull();
  });
  it('is null without key results', () => {
    expect(goalProgress([])).toBeNull();
  });
});

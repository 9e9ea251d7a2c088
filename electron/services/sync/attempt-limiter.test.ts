import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from './attempt-limiter';

describe('AttemptLimiter', () => {
  it('allows up to the limit per window and key, then refuses until the window has passed', () => {
    let now = 0;
    const limiter = new AttemptLimiter(3, 1000, () => now);
    expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('a')]).toEqual([true, true, true]);
    expect(limiter.isOver('a')).toBe(true);
    expect(limiter.hit('a')).toBe(false);
    expect(limiter.hit('b')).toBe(true); // another address is not affected
    now = 1001;
    expect(limiter.isOver('a')).toBe(false);
    expect(limiter.hit('a')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { AttemptLimiter, limitKeyOf } from './attempt-limiter';

describe('AttemptLimiter', () => {
  it('allows a burst per key, then refuses until tokens come back', () => {
    let now = 0;
    const limiter = new AttemptLimiter(3, 1000, () => now);
    expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('a')]).toEqual([true, true, true]);
    expect(limiter.isOver('a')).toBe(true);
    expect(limiter.hit('a')).toBe(false);
    expect(limiter.hit('b')).toBe(true); // another address is not affected
    now = 1001;
    expect(limiter.isOver('a')).toBe(false);
    expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('a'), limiter.hit('a')]).toEqual([true, true, true, false]);
  });

  it('lets a client in one refill step after a flood from its address: refused attempts take nothing', () => {
    let now = 0;
    const limiter = new AttemptLimiter(50, 10_000, () => now); // a token every 200 ms
    for (let attempt = 0; attempt < 300; attempt++) limiter.hit('10.0.0.9');
    expect(limiter.hit('10.0.0.9')).toBe(false);
    now += 200; // not a whole window: one token's worth
    expect(limiter.hit('10.0.0.9')).toBe(true);
  });

  it('stays bounded and forgets the least recently seen key first', () => {
    let now = 0;
    const limiter = new AttemptLimiter(1, 60_000, () => now, 100);
    limiter.hit('old');
    for (let key = 0; key < 10_000; key++) {
      limiter.hit(`random-${key}`);
      if (key % 10 === 0) limiter.hit('busy'); // seen often: kept
      now += 1;
    }
    expect(limiter.size).toBe(100);
    expect(limiter.isOver('busy')).toBe(true);
    expect(limiter.isOver('old')).toBe(false); // forgotten
  });

  it('takes constant time per hit, however many keys it holds', () => {
    const limiter = new AttemptLimiter(10, 60_000);
    for (let key = 0; key < 10_000; key++) limiter.hit(`warm-${key}`);
    // 50,000 hits over 20,000 keys: a scan of the held keys per hit (the old limiter) is 5·10⁸ steps.
    const started = performance.now();
    for (let hit = 0; hit < 50_000; hit++) limiter.hit(`key-${hit % 20_000}`);
    expect(limiter.size).toBe(10_000);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('limitKeyOf', () => {
  it.each([
    ['192.168.1.20', '192.168.1.20'],
    ['::ffff:192.168.1.20', '192.168.1.20'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff::9', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    [undefined, 'unknown'],
  ])('limits %s as %s', (address, key) => {
    expect(limitKeyOf(address)).toBe(key);
  });
});

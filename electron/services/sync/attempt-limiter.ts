import { isIPv6 } from 'node:net';

/**
 * Limits events per key (a remote address) with a token bucket: `burst` events at once, then `burst` per
 * `windowMs`, refilled continuously. Refused events take nothing, so whoever stops hammering is let in
 * again as soon as a token has come back, not after a lock-out. Each hit is O(1), and memory is bounded:
 * keys are kept in least-recently-used order and the oldest is forgotten past `maxKeys`.
 */
export class AttemptLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly refillPerMs: number;

  constructor(
    private readonly burst: number,
    windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 10_000,
  ) {
    this.refillPerMs = burst / windowMs;
  }

  /** Records one event for `key`; returns false when it is over the limit (and should be refused). */
  hit(key: string): boolean {
    const bucket = this.bucket(key);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Whether `key` is over the limit now, without recording anything. */
  isOver(key: string): boolean {
    return this.bucket(key).tokens < 1;
  }

  /** How many keys it remembers (bounded by maxKeys). */
  get size(): number {
    return this.buckets.size;
  }

  private bucket(key: string) {
    const now = this.now();
    const known = this.buckets.get(key);
    const bucket = known
      ? { tokens: Math.min(this.burst, known.tokens + (now - known.at) * this.refillPerMs), at: now }
      : { tokens: this.burst, at: now };
    // Re-inserting moves the key to the young end of the map's order.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    return bucket;
  }
}

/**
 * The key a remote address is limited by: an IPv4 address as it is (also when mapped into IPv6), an IPv6
 * address by its /64 network, since one machine can have as many addresses in its /64 as it likes. Never
 * anything the client chooses (such as its web Origin).
 */
export function limitKeyOf(remoteAddress: string | undefined): string {
  if (!remoteAddress) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(remoteAddress);
  if (mapped) return mapped[1]!;
  if (!isIPv6(remoteAddress)) return remoteAddress;
  const [head = '', tail = ''] = remoteAddress.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = remoteAddress.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

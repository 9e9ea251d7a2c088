/**
 * Counts events per key (a remote address) over a sliding window, so the host can refuse whoever tries too
 * often: guessing join codes, or opening connections in a loop. Memory stays bounded: keys whose events
 * have all expired are dropped as new ones come in.
 */
export class AttemptLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records one event for `key`; returns false when it is over the limit (and should be refused). */
  hit(key: string): boolean {
    const recent = this.recent(key);
    recent.push(this.now());
    this.events.set(key, recent);
    if (this.events.size > 10_000) this.prune();
    return recent.length <= this.limit;
  }

  /** Whether `key` is over the limit now, without recording anything. */
  isOver(key: string): boolean {
    return this.recent(key).length >= this.limit;
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.events.get(key) ?? []).filter((at) => at > since);
  }

  private prune() {
    for (const key of [...this.events.keys()]) if (this.recent(key).length === 0) this.events.delete(key);
  }
}

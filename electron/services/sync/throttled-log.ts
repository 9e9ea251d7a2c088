/**
 * A log that cannot be flooded: the first event of a key (a remote address, a roadmap) in a window is
 * written as it is; the rest are counted by kind and written as one summary line when the window ends
 * ("Refused 10.0.0.9 1,204 more times in the last minute: wrong-code ×1,200, too-many-attempts ×4").
 * Memory stays bounded: past `maxKeys` the oldest key's summary is written early.
 */
export class ThrottledLog {
  private readonly windows = new Map<string, { readonly opened: number; readonly counts: Map<string, number> }>();
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(
    private readonly write: (line: string) => void,
    /** The summary line for `count` more events of `key`, e.g. `Refused ${key} ${count} more times`. */
    private readonly summary: (key: string, count: string) => string,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 1000,
  ) {
    this.timer = setInterval(() => this.flush(), windowMs);
    this.timer.unref?.();
  }

  /** Notes one event; `line` is written only when it is the first of `key` in the window. */
  note(key: string, kind: string, line: string): void {
    const now = this.now();
    const window = this.windows.get(key);
    if (window && now - window.opened < this.windowMs) {
      window.counts.set(kind, (window.counts.get(kind) ?? 0) + 1);
      return;
    }
    if (window) this.close(key);
    this.write(line);
    this.windows.set(key, { opened: now, counts: new Map() });
    if (this.windows.size > this.maxKeys) this.close(this.windows.keys().next().value!);
  }

  /** Writes the summaries of the windows that have ended. */
  flush(): void {
    const now = this.now();
    for (const [key, window] of this.windows) if (now - window.opened >= this.windowMs) this.close(key);
  }

  /** Writes every pending summary and stops the timer. */
  close(key?: string): void {
    if (key === undefined) {
      clearInterval(this.timer);
      for (const open of [...this.windows.keys()]) this.close(open);
      return;
    }
    const window = this.windows.get(key);
    this.windows.delete(key);
    if (!window || window.counts.size === 0) return;
    const total = [...window.counts.values()].reduce((sum, count) => sum + count, 0);
    const kinds = [...window.counts].map(([kind, count]) => `${kind} ×${count.toLocaleString('en-US')}`).join(', ');
    const minutes = this.windowMs === 60_000 ? 'the last minute' : `the last ${Math.round(this.windowMs / 1000)} s`;
    this.write(`${this.summary(key, total.toLocaleString('en-US'))} in ${minutes}: ${kinds}`);
  }
}

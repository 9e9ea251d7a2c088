import { browse, type FoundHost } from './discovery';

/**
 * Browses the LAN for Waymark hosts only while someone looks: the first question starts browsing, and it
 * stops a minute after the last one (the Join dialog asks every couple of seconds while it is open).
 */
export class HostBrowser {
  private found: FoundHost[] = [];
  private stop: (() => void) | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly start: typeof browse = browse,
    private readonly idleMs = 60_000,
  ) {}

  /** The hosts found so far (browsing starts now if it was not running). */
  hosts(): FoundHost[] {
    this.stop ??= this.start((hosts) => {
      this.found = hosts;
    });
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.close(), this.idleMs);
    return this.found;
  }

  /** Stops browsing. */
  close(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.stop?.();
    this.stop = null;
    this.found = [];
  }
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostBrowser } from './host-browser';
import type { FoundHost } from './discovery';

afterEach(() => {
  vi.useRealTimers();
});

describe('HostBrowser', () => {
  it('browses only while asked: starts on the first question, stops after a quiet minute', () => {
    vi.useFakeTimers();
    let report: ((hosts: FoundHost[]) => void) | null = null;
    let running = 0;
    const browser = new HostBrowser((onChange) => {
      running++;
      report = onChange;
      return () => running--;
    }, 60_000);
    expect(running).toBe(0);
    expect(browser.hosts()).toEqual([]);
    expect(running).toBe(1);
    report!([{ name: 'Ada', title: 'Plan', host: '192.168.1.20', port: 4455 }]);
    vi.advanceTimersByTime(30_000);
    expect(browser.hosts()).toHaveLength(1); // asking again keeps it running, without a second browser
    expect(running).toBe(1);
    vi.advanceTimersByTime(59_000);
    expect(running).toBe(1);
    vi.advanceTimersByTime(2_000);
    expect(running).toBe(0);
  });
});

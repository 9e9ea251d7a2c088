import { existsSync, readFileSync } from 'node:fs';
import { originalPositionFor, sourceContentFor, TraceMap } from '@jridgewell/trace-mapping';
import type { CDPSession } from 'playwright-core';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Samples the page's JavaScript while `action` runs (200 µs interval). */
export async function profileDuring(cdp: CDPSession, action: () => Promise<void>): Promise<CpuProfile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  let stopped: { profile: CpuProfile } | undefined;
  try {
    await action();
  } finally {
    stopped = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.send('Profiler.disable');
  }
  return stopped.profile;
}

/** One line of "where the time goes". */
export interface Hotspot {
  readonly name: string;
  readonly ms: number;
  readonly share: number;
}

export interface ProfileSummary {
  /** Sampled time, idle excluded (ms). */
  readonly busyMs: number;
  /** Functions by self time (their own code, not their callees). */
  readonly self: Hotspot[];
  /** Waymark's own functions (renderer/, shared/) by total time, callees included. */
  readonly ownTotal: Hotspot[];
}

/**
 * Where a profile's time goes, by function, named through the bundles' source maps (the builds are
 * minified): `mapFile(url)` gives the local .map file of a script URL, if there is one.
 */
export function summarizeProfile(
  profile: CpuProfile,
  mapFile: (url: string) => string | null,
  top = 10,
): ProfileSummary {
  const maps = new Map<string, TraceMap | null>();
  const traceMapOf = (url: string): TraceMap | null => {
    if (!maps.has(url)) {
      const file = mapFile(url);
      maps.set(url, file && existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null);
    }
    return maps.get(url)!;
  };
  const names = new Map<number, string>();
  const own = new Map<number, boolean>();
  const nameOf = (node: ProfileNode): string => {
    const cached = names.get(node.id);
    if (cached) return cached;
    const frame = node.callFrame;
    let name = frame.functionName || '(anonymous)';
    let isOwn = false;
    if (frame.url && frame.lineNumber >= 0 && !frame.functionName.startsWith('(')) {
      const map = traceMapOf(frame.url);
      const position = map
        ? originalPositionFor(map, { line: frame.lineNumber + 1, column: Math.max(0, frame.columnNumber) })
        : null;
      if (map && position?.source) {
        const source = position.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
        isOwn = /^(renderer|shared)\//.test(source);
        const line = sourceContentFor(map, position.source)?.split('\n')[(position.line ?? 1) - 1] ?? '';
        const declared =
          /(?:function\s*\*?\s*|(?:const|let|var)\s+|(?:^|\s)(?:get|set|static|async)\s+)([A-Za-z_$][\w$]*)/.exec(
            line,
          )?.[1] ?? /^\s*([A-Za-z_$][\w$]*)\s*[(:=]/.exec(line)?.[1];
        name = `${position.name ?? declared ?? name} (${source}:${position.line})`;
      } else {
        name = `${name} (${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1})`;
      }
    }
    names.set(node.id, name);
    own.set(node.id, isOwn);
    return name;
  };

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  for (let i = 0; i < samples.length; i++) {
    // A sample stands for the time until the next one.
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const leaf = byId.get(samples[i]!);
    if (!leaf || leaf.callFrame.functionName === '(idle)') continue;
    busy += ms;
    const leafName = nameOf(leaf);
    self.set(leafName, (self.get(leafName) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id)!;
      const name = nameOf(node);
      if (own.get(node.id) && !seen.has(name)) {
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + ms);
      }
    }
  }
  const ranked = (times: Map<string, number>) =>
    [...times]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: busy > 0 ? ms / busy : 0 }));
  return { busyMs: busy, self: ranked(self), ownTotal: ranked(total) };
}

/** The summary as text lines. */
export function formatProfile(title: string, summary: ProfileSummary): string[] {
  const line = (spot: Hotspot) =>
    `    ${spot.ms.toFixed(1).padStart(7)} ms ${(spot.share * 100).toFixed(1).padStart(5)}%  ${spot.name}`;
  return [
    `${title}: ${summary.busyMs.toFixed(0)} ms of JavaScript sampled`,
    '  by self time:',
    ...summary.self.map(line),
    "  Waymark's own functions by total time (callees included):",
    ...summary.ownTotal.map(line),
  ];
}

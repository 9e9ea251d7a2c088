import type { CDPSession } from 'playwright-core';

/** One Chrome trace event (the fields used here). */
export interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { name?: string; [key: string]: unknown };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline.frame'];

/** Records a Chrome trace around `action` (toplevel tasks and frame events of every thread). */
export async function traceDuring(cdp: CDPSession, action: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: object[] }) => {
    events.push(...(data.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

/** The main-thread work of each frame, in ms, and the frames' intervals (for reference). */
export interface FrameWork {
  /** Busy time of the renderer's main thread per frame interval (ms). */
  readonly work: number[];
  /** Length of each frame interval (ms): 16.7 when the page keeps up at 60 Hz. */
  readonly intervals: number[];
}

/**
 * Main-thread work per frame from a trace, for the renderer whose main thread logged the marks
 * (`console.timeStamp(name)` in the page). A frame interval runs from the start of the task that began one main
 * frame (BeginMainThreadFrame) to the start of the task that began the next; its work is the total
 * duration of the top-level tasks (input events, timers, rAF callbacks, style, layout, paint, commit,
 * GC) that started on the main thread within it, idle time excluded. Only frames between the marks
 * `${marker}:start` and `${marker}:end` count.
 */
export function frameWork(events: readonly TraceEvent[], marker: string): FrameWork {
  const mark = (name: string) =>
    events.find(
      (event) => event.name === 'TimeStamp' && (event.args?.data as { message?: string } | undefined)?.message === name,
    );
  const start = mark(`${marker}:start`);
  const end = mark(`${marker}:end`);
  if (!start || !end) throw new Error(`no ${marker} marks in the trace`);
  const main = { pid: start.pid, tid: start.tid };
  const onMain = (event: TraceEvent) => event.pid === main.pid && event.tid === main.tid;

  // Top-level tasks only: toplevel events not nested in another one.
  const tasks = events
    .filter((event) => onMain(event) && event.ph === 'X' && event.cat.split(',').includes('toplevel'))
    .sort((a, b) => a.ts - b.ts);
  const outer: TraceEvent[] = [];
  let busyUntil = -Infinity;
  for (const task of tasks) {
    if (task.ts >= busyUntil) {
      outer.push(task);
      busyUntil = task.ts + (task.dur ?? 0);
    }
  }
  // Frame boundaries: the start of the task in which each main frame began.
  const boundaries: number[] = [];
  for (const begin of events.filter((event) => onMain(event) && event.name === 'BeginMainThreadFrame')) {
    const task = outer.find((candidate) => candidate.ts <= begin.ts && begin.ts <= candidate.ts + (candidate.dur ?? 0));
    const at = task?.ts ?? begin.ts;
    if (at >= start.ts && at <= end.ts) boundaries.push(at);
  }
  boundaries.sort((a, b) => a - b);
  const work: number[] = [];
  const intervals: number[] = [];
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const from = boundaries[i]!;
    const to = boundaries[i + 1]!;
    let busy = 0;
    for (const task of outer) if (task.ts >= from && task.ts < to) busy += task.dur ?? 0;
    work.push(busy / 1000);
    intervals.push((to - from) / 1000);
  }
  return { work, intervals };
}

/** The p-th percentile (nearest rank) of some numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

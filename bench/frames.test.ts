import { describe, expect, it } from 'vitest';
import { frameWork, percentile, type TraceEvent } from './frames';

const MAIN = { pid: 1, tid: 7 };
const task = (ms: number, durationMs: number, name = 'RunTask'): TraceEvent => ({
  name,
  cat: 'toplevel',
  ph: 'X',
  ts: ms * 1000,
  dur: durationMs * 1000,
  ...MAIN,
});
const frameStart = (ms: number): TraceEvent => ({
  name: 'BeginMainThreadFrame',
  cat: 'devtools.timeline',
  ph: 'I',
  ts: ms * 1000,
  ...MAIN,
});
const mark = (ms: number, message: string): TraceEvent => ({
  name: 'TimeStamp',
  cat: 'devtools.timeline',
  ph: 'I',
  ts: ms * 1000,
  args: { data: { message } },
  ...MAIN,
});

describe('frameWork', () => {
  it('adds up the top-level main-thread tasks of each frame between the marks', () => {
    const events = [
      mark(0, 'pan:start'),
      // A 2 ms task before the first frame boundary belongs to the frame before: not counted.
      task(1, 2),
      // Frame 1 begins inside the task at 4 ms (so the frame runs from 4 to 20 ms): 3 ms of work.
      frameStart(5),
      task(4, 3),
      task(4.5, 1, 'Nested'), // inside the frame task: not counted twice
      // Frame 2 (16–32 ms, starting in the task at 20 ms): one 9 ms task.
      frameStart(21),
      task(20, 9),
      // Another thread's work never counts.
      { ...task(22, 50), tid: 8 },
      frameStart(37),
      task(36, 1),
      mark(40, 'pan:end'),
      // After the end mark: ignored.
      frameStart(53),
      task(52, 30),
    ];
    const { work, intervals } = frameWork(events, 'pan');
    expect(intervals).toEqual([16, 16]);
    expect(work).toEqual([3, 9]);
  });

  it('refuses a trace without the marks', () => {
    expect(() => frameWork([task(0, 1)], 'drag')).toThrow(/no drag marks/);
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 95)).toBe(5);
    expect(percentile([], 50)).toBeNaN();
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitWindowState,
  MIN_WINDOW_SIZE,
  readWindowState,
  WINDOW_STATE_FILE,
  writeWindowState,
  type Rect,
} from './window-state';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'waymark-window-state-'));
  file = join(dir, WINDOW_STATE_FILE);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readWindowState and writeWindowState', () => {
  it('gives the defaults when there is no file', async () => {
    expect(await readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('round-trips a state', async () => {
    const state = { x: -1200, y: 40, width: 1100, height: 720, maximized: true };
    writeWindowState(file, state);
    expect(await readWindowState(file)).toEqual(state);
  });

  it('creates the folder and leaves no temporary file behind', () => {
    const nested = join(dir, 'a', 'b', WINDOW_STATE_FILE);
    writeWindowState(nested, DEFAULT_WINDOW_STATE);
    writeWindowState(nested, { ...DEFAULT_WINDOW_STATE, width: 900 });
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual([WINDOW_STATE_FILE]);
    expect(JSON.parse(readFileSync(nested, 'utf8'))).toMatchObject({ width: 900 });
  });

  it.each([
    ['not JSON', '{"width": 10'],
    ['empty', ''],
    ['an array', '[]'],
    ['null', 'null'],
    ['a missing field', '{"width": 1000, "height": 700}'],
    ['a negative size', '{"width": -5, "height": 700, "maximized": false}'],
    ['a fractional size', '{"width": 1000.5, "height": 700, "maximized": false}'],
    ['a string number', '{"width": "1000", "height": 700, "maximized": false}'],
    ['a huge exponent', '{"width": 1e400, "height": 700, "maximized": false}'],
  ])('falls back to the defaults for %s', async (_name, content) => {
    writeFileSync(file, content);
    expect(await readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('drops unknown fields', async () => {
    writeFileSync(file, JSON.stringify({ width: 1000, height: 700, maximized: false, __proto__: 1, extra: true }));
    expect(await readWindowState(file)).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it('refuses to write an invalid state and keeps the old file', () => {
    writeWindowState(file, DEFAULT_WINDOW_STATE);
    expect(() => writeWindowState(file, { width: Number.NaN, height: 1, maximized: false })).toThrow();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(DEFAULT_WINDOW_STATE);
    expect(readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
  });
});

describe('fitWindowState', () => {
  const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
  const left: Rect = { x: -1280, y: 0, width: 1280, height: 984 };

  it('keeps a window that is fully visible', () => {
    const state = { x: 100, y: 50, width: 1200, height: 800, maximized: false };
    expect(fitWindowState(state, [primary, left])).toEqual(state);
  });

  it('keeps a window on a secondary display', () => {
    const state = { x: -1200, y: 10, width: 1000, height: 700, maximized: true };
    expect(fitWindowState(state, [primary, left])).toEqual(state);
  });

  it('pulls a window hanging off the edge back onto the display it overlaps most', () => {
    expect(fitWindowState({ x: 1500, y: 900, width: 1000, height: 700, maximized: false }, [primary, left])).toEqual({
      x: 920,
      y: 340,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('centres a window whose display is gone on the primary one', () => {
    expect(fitWindowState({ x: 4000, y: 100, width: 1000, height: 700, maximized: false }, [primary])).toEqual({
      x: 460,
      y: 170,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('shrinks a window larger than its display, and grows one below the minimum', () => {
    const small: Rect = { x: 0, y: 0, width: 1366, height: 728 };
    expect(fitWindowState({ x: 0, y: 0, width: 3000, height: 2000, maximized: false }, [small])).toMatchObject({
      width: 1366,
      height: 728,
    });
    expect(fitWindowState({ x: 0, y: 0, width: 10, height: 10, maximized: false }, [small])).toMatchObject(
      MIN_WINDOW_SIZE,
    );
  });

  it('centres a window without a saved position', () => {
    expect(fitWindowState(DEFAULT_WINDOW_STATE, [primary])).toEqual({ ...DEFAULT_WINDOW_STATE, x: 320, y: 120 });
  });

  it('leaves placement to the OS when no display is known', () => {
    expect(fitWindowState({ x: 5, y: 5, width: 900, height: 600, maximized: false }, [])).toEqual({
      width: 900,
      height: 600,
      maximized: false,
    });
  });
});

import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

/** A rectangle in screen coordinates, e.g. a display's work area (the screen minus task bars and docks). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const windowStateSchema = z.object({
  // No position means "let the OS place the window".
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});

/** The main window's size, position and maximized flag, as remembered between runs. */
export type WindowState = z.infer<typeof windowStateSchema>;

/** The smallest window the timeline is usable in. */
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

/** What a first run (or an unreadable file) gets. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

/** The file name under userData. */
export const WINDOW_STATE_FILE = 'window-state.json';

/** Reads the saved state; a missing, corrupt or invalid file yields the defaults, never an error. */
export async function readWindowState(file: string): Promise<WindowState> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : { ...DEFAULT_WINDOW_STATE };
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/**
 * Writes the state atomically (temp file, then rename), so a crash mid-write never leaves half a file.
 * Synchronous on purpose: it runs in the window's close event, and the app may quit right after it.
 */
export function writeWindowState(file: string, state: WindowState): void {
  const valid = windowStateSchema.parse(state);
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${randomUUID()}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(valid)}\n`, 'utf8');
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * Fits a saved state onto the displays there are now (primary first): the window goes fully inside the
 * work area it overlaps most; if it overlaps none (a display was unplugged), it is centred on the primary.
 */
export function fitWindowState(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (primary === undefined) return { width: state.width, height: state.height, maximized: state.maximized };
  const hasPosition = state.x !== undefined && state.y !== undefined;
  const window: Rect = { x: state.x ?? 0, y: state.y ?? 0, width: state.width, height: state.height };
  let area = primary;
  let best = 0;
  for (const candidate of workAreas) {
    const shared = hasPosition ? overlap(window, candidate) : 0;
    if (shared > best) [area, best] = [candidate, shared];
  }
  const width = clamp(state.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width);
  const height = clamp(state.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height);
  if (best === 0) {
    return {
      x: Math.round(area.x + (area.width - width) / 2),
      y: Math.round(area.y + (area.height - height) / 2),
      width,
      height,
      maximized: state.maximized,
    };
  }
  return {
    x: clamp(window.x, area.x, area.x + area.width - width),
    y: clamp(window.y, area.y, area.y + area.height - height),
    width,
    height,
    maximized: state.maximized,
  };
}

import { describe, expect, it } from 'vitest';
import {
  besideTitleRoom,
  chunked,
  OUTSIDE_LABEL_GAP,
  OUTSIDE_LABEL_MAX,
  titleGoesBeside,
  VIEW_CHUNK,
} from './geometry';

describe('view chunks', () => {
  it('covers the view with a chunk to spare either side', () => {
    const { from, to } = chunked(1_000, 900);
    expect(from).toBeLessThanOrEqual(1_000 - VIEW_CHUNK);
    expect(from % VIEW_CHUNK).toBe(0);
    expect(to).toBeGreaterThanOrEqual(1_900 + VIEW_CHUNK);
    expect(to % VIEW_CHUNK).toBe(0);
  });

  it('stays the same while the view scrolls within a chunk, and moves when it crosses an edge', () => {
    const start = chunked(VIEW_CHUNK * 3, 800);
    expect(chunked(VIEW_CHUNK * 3 + 1, 800).from).toBe(start.from);
    expect(chunked(VIEW_CHUNK * 4 - 1, 800).from).toBe(start.from);
    expect(chunked(VIEW_CHUNK * 4, 800).from).toBe(start.from + VIEW_CHUNK);
  });
});

describe('titles beside short bars', () => {
  it('puts a title beside a bar too short for it, and inside a bar that shows a useful part', () => {
    expect(titleGoesBeside('Pricing page', 30)).toBe(true);
    expect(titleGoesBeside('Pricing page', 200)).toBe(false);
    // A long title in a bar of useful width is ellipsized inside, not moved out.
    expect(titleGoesBeside('A very long initiative title that never fits', 120)).toBe(false);
  });

  it('keeps room beside a short bar for its title (bounded), and none for a bar that holds it', () => {
    expect(besideTitleRoom('Pricing page', 200)).toBe(0);
    const room = besideTitleRoom('SSO', 20);
    expect(room).toBeGreaterThan(2 * OUTSIDE_LABEL_GAP);
    expect(besideTitleRoom('x'.repeat(200), 20)).toBe(OUTSIDE_LABEL_MAX + 2 * OUTSIDE_LABEL_GAP);
  });
});

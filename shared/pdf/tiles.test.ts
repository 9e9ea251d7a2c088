import { describe, expect, it } from 'vitest';
import { tilesOf } from './tiles';

/** Whole months a tile covers. */
const monthsOf = (tile: { start: string; end: string }) =>
  (Number(tile.end.slice(0, 4)) - Number(tile.start.slice(0, 4))) * 12 +
  Number(tile.end.slice(5, 7)) -
  Number(tile.start.slice(5, 7)) +
  1;

describe('PDF tiles', () => {
  it('shares the months out evenly over as few tiles as a readable scale allows', () => {
    // 650 pt hold 12 months at a readable scale: 14 months are two tiles of 7, not 12 and 2.
    const two = tilesOf('2027-01-01', '2028-02-29', 650, 'tiled');
    expect(two.map(monthsOf)).toEqual([7, 7]);
    expect(two.map((tile) => [tile.start, tile.end])).toEqual([
      ['2027-01-01', '2027-07-31'],
      ['2027-08-01', '2028-02-29'],
    ]);
    // 52 months on a page sized for 16 (A3's width): four tiles of 13, not 16, 16, 16 and 4.
    const four = tilesOf('2026-01-01', '2030-04-30', 16 * 31 * 1.65, 'tiled');
    expect(four.map(monthsOf)).toEqual([13, 13, 13, 13]);
    // One scale for every tile: the widest tile fills the width.
    expect(new Set(four.map((tile) => tile.ptPerDay)).size).toBe(1);
    expect(Math.max(...four.map((tile) => tile.ptPerDay))).toBeGreaterThanOrEqual(1.65);
  });

  it('keeps one tile when the range is readable at the page\u2019s width, or the layout is fit', () => {
    expect(tilesOf('2027-01-01', '2027-06-30', 650, 'tiled')).toHaveLength(1);
    expect(tilesOf('2026-01-01', '2030-12-31', 650, 'fit')).toHaveLength(1);
  });
});

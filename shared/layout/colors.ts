import type { InitiativeStatus } from '../model/initiative';

/** What the bars' colors mean. */
export type ColorBy = 'goal' | 'status' | 'team';

/** Status colors: distinct hues that also differ in lightness, so they survive grayscale printing. */
export const STATUS_COLORS: Readonly<Record<InitiativeStatus, string>> = {
  proposed: '#94a3b8',
  planned: '#2563eb',
  'in-progress': '#0d9488',
  done: '#15803d',
  'at-risk': '#d97706',
  dropped: '#6b7280',
};

// Far apart in hue, ordered so neighbours in the list contrast.
const TEAM_PALETTE = ['#7c3aed', '#0d9488', '#c2410c', '#1d4ed8', '#be185d', '#4d7c0f', '#a16207', '#0891b2'];
export const NO_TEAM_COLOR = '#64748b';

/**
 * Colors for the teams in use, by their sorted order: distinct for up to eight teams (then the palette
 * repeats). No team is neutral gray.
 */
export function teamColors(teams: readonly string[]): ReadonlyMap<string, string> {
  const sorted = [...new Set(teams)].filter(Boolean).sort((a, b) => a.localeCompare(b));
  const colors = new Map(sorted.map((team, index) => [team, TEAM_PALETTE[index % TEAM_PALETTE.length]!]));
  colors.set('', NO_TEAM_COLOR);
  return colors;
}

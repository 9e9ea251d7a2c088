import { describe, expect, it } from 'vitest';
import { NO_TEAM_COLOR, STATUS_COLORS, teamColors } from './colors';

describe('bar colors', () => {
  it('gives each team in use its own color, and no team a neutral one', () => {
    const colors = teamColors(['Platform', 'Growth', 'Engagement', 'Growth']);
    expect(new Set(['Engagement', 'Growth', 'Platform'].map((team) => colors.get(team))).size).toBe(3);
    expect(colors.get('')).toBe(NO_TEAM_COLOR);
    expect(teamColors(['Growth', 'Platform', 'Engagement']).get('Growth')).toBe(colors.get('Growth'));
  });
  it('has a distinct color per status', () => {
    expect(new Set(Object.values(STATUS_COLORS)).size).toBe(6);
  });
});

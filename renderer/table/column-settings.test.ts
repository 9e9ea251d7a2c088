import { describe, expect, it } from 'vitest';
import {
  columnWidth,
  DEFAULT_COLUMN_SETTINGS,
  moveColumn,
  normalizeColumnSettings,
  toggleColumn,
  visibleColumns,
} from './column-settings';
import { COLUMN_IDS } from '../../shared';

describe('column settings', () => {
  it('makes remembered settings whole: unknown columns dropped, new ones appended, title never hidden', () => {
    const settings = normalizeColumnSettings({
      order: ['status', 'gone', 'title', 'status'],
      hidden: ['title', 'owner', 'nope'],
      widths: { title: 5, tags: 5000, gone: 100, team: 120.4 },
      groupBy: 'planet',
    });
    expect(settings.order.slice(0, 2)).toEqual(['status', 'title']);
    expect([...settings.order].sort()).toEqual([...COLUMN_IDS].sort());
    expect(settings.hidden).toEqual(['owner']);
    expect(settings.widths).toEqual({ title: 48, tags: 800, team: 120 });
    expect(settings.groupBy).toBe('goal');
    expect(normalizeColumnSettings({})).toEqual(DEFAULT_COLUMN_SETTINGS);
  });

  it('shows, hides and moves columns past their shown neighbours', () => {
    let settings = toggleColumn(DEFAULT_COLUMN_SETTINGS, 'goal');
    expect(visibleColumns(settings).slice(0, 3)).toEqual(['title', 'keyResults', 'status']);
    expect(toggleColumn(settings, 'title')).toBe(settings);
    settings = moveColumn(settings, 'keyResults', -1);
    expect(visibleColumns(settings).slice(0, 3)).toEqual(['keyResults', 'title', 'status']);
    expect(moveColumn(settings, 'keyResults', -1)).toBe(settings);
    settings = toggleColumn(settings, 'goal');
    expect(visibleColumns(settings).slice(0, 3)).toEqual(['keyResults', 'title', 'goal']);
    expect(columnWidth({ ...settings, widths: { title: 300 } }, 'title')).toBe(300);
    expect(columnWidth(settings, 'status')).toBe(110);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { resetUiStore, selectionOf, useUiStore } from './ui-store';

beforeEach(() => resetUiStore());

describe('one selection', () => {
  it('derives what the inspector shows from the selected initiatives or the one other item', () => {
    const ui = () => useUiStore.getState();
    ui().select({ kind: 'goal', id: 'g1' });
    expect(selectionOf(ui())).toEqual({ kind: 'goal', id: 'g1' });
    expect(ui().selectedInitiatives).toEqual([]);
    ui().toggleInitiative('a');
    ui().toggleInitiative('b');
    expect(ui().selectedInitiatives).toEqual(['a', 'b']);
    expect(selectionOf(ui())).toEqual({ kind: 'initiative', id: 'b' });
    // The same object while nothing changed (selectors must not make new ones).
    expect(selectionOf(ui())).toBe(selectionOf(ui()));
    ui().toggleInitiative('b');
    expect(selectionOf(ui())).toEqual({ kind: 'initiative', id: 'a' });
    ui().toggleInitiative('a');
    expect(selectionOf(ui())).toBeNull();
    ui().select({ kind: 'initiative', id: 'c' });
    expect(ui().selectedInitiatives).toEqual(['c']);
  });
});

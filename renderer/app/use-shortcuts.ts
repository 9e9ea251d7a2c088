import { useEffect } from 'react';
import type { RoadmapSession } from '../state/roadmap-session';
import { useUiStore } from '../state/ui-store';
import { isEditingText, undoOrRedo } from './edit-history';

/**
 * Window shortcuts: Ctrl/Cmd+Z undo, Ctrl+Shift+Z / Ctrl+Y redo, Ctrl/Cmd +/- zoom. In a text field the
 * keys are left to the field, so they undo typing as usual.
 */
export function useShortcuts(session: RoadmapSession): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        if (isEditingText(event.target as Element)) return;
        event.preventDefault();
        undoOrRedo(session, key === 'y' || event.shiftKey ? 'redo' : 'undo');
      } else if (key === '=' || key === '+') {
        event.preventDefault();
        useUiStore.getState().zoomBy(1);
      } else if (key === '-') {
        event.preventDefault();
        useUiStore.getState().zoomBy(-1);
      } else if (key === '0') {
        event.preventDefault();
        useUiStore.getState().resetZoom();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [session]);
}

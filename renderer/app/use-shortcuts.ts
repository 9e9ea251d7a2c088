import { useEffect } from 'react';
import type { RoadmapSession } from '../state/roadmap-session';
import { MAIN_VIEWS, useUiStore } from '../state/ui-store';
import { isEditingText, undoOrRedo } from './edit-history';

/**
 * Window shortcuts: Ctrl/Cmd+Z undo, Ctrl+Shift+Z / Ctrl+Y redo, Ctrl/Cmd +/- zoom, Ctrl/Cmd+Shift+1…5 the
 * views (as the view bar orders them). In a text field the undo keys are left to the field, so they undo
 * typing as usual.
 */
export function useShortcuts(session: RoadmapSession): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey) return;
      const key = event.key.toLowerCase();
      // By the key's place, not its character: Shift+1 types "!" (or another sign on other layouts).
      const viewIndex = event.shiftKey && /^Digit[1-9]$/.test(event.code) ? Number(event.code.slice(5)) - 1 : -1;
      if (viewIndex >= 0 && viewIndex < MAIN_VIEWS.length) {
        event.preventDefault();
        useUiStore.getState().showView(MAIN_VIEWS[viewIndex]!);
      } else if (key === 'z' || key === 'y') {
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

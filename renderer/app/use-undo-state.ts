import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

function subscribeTo(undo: Y.UndoManager) {
  return (listener: () => void) => {
    const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
    for (const event of events) undo.on(event, listener);
    return () => {
      for (const event of events) undo.off(event, listener);
    };
  };
}

const cache = new WeakMap<Y.UndoManager, ReturnType<typeof subscribeTo>>();

/** Whether undo and redo are possible now, for the toolbar buttons. */
export function useUndoState(undo: Y.UndoManager): { canUndo: boolean; canRedo: boolean } {
  let subscribe = cache.get(undo);
  if (!subscribe) cache.set(undo, (subscribe = subscribeTo(undo)));
  const canUndo = useSyncExternalStore(subscribe, () => undo.canUndo());
  const canRedo = useSyncExternalStore(subscribe, () => undo.canRedo());
  return { canUndo, canRedo };
}

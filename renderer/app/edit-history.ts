import type { RoadmapSession } from '../state/roadmap-session';

/** True when keyboard focus is in a field where typing happens (its own undo applies there). */
export function isEditingText(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'range', 'color'].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * Undo or redo as the user means it: inside a text field, the field's own typing history; elsewhere, the
 * document's (this window's edits only).
 */
export function undoOrRedo(session: RoadmapSession, which: 'undo' | 'redo'): void {
  if (isEditingText(document.activeElement)) {
    document.execCommand(which);
    return;
  }
  if (which === 'undo') session.undo.undo();
  else session.undo.redo();
}

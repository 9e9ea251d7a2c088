import type * as Y from 'yjs';

/**
 * Replaces a Y.Text's content with `next` by deleting and inserting only the changed middle, so a
 * concurrent edit elsewhere in the same text (by a peer) survives the merge.
 */
export function replaceText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let prefix = 0;
  const maxPrefix = Math.min(current.length, next.length);
  while (prefix < maxPrefix && current[prefix] === next[prefix]) prefix++;
  let suffix = 0;
  const maxSuffix = maxPrefix - prefix;
  while (suffix < maxSuffix && current[current.length - 1 - suffix] === next[next.length - 1 - suffix]) suffix++;
  const deleteCount = current.length - prefix - suffix;
  if (deleteCount > 0) text.delete(prefix, deleteCount);
  const inserted = next.slice(prefix, next.length - suffix);
  if (inserted) text.insert(prefix, inserted);
}

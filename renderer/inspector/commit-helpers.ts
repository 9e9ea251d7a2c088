import type * as Y from 'yjs';
import type { Command, Problem } from '../../shared';
import { runCommand } from '../state/run-command';

/**
 * Builds per-field commit functions for an update command of the shape { id, changes }: each field's
 * commit runs the command with that one change and returns the problems to show, or null.
 */
export function fieldCommitter<Fields>(
  doc: Y.Doc,
  command: Command<{ id: string; changes: Partial<Fields> }, unknown>,
  id: string,
) {
  return <K extends keyof Fields>(field: K) =>
    (value: Fields[K]): readonly Problem[] | null => {
      const outcome = runCommand(doc, command, { id, changes: { [field]: value } as unknown as Partial<Fields> });
      return outcome.ok ? null : outcome.problems;
    };
}

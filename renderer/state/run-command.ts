import type * as Y from 'yjs';
import type { Command, Problem } from '../../shared';

/** The outcome of a command run from the UI: its result, or the problems to show beside the fields. */
export type CommandOutcome<Result> = { ok: true; result: Result } | { ok: false; problems: readonly Problem[] };

/**
 * Runs a domain command for a view and turns a refusal into field problems. Views never write to the
 * Y.Doc themselves; this is their only way in.
 */
export function runCommand<Input, Result>(
  doc: Y.Doc,
  command: Command<Input, Result>,
  input: Input,
): CommandOutcome<Result> {
  try {
    return { ok: true, result: command(doc, input) };
  } catch (error) {
    if (error instanceof Error && error.name === 'CommandError') {
      return { ok: false, problems: (error as Error & { problems: readonly Problem[] }).problems };
    }
    throw error;
  }
}

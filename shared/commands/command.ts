import type * as Y from 'yjs';
import type { z } from 'zod';
import type { Problem } from '../model/problem';
import { isReadOnly } from '../model/schema-version';

/**
 * Origin of every local user edit. The undo manager tracks only this origin, so a local undo never
 * reverts a peer's edit, a migration, or data loaded from disk.
 */
export const LOCAL_ORIGIN = Symbol('waymark-local-edit');

/** A command refused its input; the document is unchanged. `problems` name the fields at fault. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [{ message }],
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

/** A domain command: validates its input, then changes the document in one local transaction. */
export type Command<Input, Result> = ((doc: Y.Doc, input: Input) => Result) & { readonly commandName: string };

const registry = new Map<string, Command<never, unknown>>();

/** Every command defined so far, by name (for menus, logging and tests). */
export function registeredCommands(): ReadonlyMap<string, Command<never, unknown>> {
  return registry;
}

/** Turns zod issues into field problems the inspector can show beside each field. */
export function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const field = issue.path.filter((part) => typeof part === 'string').join('.');
    return field ? { field, message: issue.message } : { message: issue.message };
  });
}

/**
 * Defines a named command. `run` must do all its checks before its first write: a Yjs transaction cannot
 * roll back, so a command that throws must not have changed anything. One command is one transaction and
 * one undo step (nested commands join the outer transaction).
 */
export function defineCommand<Input, Result>(
  name: string,
  inputSchema: z.ZodType<Input>,
  run: (doc: Y.Doc, input: Input) => Result,
): Command<Input, Result> {
  if (registry.has(name)) throw new Error(`Two commands are named "${name}"`);
  const command = (doc: Y.Doc, input: Input): Result => {
    if (isReadOnly(doc)) {
      throw new CommandError('This roadmap was saved by a newer Waymark and is read-only here.');
    }
    const parsed = inputSchema.safeParse(input);
    if (!parsed.success) {
      const problems = problemsOf(parsed.error);
      throw new CommandError(problems.map((problem) => problem.message).join('; '), problems);
    }
    let result!: Result;
    doc.transact(() => {
      result = run(doc, parsed.data);
    }, LOCAL_ORIGIN);
    return result;
  };
  const named = Object.assign(command, { commandName: name });
  registry.set(name, named as Command<never, unknown>);
  return named;
}

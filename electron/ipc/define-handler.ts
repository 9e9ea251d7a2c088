import type { z } from 'zod';

/** What handlers may use of the main process; passed in, so handlers run under vitest without Electron. */
export interface HandlerContext {
  readonly appVersion: string;
  readonly platform: NodeJS.Platform;
}

/** One IPC handler: a zod schema for its argument list and the function that answers. */
export interface IpcHandler<Args extends unknown[], Result> {
  readonly args: z.ZodType<Args>;
  // Method syntax keeps parameters bivariant, so any handler fits IpcHandler<unknown[], unknown>.
  run(context: HandlerContext, ...args: Args): Result | Promise<Result>;
}

/** Declares a handler; arguments from the renderer reach `run` only after `args` has parsed them. */
export function defineHandler<Args extends unknown[], Result>(
  args: z.ZodType<Args>,
  run: (context: HandlerContext, ...args: Args) => Result | Promise<Result>,
): IpcHandler<Args, Result> {
  return { args, run };
}

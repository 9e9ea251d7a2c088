import { z } from 'zod';
import { isTrustedIpcSender } from '../security';
import type { HandlerContext, IpcHandler } from './define-handler';

/**
 * Runs one IPC call: refuses senders that are not the app's own page, then parses the arguments with
 * the handler's schema. Thrown errors reach the renderer as a rejected promise.
 */
export async function invokeHandler(
  handler: IpcHandler<unknown[], unknown>,
  context: HandlerContext,
  senderFrameUrl: string | null | undefined,
  args: unknown[],
): Promise<unknown> {
  if (!isTrustedIpcSender(senderFrameUrl)) throw new Error('Refused an IPC call from an untrusted sender');
  const parsed = handler.args.safeParse(args);
  if (!parsed.success) throw new Error(`Invalid IPC arguments: ${z.prettifyError(parsed.error)}`);
  return handler.run(context, ...parsed.data);
}

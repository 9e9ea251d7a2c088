import { ipcMain } from 'electron';
import type { HandlerContext } from './define-handler';
import { handlerEntries } from './handler-entries';
import { handlers } from './handlers';
import { invokeHandler } from './invoke-handler';

/** Registers every handler of the map with `ipcMain.handle`, each behind the sender and payload checks. */
export function registerIpcHandlers(context: HandlerContext): void {
  for (const [channel, handler] of handlerEntries(handlers)) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      invokeHandler(handler, context, event.senderFrame?.url, args),
    );
  }
}

import { handlerChannel } from './channels';
import type { IpcHandler } from './define-handler';

/** A handler map: namespaces of named handlers. */
export type HandlerMap = Readonly<Record<string, Readonly<Record<string, IpcHandler<unknown[], unknown>>>>>;

/** Flattens a handler map into `[channel, handler]` pairs, one per `ipcMain.handle` registration. */
export function handlerEntries(map: HandlerMap): [string, IpcHandler<unknown[], unknown>][] {
  return Object.entries(map).flatMap(([namespace, methods]) =>
    Object.entries(methods).map(([method, handler]): [string, IpcHandler<unknown[], unknown>] => [
      handlerChannel(namespace, method),
      handler,
    ]),
  );
}

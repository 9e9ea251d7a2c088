export { handlerChannel, MENU_COMMAND_CHANNEL } from './channels';
export { defineHandler, type HandlerContext, type IpcHandler } from './define-handler';
export type { DeclaredApiMatchesHandlers, HandlerApi } from './handler-api';
export { handlerEntries, type HandlerMap } from './handler-entries';
export { handlers } from './handlers';
export { invokeHandler } from './invoke-handler';
export { registerIpcHandlers } from './register';

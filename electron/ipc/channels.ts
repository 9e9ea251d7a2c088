/** The IPC channel of a handler: `namespace:method`, e.g. `app:getInfo`. */
export function handlerChannel<Namespace extends string, Method extends string>(
  namespace: Namespace,
  method: Method,
): `${Namespace}:${Method}` {
  return `${namespace}:${method}`;
}

/** The channel on which main sends a MenuCommand to a window's renderer. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

import type { WaymarkInvokeApi } from '../preload-api';
import type { IpcHandler } from './define-handler';
import type { handlers } from './handlers';

/** The renderer-side signature of every handler in a map: same arguments, the answer as a promise. */
export type HandlerApi<Map> = {
  [Namespace in keyof Map]: {
    [Method in keyof Map[Namespace]]: Map[Namespace][Method] extends IpcHandler<infer Args, infer Result>
      ? (...args: Args) => Promise<Awaited<Result>>
      : never;
  };
};

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/**
 * Compile-time check that the API declared for the renderer (preload-api.d.ts, which must stay DOM-safe)
 * is exactly the one derived from the handler map with `typeof`. A mismatch fails `tsc -b`.
 */
export type DeclaredApiMatchesHandlers = Assert<Same<HandlerApi<typeof handlers>, WaymarkInvokeApi>>;

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { encodePeerToken, RECONNECT_BACKOFF } from '../../../shared/sync';

/** A peer app in Node: its own Y.Doc synced to a host through the same provider the renderer uses. */
export interface TestPeer {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  /** Why the host refused it, once it did. */
  readonly refusal: Promise<string>;
  /** Resolves once the first sync with the host is done. */
  readonly synced: Promise<void>;
  destroy(): void;
}

export function connectPeer(options: {
  url: string;
  roadmapId: string;
  code: string;
  name?: string;
  peerId?: string;
  doc?: Y.Doc;
}): TestPeer {
  const doc = options.doc ?? new Y.Doc();
  let refused!: (reason: string) => void;
  const refusal = new Promise<string>((resolve) => (refused = resolve));
  let synced!: () => void;
  const syncedPromise = new Promise<void>((resolve) => (synced = resolve));
  const name = options.name ?? 'Test peer';
  const websocketProvider = new HocuspocusProviderWebsocket({ url: options.url, ...RECONNECT_BACKOFF });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: options.roadmapId,
    document: doc,
    token: encodePeerToken({ code: options.code, peerId: options.peerId ?? `peer-${name}-0000`, name }),
    onAuthenticationFailed: ({ reason }) => refused(reason),
    onSynced: () => synced(),
  });
  provider.attach();
  return {
    doc,
    provider,
    refusal,
    synced: syncedPromise,
    destroy: () => {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

/**
 * Polls `check` until it holds. The limit is for a hang, not for slowness: a busy machine may take long, and
 * a test never relies on how soon something happens, only on what happens.
 */
export async function eventually(check: () => boolean, what = 'condition', timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

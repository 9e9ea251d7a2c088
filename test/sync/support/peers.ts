import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { decodeAdmission, encodePeerToken, RECONNECT_BACKOFF } from '../../../shared/sync';
import { createRoadmapYDoc } from '../../../shared/model/document';

/** A peer app in Node: its own Y.Doc synced to a host through the same provider the renderer uses. */
export interface TestPeer {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  /** Why the host refused it, once it did. */
  readonly refusal: Promise<string>;
  /** Resolves once the first sync with the host is done. */
  readonly synced: Promise<void>;
  /** The rejoin secret the host gave it (sent in its token from then on), once it has one. */
  secret(): string | undefined;
  destroy(): void;
}

export function connectPeer(options: {
  url: string;
  roadmapId: string;
  code: string;
  name?: string;
  peerId?: string;
  doc?: Y.Doc;
  secret?: string;
  /** The web Origin its WebSocket claims (any client that is not a browser can claim any). */
  origin?: string;
}): TestPeer {
  let secret = options.secret;
  // Like the app's: garbage collection off, so baselines can be rebuilt.
  const doc = options.doc ?? createRoadmapYDoc();
  let refused!: (reason: string) => void;
  const refusal = new Promise<string>((resolve) => (refused = resolve));
  let synced!: () => void;
  const syncedPromise = new Promise<void>((resolve) => (synced = resolve));
  const name = options.name ?? 'Test peer';
  const origin = options.origin;
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: options.url,
    ...RECONNECT_BACKOFF,
    ...(origin
      ? {
          // Node's WebSocket (undici) takes extra headers as its second argument.
          WebSocketPolyfill: class extends WebSocket {
            constructor(url: string) {
              super(url, { headers: { origin } } as never);
            }
          },
        }
      : {}),
  });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: options.roadmapId,
    document: doc,
    // Read at every (re)connection, as the app does: a secret received meanwhile goes along.
    token: () => encodePeerToken({ code: options.code, peerId: options.peerId ?? `peer-${name}-0000`, name, secret }),
    onAuthenticationFailed: ({ reason }) => refused(reason),
    onStateless: ({ payload }) => (secret = decodeAdmission(payload) ?? secret),
    onSynced: () => synced(),
  });
  provider.attach();
  return {
    doc,
    provider,
    refusal,
    synced: syncedPromise,
    secret: () => secret,
    destroy: () => {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

export { eventually } from '../../support/eventually';

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { Server, type Extension, type Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import { decodePeerToken, encodeAdmission } from '../../../shared/sync';
import { AttemptLimiter, limitKeyOf } from './attempt-limiter';
import type { FolderStorage } from './folder-storage';
import { carriesValidUpdate } from './message-check';
import type { RoadmapAccess } from './roadmap-access';
import { ThrottledLog } from './throttled-log';

/** A peer connected to one of the host's roadmaps. */
export interface ConnectedPeer {
  readonly roadmapId: string;
  readonly peerId: string;
  readonly name: string;
  readonly address: string;
  /** The sharing app's own window (it joined with the owner code). */
  readonly owner: boolean;
}

export interface SyncHostOptions {
  /** 0 picks a free port. */
  readonly port: number;
  /** '0.0.0.0' to serve the LAN, '127.0.0.1' for this machine only. */
  readonly address: string;
  readonly access: RoadmapAccess;
  readonly storage: FolderStorage;
  /** Larger WebSocket messages close the connection (1009). Must fit a whole roadmap's first sync. */
  readonly maxMessageBytes?: number;
  /** Wrong join codes per address and minute (a burst of this many, then this many a minute). */
  readonly maxFailedJoinsPerMinute?: number;
  /** New connections per address and 10 seconds (a burst of this many, then this many per 10 s). */
  readonly maxConnectionsPer10s?: number;
  readonly log?: (line: string) => void;
}

interface PeerContext {
  peerId: string;
  name: string;
  address: string;
  owner: boolean;
  /** A rejoin secret issued at this admission, sent to the peer once it is connected. */
  issuedSecret?: string;
}

/** Set by the host on every upgrade request, so hooks know who connected (a client cannot set it). */
const ADDRESS_HEADER = 'x-waymark-peer-address';
const DEFAULT_MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

/** Tells Hocuspocus a hook handled the request itself (an empty rejection stops the default handling). */
function handled(): Promise<never> {
  return Promise.reject();
}

/**
 * A sync host: an embedded Hocuspocus server serving roadmaps to peers who know their join code, keeping
 * its own replica of each on disk. Used by the desktop app while it shares a roadmap, and by the headless
 * `npm run host` for an always-on machine. What it refuses:
 * - a wrong or missing join code (with a reason the joining app shows), and everyone from an address that
 *   failed too often; a removed peer; a roadmap the code does not open;
 * - a message over `maxMessageBytes` or one that does not decode: that connection is closed, the host and
 *   every other peer carry on;
 * - connection floods from one address.
 */
export class SyncHost {
  private readonly failedJoins: AttemptLimiter;
  /** Every upgraded socket: Hocuspocus' own shutdown leaves them open, and peers would wait on a dead host. */
  private readonly sockets = new Set<Duplex>();
  private readonly connectionAttempts: AttemptLimiter;
  /** One line per address and minute for refusals, one per roadmap and minute for files it cannot read. */
  private readonly refusals: ThrottledLog;
  private readonly loadFailures: ThrottledLog;

  private constructor(
    private readonly server: Server,
    private readonly options: SyncHostOptions,
  ) {
    this.failedJoins = new AttemptLimiter(options.maxFailedJoinsPerMinute ?? 10, 60_000);
    this.connectionAttempts = new AttemptLimiter(options.maxConnectionsPer10s ?? 50, 10_000);
    const log = (line: string) => options.log?.(line);
    this.refusals = new ThrottledLog(log, (address, count) => `Refused ${address} ${count} more times`);
    this.loadFailures = new ThrottledLog(log, (id, count) => `Could not load roadmap ${id} ${count} more times`);
  }

  static async start(options: SyncHostOptions): Promise<SyncHost> {
    let host: SyncHost | null = null;
    const extension: Extension = {
      extensionName: 'waymark',
      onUpgrade: async (data) => host!.onUpgrade(data.request, data.socket as Duplex),
      onRequest: async (data) => host!.onRequest(data.request, data.response),
      onAuthenticate: async (data) => host!.onAuthenticate(data),
      connected: async ({ connection, context }) => {
        const secret = (context as Partial<PeerContext>).issuedSecret;
        if (secret) connection.sendStateless(encodeAdmission(secret));
      },
      beforeHandleMessage: async ({ connection, update }) => {
        if (carriesValidUpdate(update)) return;
        host!.refusals.note(
          (connection.context as Partial<PeerContext>).address ?? 'unknown',
          'malformed-update',
          `Closed a connection from ${(connection.context as Partial<PeerContext>).address}: its update does not decode.`,
        );
        // 1007: invalid payload. The whole socket, not only this roadmap's channel: the peer misbehaves.
        connection.webSocket.close(1007, 'malformed update');
        throw Object.assign(new Error('malformed update'), { code: 1007, reason: 'malformed-update' });
      },
      onLoadDocument: async (data) => host!.onLoadDocument(data.documentName, data.document),
      onStoreDocument: async (data) => host!.onStoreDocument(data.documentName, data.document),
      // Every update a peer sends is journaled at once: durable within one fsync, long before the save.
      onChange: async ({ documentName, update }) => options.storage.record(documentName, update),
      // Hocuspocus ties an awareness client to its connection only when the client is new to the document;
      // a peer that reconnects keeps its client id, is then only "updated", and would linger as a ghost
      // after it leaves. Tie every client a connection speaks for to it, so its presence goes with it.
      beforeHandleAwareness: async ({ document, connection, states }) => {
        const entry = connection ? document.connections.get(connection) : undefined;
        if (entry) for (const [clientId, state] of states) if (state !== null) entry.clients.add(clientId);
      },
    };
    const server = new Server({
      name: 'waymark',
      port: options.port,
      address: options.address,
      quiet: true,
      stopOnSignals: false,
      // A dead peer is noticed, and its presence removed, within seconds.
      timeout: 10_000,
      debounce: 1000,
      maxDebounce: 5000,
      websocketOptions: { maxPayload: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES },
      // Before the join code is checked a client says who it is and little else: keep what it may queue small.
      maxUnauthenticatedQueueSize: 256 * 1024,
      maxUnauthenticatedQueueMessages: 50,
      maxPendingDocuments: 4,
      // Keep deleted content, like every replica: the baselines' snapshots point at it (see createRoadmapYDoc).
      yDocOptions: { gc: false, gcFilter: () => true },
      extensions: [extension],
    });
    host = new SyncHost(server, options);
    await server.listen();
    return host;
  }

  /** The port it listens on. */
  get port(): number {
    return this.server.address.port;
  }

  private get hocuspocus(): Hocuspocus {
    return this.server.hocuspocus;
  }

  /** Everyone connected, per roadmap. */
  peers(roadmapId?: string): ConnectedPeer[] {
    const peers: ConnectedPeer[] = [];
    for (const [name, document] of this.hocuspocus.documents) {
      if (roadmapId !== undefined && name !== roadmapId) continue;
      for (const connection of document.getConnections()) {
        const context = connection.context as Partial<PeerContext>;
        if (context.peerId) {
          peers.push({
            roadmapId: name,
            peerId: context.peerId,
            name: context.name!,
            address: context.address!,
            owner: context.owner === true,
          });
        }
      }
    }
    return peers;
  }

  /** Disconnects a peer from a roadmap now (its access is the RoadmapAccess' business). */
  disconnectPeer(roadmapId: string, peerId: string): void {
    const document = this.hocuspocus.documents.get(roadmapId);
    for (const connection of document?.getConnections() ?? []) {
      if ((connection.context as Partial<PeerContext>).peerId === peerId) {
        // The socket itself, not only this roadmap's channel on it: the peer's app notices at once.
        connection.webSocket.close(4403, 'removed');
      }
    }
  }

  /** Disconnects everyone from a roadmap (it is no longer shared); its replica is stored first. */
  async closeRoadmap(roadmapId: string): Promise<void> {
    const document = this.hocuspocus.documents.get(roadmapId);
    if (document) await this.options.storage.store(roadmapId, document);
    this.hocuspocus.closeConnections(roadmapId);
  }

  /**
   * Disconnects everyone, stores every open roadmap and stops listening, within `graceMs` whatever state the
   * roadmaps are in: a store that has not finished by then (a slow or failing disk) is given up on, and is
   * said in the log. Resolves once nothing of the host is left running.
   */
  async stop(graceMs = 5000): Promise<void> {
    for (const document of this.hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) connection.webSocket.close(1012, 'host stopped');
    }
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = await Promise.race([
      this.server.destroy().then(() => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), graceMs))),
    ]);
    clearTimeout(timer);
    if (gaveUp) {
      const names = [...this.hocuspocus.documents.keys()];
      this.options.log?.(`Stopped without finishing the save of ${names.length} roadmap(s): ${names.join(', ')}`);
      this.server.httpServer.closeAllConnections();
    }
    for (const socket of this.sockets) socket.destroy();
    await Promise.race([this.options.storage.close(), new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
    this.refusals.close();
    this.loadFailures.close();
    // Their timers (presence expiry) would keep the process alive.
    for (const document of this.hocuspocus.documents.values()) document.destroy();
  }

  private async onUpgrade(request: IncomingMessage, socket: Duplex) {
    // Limited per remote address, never per anything the client chooses (a web Origin can be anything).
    const address = request.socket.remoteAddress ?? 'unknown';
    request.headers[ADDRESS_HEADER] = address;
    if (!this.connectionAttempts.hit(limitKeyOf(address))) {
      this.refusals.note(address, 'connection-flood', `Refused a connection from ${address}: too many attempts.`);
      socket.destroy();
      return handled();
    }
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
  }

  /** Plain HTTP: `GET /roadmaps` with the join code lists what it opens (the join dialog asks this). */
  private async onRequest(request: IncomingMessage, response: ServerResponse) {
    const address = request.socket.remoteAddress ?? 'unknown';
    const key = limitKeyOf(address);
    const url = new URL(request.url ?? '/', 'http://host');
    const send = (status: number, body: unknown) => {
      response.writeHead(status, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        // Web mode joins from another origin (the app's page): let it read the answer, nothing else.
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'authorization',
      });
      response.end(JSON.stringify(body));
    };
    if (request.method === 'OPTIONS') send(204, null);
    else if (request.method !== 'GET' || url.pathname !== '/roadmaps') send(404, { error: 'Not found' });
    else if (this.failedJoins.isOver(key)) send(429, { error: 'Too many wrong join codes: wait a minute.' });
    else {
      const code = /^Bearer (.{1,64})$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
      // The folder is read only for a code that opens it (the team code), never for a guess.
      let kept: { id: string; title: string }[] = [];
      if (this.options.access.isTeamCode(code)) kept = await this.options.storage.list();
      // Stored ones and those open now (a roadmap just shared is stored a moment later).
      const known = new Set([...kept.map((roadmap) => roadmap.id), ...this.hocuspocus.documents.keys()]);
      const ids = this.options.access.roadmapsFor(code, [...known]);
      if (ids === null) {
        this.failedJoins.hit(key);
        this.refusals.note(address, 'wrong-code', `Refused ${address} listing roadmaps: wrong-code`);
        send(403, { error: 'Wrong join code.' });
      } else {
        const titles = new Map(kept.map((roadmap) => [roadmap.id, roadmap.title]));
        send(200, {
          roadmaps: ids.map((id) => ({
            id,
            title: titleOf(this.hocuspocus.documents.get(id)) ?? titles.get(id) ?? 'Untitled roadmap',
          })),
        });
      }
    }
    return handled();
  }

  private async onAuthenticate(data: {
    token: string;
    documentName: string;
    requestHeaders: Headers;
    connectionConfig: { readOnly: boolean };
  }): Promise<PeerContext> {
    const address = data.requestHeaders.get(ADDRESS_HEADER) ?? 'unknown';
    const key = limitKeyOf(address);
    const refuse = (reason: string) => {
      this.refusals.note(address, reason, `Refused ${address} for ${data.documentName}: ${reason}`);
      // Hocuspocus sends `reason` to the client as its permission-denied message (and logs any message).
      return Promise.reject(Object.assign(new Error(), { reason }));
    };
    const token = decodePeerToken(data.token);
    if (!token) {
      this.failedJoins.hit(key);
      return refuse('wrong-code');
    }
    // An address that guessed too often may still prove a secret nobody guesses (the owner's code, a rejoin
    // secret), so a flood from one machine or network does not lock out the people already in.
    const verdict = this.options.access.check(data.documentName, token, {
      codesAllowed: !this.failedJoins.isOver(key),
    });
    if (!verdict.ok) {
      if (verdict.reason === 'wrong-code') this.failedJoins.hit(key);
      return refuse(verdict.reason);
    }
    return {
      peerId: token.peerId,
      name: token.name,
      address,
      owner: verdict.owner === true,
      ...(verdict.secret ? { issuedSecret: verdict.secret } : {}),
    };
  }

  private async onLoadDocument(roadmapId: string, document: Y.Doc) {
    try {
      const state = await this.options.storage.load(roadmapId);
      if (state) Y.applyUpdate(document, state);
    } catch (error) {
      // Hocuspocus drops a document that failed to load without destroying it: its presence timer would
      // run forever (one more per retry of the peer), and keep the process from exiting after stop.
      document.destroy();
      const reason = (error as { reason?: string }).reason ?? 'unreadable';
      this.loadFailures.note(
        roadmapId,
        reason,
        `Cannot load roadmap ${roadmapId}: ${(error as Error).message} Its file is kept as it is, and the roadmap is not served until it is fixed or moved away.`,
      );
      // The reason goes to the peer; an empty message keeps Hocuspocus from logging every retry itself.
      throw Object.assign(new Error(), { reason });
    }
    return document;
  }

  private async onStoreDocument(roadmapId: string, document: Y.Doc) {
    await this.options.storage.store(roadmapId, document);
  }
}

function titleOf(document: Y.Doc | undefined): string | null {
  const title = document?.getMap('meta').get('title');
  return typeof title === 'string' ? title : null;
}

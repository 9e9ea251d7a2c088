import { createHash } from 'node:crypto';
import {
  generateJoinCode,
  generateRejoinSecret,
  ROADMAP_ID_PATTERN,
  sameJoinCode,
  type PeerToken,
} from '../../../shared/sync';

/** Whether a peer may open a roadmap, and if not, why (the reason is shown to the joining person). */
export type AccessVerdict =
  | {
      readonly ok: true;
      readonly owner?: boolean;
      /** A rejoin secret issued now (first admission with the join code): the host sends it to the peer. */
      readonly secret?: string;
      /** The peer proved a secret (owner code or rejoin secret) rather than a guessable join code. */
      readonly bySecret?: boolean;
    }
  | { readonly ok: false; readonly reason: 'wrong-code' | 'removed' | 'not-shared' | 'too-many-attempts' };

/** Only the hash of a rejoin secret is kept (and saved): a copy of the saved state lets no one in. */
function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** Rejoin secrets kept per peer id. */
const SECRETS_PER_PEER = 4;

/** One peer let in: who it said it was, and the hash of the rejoin secret it was given. */
export interface Admission {
  readonly peerId: string;
  readonly secretHash: string;
}

/** What a share remembers (saved by the sharing app, so sharing again after a restart keeps its code). */
export interface ShareState {
  readonly code: string;
  readonly ownerCode: string;
  readonly admitted: readonly Admission[];
  readonly removed: readonly string[];
}

interface Share {
  code: string;
  /** Peers let in once, by the hash of their rejoin secret: they come back with it after the code changed. */
  readonly admitted: Map<string, string>;
  /** The sharing app's own code: never shown, never rotated, so its window stays linked. */
  readonly ownerCode: string;
  /** Peers the host removed: refused even with a valid code, until shared anew. */
  readonly removed: Set<string>;
}

/** What the check may accept: everything, or (for an address over its limit) only secrets nobody guesses. */
export interface CheckOptions {
  readonly codesAllowed?: boolean;
}

/**
 * Who may open which roadmap. An app that shares a roadmap gets a join code for that roadmap only; a team
 * server (the headless host) can also have one team code that opens every roadmap it keeps. Pure: no
 * sockets, no clock; the sync host asks it about every connection.
 */
export class RoadmapAccess {
  private readonly shares = new Map<string, Share>();
  private readonly removedFromTeam = new Set<string>();

  /** Called when a peer is let in for the first time (the sharing app saves who was let in). */
  onAdmit: (() => void) | null = null;

  constructor(private readonly teamCode: string | null = null) {}

  /** Shares a roadmap (or keeps sharing it); returns its join code. */
  share(roadmapId: string): string {
    if (!ROADMAP_ID_PATTERN.test(roadmapId)) throw new Error(`Not a roadmap id: ${roadmapId}`);
    const existing = this.shares.get(roadmapId);
    if (existing) return existing.code;
    const code = generateJoinCode();
    this.shares.set(roadmapId, { code, ownerCode: generateJoinCode(), admitted: new Map(), removed: new Set() });
    return code;
  }

  /** Shares a roadmap again as it was shared before (its codes, who was let in, who was removed). */
  restore(roadmapId: string, state: ShareState): void {
    if (!ROADMAP_ID_PATTERN.test(roadmapId)) throw new Error(`Not a roadmap id: ${roadmapId}`);
    this.shares.set(roadmapId, {
      code: state.code,
      ownerCode: state.ownerCode,
      admitted: new Map(state.admitted.map((admission) => [admission.secretHash, admission.peerId])),
      removed: new Set(state.removed),
    });
  }

  /** What to save to share a roadmap again the same way. */
  stateOf(roadmapId: string): ShareState | null {
    const share = this.shares.get(roadmapId);
    if (!share) return null;
    return {
      code: share.code,
      ownerCode: share.ownerCode,
      admitted: [...share.admitted].map(([hash, peerId]) => ({ peerId, secretHash: hash })),
      removed: [...share.removed],
    };
  }

  /** Stops sharing a roadmap: its code no longer opens anything. */
  unshare(roadmapId: string): void {
    this.shares.delete(roadmapId);
  }

  /** Roadmaps shared one by one. */
  sharedRoadmaps(): string[] {
    return [...this.shares.keys()];
  }

  /** The code the sharing app's own window joins with. */
  ownerCodeOf(roadmapId: string): string | null {
    return this.shares.get(roadmapId)?.ownerCode ?? null;
  }

  /** The current join code of a shared roadmap. */
  codeOf(roadmapId: string): string | null {
    return this.shares.get(roadmapId)?.code ?? null;
  }

  /** Replaces a shared roadmap's join code; peers already in stay in. */
  rotate(roadmapId: string): string {
    const share = this.shares.get(roadmapId);
    if (!share) throw new Error('This roadmap is not shared.');
    share.code = generateJoinCode();
    return share.code;
  }

  /** Refuses a peer from now on and rotates the code it knew. Returns the new code. */
  removePeer(roadmapId: string, peerId: string): string | null {
    const share = this.shares.get(roadmapId);
    if (!share) {
      this.removedFromTeam.add(peerId);
      return null;
    }
    share.removed.add(peerId);
    for (const [hash, admitted] of share.admitted) if (admitted === peerId) share.admitted.delete(hash);
    return this.rotate(roadmapId);
  }

  /**
   * Whether `token` opens `roadmapId`. In order: the owner code; a removed peer (told so, whatever it
   * sends); a rejoin secret issued to this peer id; the current join code (which issues a secret); the team
   * code. With `codesAllowed: false` only the owner code and a rejoin secret count.
   */
  check(roadmapId: string, token: PeerToken, options: CheckOptions = {}): AccessVerdict {
    const codesAllowed = options.codesAllowed ?? true;
    if (!ROADMAP_ID_PATTERN.test(roadmapId)) return { ok: false, reason: 'not-shared' };
    const share = this.shares.get(roadmapId);
    if (share && sameJoinCode(token.code, share.ownerCode)) return { ok: true, owner: true, bySecret: true };
    // A removed peer is told so, whichever code it tries (its app stops retrying and says why).
    if (share?.removed.has(token.peerId)) return { ok: false, reason: 'removed' };
    if (share && token.secret !== undefined && share.admitted.get(secretHash(token.secret)) === token.peerId) {
      return { ok: true, bySecret: true };
    }
    if (!codesAllowed) return { ok: false, reason: 'too-many-attempts' };
    if (share && sameJoinCode(token.code, share.code)) {
      const secret = generateRejoinSecret();
      // A few per peer (devices, a lost secret); the oldest goes, so rejoining in a loop grows nothing.
      const own = [...share.admitted].filter(([, peerId]) => peerId === token.peerId);
      for (const [hash] of own.slice(0, Math.max(0, own.length - (SECRETS_PER_PEER - 1)))) share.admitted.delete(hash);
      share.admitted.set(secretHash(secret), token.peerId);
      this.onAdmit?.();
      return { ok: true, secret };
    }
    if (this.teamCode !== null && sameJoinCode(token.code, this.teamCode)) {
      return this.removedFromTeam.has(token.peerId) ? { ok: false, reason: 'removed' } : { ok: true };
    }
    return share || this.teamCode !== null ? { ok: false, reason: 'wrong-code' } : { ok: false, reason: 'not-shared' };
  }

  /** Whether a code is the team code (it opens every roadmap the host keeps). */
  isTeamCode(code: string): boolean {
    return this.teamCode !== null && sameJoinCode(code, this.teamCode);
  }

  /**
   * The roadmaps a code opens: one shared roadmap, or, for the team code, all of `kept` (possibly none).
   * Null when the code opens nothing: a wrong code.
   */
  roadmapsFor(code: string, kept: readonly string[]): string[] | null {
    if (this.teamCode !== null && sameJoinCode(code, this.teamCode)) return [...kept];
    const shared = [...this.shares].filter(([, share]) => sameJoinCode(code, share.code)).map(([id]) => id);
    return shared.length > 0 ? shared : null;
  }
}

import { createHash, timingSafeEqual } from 'node:crypto';
import { generateJoinCode, normalizeJoinCode, ROADMAP_ID_PATTERN, type PeerToken } from '../../../shared/sync';

/** Whether a peer may open a roadmap, and if not, why (the reason is shown to the joining person). */
export type AccessVerdict =
  | { readonly ok: true; readonly owner?: boolean }
  | { readonly ok: false; readonly reason: 'wrong-code' | 'removed' | 'not-shared' };

/** Compares two join codes in constant time (after canonicalizing what was typed). */
export function sameCode(typed: string, expected: string): boolean {
  const digest = (code: string) => createHash('sha256').update(code).digest();
  return timingSafeEqual(digest(normalizeJoinCode(typed) ?? `\0${typed}`), digest(normalizeJoinCode(expected) ?? ''));
}

/** What a share remembers (saved by the sharing app, so sharing again after a restart keeps its code). */
export interface ShareState {
  readonly code: string;
  readonly ownerCode: string;
  /** Every code this share had: a peer once let in may come back with the code it was given. */
  readonly pastCodes: readonly string[];
  readonly admitted: readonly string[];
  readonly removed: readonly string[];
}

interface Share {
  code: string;
  readonly pastCodes: Set<string>;
  /** Peers let in once: they reconnect with the code they have, even after the code changed. */
  readonly admitted: Set<string>;
  /** The sharing app's own code: never shown, never rotated, so its window stays linked. */
  readonly ownerCode: string;
  /** Peers the host removed: refused even with a valid code, until shared anew. */
  readonly removed: Set<string>;
}

/**
 * Who may open which roadmap. An app that shares a roadmap gets a join code for that roadmap only; a team
 * server (the headless host) can also have one team code that opens every roadmap it keeps.
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
    this.shares.set(roadmapId, {
      code,
      ownerCode: generateJoinCode(),
      pastCodes: new Set([code]),
      admitted: new Set(),
      removed: new Set(),
    });
    return code;
  }

  /** Shares a roadmap again as it was shared before (its codes, who was let in, who was removed). */
  restore(roadmapId: string, state: ShareState): void {
    if (!ROADMAP_ID_PATTERN.test(roadmapId)) throw new Error(`Not a roadmap id: ${roadmapId}`);
    this.shares.set(roadmapId, {
      code: state.code,
      ownerCode: state.ownerCode,
      pastCodes: new Set([...state.pastCodes, state.code]),
      admitted: new Set(state.admitted),
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
      pastCodes: [...share.pastCodes],
      admitted: [...share.admitted],
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
    share.pastCodes.add(share.code);
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
    share.admitted.delete(peerId);
    return this.rotate(roadmapId);
  }

  /** Whether `token` opens `roadmapId`. */
  check(roadmapId: string, token: PeerToken): AccessVerdict {
    if (!ROADMAP_ID_PATTERN.test(roadmapId)) return { ok: false, reason: 'not-shared' };
    const share = this.shares.get(roadmapId);
    if (share && sameCode(token.code, share.ownerCode)) return { ok: true, owner: true };
    // A removed peer is told so, whichever code it tries (its app stops retrying and says why).
    if (share?.removed.has(token.peerId)) return { ok: false, reason: 'removed' };
    if (share && sameCode(token.code, share.code)) {
      if (!share.admitted.has(token.peerId)) {
        share.admitted.add(token.peerId);
        this.onAdmit?.();
      }
      return { ok: true };
    }
    // Someone let in before, back with the code they were given (the code has changed since).
    if (share?.admitted.has(token.peerId) && [...share.pastCodes].some((code) => sameCode(token.code, code))) {
      return { ok: true };
    }
    if (this.teamCode !== null && sameCode(token.code, this.teamCode)) {
      return this.removedFromTeam.has(token.peerId) ? { ok: false, reason: 'removed' } : { ok: true };
    }
    return share || this.teamCode !== null ? { ok: false, reason: 'wrong-code' } : { ok: false, reason: 'not-shared' };
  }

  /** Whether a code is the team code (it opens every roadmap the host keeps). */
  isTeamCode(code: string): boolean {
    return this.teamCode !== null && sameCode(code, this.teamCode);
  }

  /**
   * The roadmaps a code opens: one shared roadmap, or, for the team code, all of `kept` (possibly none).
   * Null when the code opens nothing: a wrong code.
   */
  roadmapsFor(code: string, kept: readonly string[]): string[] | null {
    if (this.teamCode !== null && sameCode(code, this.teamCode)) return [...kept];
    const shared = [...this.shares].filter(([, share]) => sameCode(code, share.code)).map(([id]) => id);
    return shared.length > 0 ? shared : null;
  }
}

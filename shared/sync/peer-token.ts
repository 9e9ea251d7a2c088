import { z } from 'zod';
import { REJOIN_SECRET_PATTERN } from './admission';

/**
 * What a joining app sends the host to be let in: the join code it was given, who it is (a stable client
 * id and a display name, shown to the host and to the other peers), and, once it has been let in, the
 * rejoin secret the host gave it (see admission.ts).
 */
export const peerTokenSchema = z.object({
  code: z.string().min(1).max(64),
  peerId: z.string().min(8).max(64),
  name: z.string().trim().min(1).max(80),
  secret: z.string().regex(REJOIN_SECRET_PATTERN).optional(),
});

export type PeerToken = z.infer<typeof peerTokenSchema>;

/** The token as sent over the wire. */
export function encodePeerToken(token: PeerToken): string {
  return JSON.stringify(peerTokenSchema.parse(token));
}

/** The token a peer sent, or null when it is not one (too long, not JSON, missing fields). */
export function decodePeerToken(raw: string): PeerToken | null {
  if (raw.length > 1024) return null;
  try {
    const parsed = peerTokenSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Roadmap ids are UUIDs: anything else is refused before it can name a room or a file. */
export const ROADMAP_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

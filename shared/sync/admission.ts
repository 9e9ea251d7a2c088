/**
 * Coming back after the join code changed. A host lets a peer in with the current join code once, and then
 * sends it a rejoin secret (random, 256 bits) in a stateless message, to that peer only: never in
 * presence, never to anyone else. The peer keeps it with the roadmap's link and sends it in its token from
 * then on; the secret, not the code or the self-chosen peer id, is what lets it back in after the code
 * was changed, and removing the peer revokes it.
 */
const ADMISSION_TYPE = 'waymark/admitted';
/** A rejoin secret: 32 random bytes, base64url without padding. */
export const REJOIN_SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new rejoin secret (the host makes them). */
export function generateRejoinSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The stateless message that hands a peer its rejoin secret. */
export function encodeAdmission(secret: string): string {
  return JSON.stringify({ type: ADMISSION_TYPE, secret });
}

/** The rejoin secret in a stateless message from the host, or null when the message is not one. */
export function decodeAdmission(payload: string): string | null {
  if (payload.length > 256) return null;
  try {
    const message = JSON.parse(payload) as { type?: unknown; secret?: unknown };
    return message.type === ADMISSION_TYPE &&
      typeof message.secret === 'string' &&
      REJOIN_SECRET_PATTERN.test(message.secret)
      ? message.secret
      : null;
  } catch {
    return null;
  }
}

import { digest } from 'lib0/hash/sha256';

/**
 * Join codes: short, random, read aloud or typed by a person. Crockford's base-32 alphabet (no I, L, O, U),
 * 12 characters = 60 random bits, shown as three groups: "K7QM-2XPD-9HTR". Typing is forgiving: case,
 * spaces and dashes do not matter, and O/I/L read as 0/1/1.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12;

/** A new random join code. */
export function generateJoinCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(LENGTH));
  const characters = Array.from(bytes, (byte) => ALPHABET[byte % 32]);
  return [0, 4, 8].map((at) => characters.slice(at, at + 4).join('')).join('-');
}

/**
 * Whether a typed code is `expected`, after canonicalizing what was typed, in time that does not depend on
 * where they differ: both are hashed (SHA-256) and every byte of the hashes is compared.
 */
export function sameJoinCode(typed: string, expected: string): boolean {
  const encode = (text: string) => digest(new TextEncoder().encode(text));
  const a = encode(normalizeJoinCode(typed) ?? `\0${typed}`);
  const b = encode(normalizeJoinCode(expected) ?? '');
  let difference = a.length ^ b.length;
  for (let index = 0; index < a.length; index++) difference |= a[index]! ^ b[index]!;
  return difference === 0;
}

/** A typed code in its canonical form (what is compared), or null when it cannot be a join code. */
export function normalizeJoinCode(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (compact.length !== LENGTH || [...compact].some((character) => !ALPHABET.includes(character))) return null;
  return compact;
}

import { describe, expect, it } from 'vitest';
import { generateJoinCode, normalizeJoinCode, sameJoinCode } from './join-code';
import { decodePeerToken, encodePeerToken } from './peer-token';

describe('join codes', () => {
  it('are three groups of four typable characters, different every time', () => {
    const codes = new Set(Array.from({ length: 500 }, () => generateJoinCode()));
    expect(codes.size).toBe(500);
    for (const code of codes)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('forgive case, spaces, dashes and look-alike letters when typed', () => {
    expect(normalizeJoinCode('k7qm 2xpd 9htr')).toBe('K7QM2XPD9HTR');
    expect(normalizeJoinCode('K7QM-2XPD-9HTR')).toBe('K7QM2XPD9HTR');
    expect(normalizeJoinCode('OIL0-0000-0000')).toBe('011000000000');
    expect(normalizeJoinCode(generateJoinCode())).toMatch(/^[0-9A-Z]{12}$/);
  });

  it('refuse what cannot be a code', () => {
    for (const typed of ['', 'K7QM-2XPD', 'K7QM-2XPD-9HTR-0000', 'K7QM-2XPD-9HT!', 'ÜÜÜÜ-ÜÜÜÜ-ÜÜÜÜ']) {
      expect(normalizeJoinCode(typed), typed).toBeNull();
    }
  });
});

describe('peer tokens', () => {
  it('carry the code and who the peer is, and refuse anything else', () => {
    const token = { code: 'K7QM-2XPD-9HTR', peerId: 'peer-1234567', name: 'Ada' };
    expect(decodePeerToken(encodePeerToken(token))).toEqual(token);
    for (const raw of [
      '',
      'code',
      '{}',
      '{"code":"x","peerId":"short","name":"A"}',
      JSON.stringify({ ...token, name: '' }),
      'x'.repeat(2000),
    ]) {
      expect(decodePeerToken(raw), raw.slice(0, 40)).toBeNull();
    }
  });
});

describe('sameJoinCode', () => {
  it('matches what a person may type for the code, and nothing else', () => {
    expect(sameJoinCode('k7qm 2xpd 9htr', 'K7QM-2XPD-9HTR')).toBe(true);
    expect(sameJoinCode('K7QM-2XPD-9HTO', 'K7QM-2XPD-9HT0')).toBe(true); // O reads as 0
    expect(sameJoinCode('K7QM-2XPD-9HTS', 'K7QM-2XPD-9HTR')).toBe(false);
    expect(sameJoinCode('', 'K7QM-2XPD-9HTR')).toBe(false);
    // Something that is not a code never equals a code, nor another non-code.
    expect(sameJoinCode('not a code', 'not a code')).toBe(false);
  });
});

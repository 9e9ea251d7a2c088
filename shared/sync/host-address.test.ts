import { describe, expect, it } from 'vitest';
import { parseHostAddress } from './host-address';

describe('parseHostAddress', () => {
  it('reads addresses the way people type them', () => {
    expect(parseHostAddress('192.168.1.20:4455')).toEqual({
      ws: 'ws://192.168.1.20:4455',
      http: 'http://192.168.1.20:4455',
      label: '192.168.1.20:4455',
    });
    expect(parseHostAddress(' office-mac.local ')).toMatchObject({ ws: 'ws://office-mac.local:4455' });
    expect(parseHostAddress('ws://127.0.0.1:9000/')).toMatchObject({
      ws: 'ws://127.0.0.1:9000',
      http: 'http://127.0.0.1:9000',
    });
    expect(parseHostAddress('wss://sync.example.com/waymark')).toEqual({
      ws: 'wss://sync.example.com/waymark',
      http: 'https://sync.example.com/waymark',
      label: 'sync.example.com/waymark',
    });
    expect(parseHostAddress('https://sync.example.com:8443')).toMatchObject({ ws: 'wss://sync.example.com:8443' });
  });

  it('refuses what is not a host address', () => {
    for (const typed of [
      '',
      '   ',
      'not an address',
      'ftp://host',
      'ws://user:pw@host',
      'ws://host/?token=1',
      'javascript:alert(1)',
    ]) {
      expect(parseHostAddress(typed), typed).toBeNull();
    }
  });
});

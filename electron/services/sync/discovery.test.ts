import { describe, expect, it } from 'vitest';
import { advertisedTxt, foundHostOf } from './discovery';

const service = {
  name: "Ada's Waymark",
  port: 4455,
  addresses: ['fe80::1', '192.168.1.20'],
  host: 'ada.local',
  txt: advertisedTxt('Plan 2027'),
};

describe('discovered hosts', () => {
  it('lists a Waymark host with its name, title and IPv4 address', () => {
    expect(foundHostOf(service)).toEqual({
      name: "Ada's Waymark",
      title: 'Plan 2027',
      host: '192.168.1.20',
      port: 4455,
    });
    expect(foundHostOf({ ...service, addresses: [] })).toMatchObject({ host: 'ada.local' });
  });

  it('ignores what is not a well-formed Waymark host (anyone on the LAN can advertise)', () => {
    expect(foundHostOf({ ...service, txt: {} })).toBeNull();
    expect(foundHostOf({ ...service, txt: { v: '2', title: 'x' } })).toBeNull();
    expect(foundHostOf({ ...service, txt: { v: '1', title: 'x'.repeat(500) } })).toBeNull();
    expect(foundHostOf({ ...service, port: 0 })).toBeNull();
    expect(foundHostOf({ ...service, port: 70_000 })).toBeNull();
    expect(foundHostOf({ ...service, addresses: [], host: '' })).toBeNull();
  });

  it('keeps advertised titles short', () => {
    expect(advertisedTxt('y'.repeat(300)).title).toHaveLength(200);
  });
});

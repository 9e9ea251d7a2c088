import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineHandler, type HandlerContext } from './define-handler';
import { handlerEntries } from './handler-entries';
import { handlers } from './handlers';
import { invokeHandler } from './invoke-handler';

const calls: string[] = [];
const context: HandlerContext = {
  appVersion: '1.2.3',
  platform: 'linux',
  sharing: {
    share: async (id, title) => {
      calls.push(`share ${id} ${title}`);
      return { roadmapId: id, port: 4455, addresses: ['192.168.1.20'], code: 'AAAA-BBBB-CCCC', ownerCode: 'X' };
    },
    info: () => null,
    rotateCode: () => 'NEW0-C0DE-0000',
    removePeer: (id, peerId) => {
      calls.push(`remove ${id} ${peerId}`);
      return 'NEW0-C0DE-0000';
    },
    peers: () => [],
    stop: async () => {},
  },
  discovery: { hosts: () => [] },
  files: {
    saveCopy: async (bytes, name) => {
      calls.push(`save ${bytes.length} ${name}`);
      return true;
    },
    open: async () => null,
    savePdf: async (bytes, name) => {
      calls.push(`pdf ${bytes.length} ${name}`);
      return true;
    },
    saveExport: async (bytes, name, format) => {
      calls.push(`${format} ${bytes.length} ${name}`);
      return true;
    },
  },
};
const roadmapId = '6f1c1d3e-0000-4000-8000-000000000001';
const appPage = 'app://waymark/index.html';

describe('invokeHandler', () => {
  it('answers app.getInfo for the app page', async () => {
    await expect(invokeHandler(handlers.app.getInfo, context, appPage, [])).resolves.toEqual({
      version: '1.2.3',
      platform: 'linux',
    });
  });

  it.each([undefined, null, '', 'about:blank', 'https://example.com/', 'app://evil/', 'devtools://devtools/x.html'])(
    'refuses sender %s',
    async (sender) => {
      await expect(invokeHandler(handlers.app.getInfo, context, sender, [])).rejects.toThrow(/untrusted sender/);
    },
  );

  it('refuses arguments the schema does not describe', async () => {
    await expect(invokeHandler(handlers.app.getInfo, context, appPage, ['extra'])).rejects.toThrow(/Invalid IPC/);
    const rename = defineHandler(z.tuple([z.string().min(1)]), (_context, title) => title.toUpperCase());
    await expect(invokeHandler(rename, context, appPage, ['plan'])).resolves.toBe('PLAN');
    for (const bad of [[], [''], [42], [{ toString: () => 'x' }], ['a', 'b']]) {
      await expect(invokeHandler(rename, context, appPage, bad)).rejects.toThrow(/Invalid IPC/);
    }
  });

  it('passes on the parsed value, not the raw one', async () => {
    const echo = defineHandler(z.tuple([z.object({ id: z.string() })]), (_context, value) => value);
    const hostile: unknown = JSON.parse('{"id":"a","extra":1,"__proto__":{"admin":true}}');
    const result = await invokeHandler(echo, context, appPage, [hostile]);
    expect(result).toStrictEqual({ id: 'a' });
    expect(Object.hasOwn(result as object, '__proto__')).toBe(false);
    expect((result as { admin?: boolean }).admin).toBeUndefined();
  });
});

describe('handlerEntries', () => {
  it('gives one namespace:method channel per handler', () => {
    expect(handlerEntries(handlers).map(([channel]) => channel)).toEqual([
      'app:getInfo',
      'sync:share',
      'sync:info',
      'sync:rotateCode',
      'sync:removePeer',
      'sync:peers',
      'sync:stopSharing',
      'discovery:hosts',
      'files:saveCopy',
      'files:open',
      'files:savePdf',
      'files:saveExport',
    ]);
  });

  it('passes sync and file calls through only with valid arguments', async () => {
    await expect(invokeHandler(handlers.sync.share, context, appPage, [roadmapId, 'Plan'])).resolves.toMatchObject({
      code: 'AAAA-BBBB-CCCC',
    });
    await expect(invokeHandler(handlers.sync.removePeer, context, appPage, [roadmapId, 'peer-1'])).resolves.toBe(
      'NEW0-C0DE-0000',
    );
    await expect(invokeHandler(handlers.files.saveCopy, context, appPage, [new Uint8Array(3), 'Plan'])).resolves.toBe(
      true,
    );
    expect(calls).toEqual([`share ${roadmapId} Plan`, `remove ${roadmapId} peer-1`, 'save 3 Plan']);
    for (const bad of [['../../etc/passwd', 'x'], [roadmapId], [roadmapId, 42], ['', 'x']]) {
      await expect(invokeHandler(handlers.sync.share, context, appPage, bad)).rejects.toThrow(/Invalid IPC/);
    }
    await expect(invokeHandler(handlers.files.saveCopy, context, appPage, ['bytes', 'Plan'])).rejects.toThrow(
      /Invalid IPC/,
    );
    await expect(
      invokeHandler(handlers.sync.share, context, 'https://evil.example/', [roadmapId, 'x']),
    ).rejects.toThrow(/untrusted sender/);
    expect(calls).toHaveLength(3);
    const pdf = new TextEncoder().encode('%PDF-1.7 ...');
    await expect(invokeHandler(handlers.files.savePdf, context, appPage, [pdf, 'Plan'])).resolves.toBe(true);
    await expect(invokeHandler(handlers.files.savePdf, context, appPage, [new Uint8Array(9), 'Plan'])).rejects.toThrow(
      /Invalid IPC/,
    );
  });

  it('saves CSV and JSON exports only when they are what they claim', async () => {
    calls.length = 0;
    const text = (value: string) => new TextEncoder().encode(value);
    const save = (args: unknown[]) => invokeHandler(handlers.files.saveExport, context, appPage, args);
    await expect(save([text('\uFEFFId,Title\r\n1,Ünïcode\r\n'), 'Plan', 'csv'])).resolves.toBe(true);
    await expect(save([text('{"format":"waymark-roadmap"}\n'), 'Plan', 'json'])).resolves.toBe(true);
    expect(calls).toEqual(['csv 26 Plan', 'json 29 Plan']);
    for (const bad of [
      [text('{"not": json'), 'Plan', 'json'],
      [new Uint8Array([0x49, 0x64, 0x00, 0x0a]), 'Plan', 'csv'],
      [new Uint8Array([0xff, 0xfe, 0x41]), 'Plan', 'csv'],
      [text('a,b'), 'Plan', 'xlsx'],
      [text('a,b'), 'Plan'],
      ['a,b', 'Plan', 'csv'],
    ]) {
      await expect(save(bad)).rejects.toThrow(/Invalid IPC/);
    }
    await expect(
      invokeHandler(handlers.files.saveExport, context, 'https://evil.example/', [text('a'), 'x', 'csv']),
    ).rejects.toThrow(/untrusted sender/);
    expect(calls).toHaveLength(2);
  });
});

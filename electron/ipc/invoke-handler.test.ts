import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineHandler, type HandlerContext } from './define-handler';
import { handlerEntries } from './handler-entries';
import { handlers } from './handlers';
import { invokeHandler } from './invoke-handler';

const context: HandlerContext = { appVersion: '1.2.3', platform: 'linux' };
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
    expect(handlerEntries(handlers).map(([channel]) => channel)).toEqual(['app:getInfo']);
  });
});

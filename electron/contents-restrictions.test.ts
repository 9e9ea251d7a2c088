import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { restrictContents, type RestrictableContents } from './contents-restrictions';

/** A stand-in for Electron's web contents and session that records what the restrictions installed. */
function fakeContents() {
  const emitter = new EventEmitter();
  const handlers: {
    windowOpen?: (details: { url: string }) => { action: string };
    permission?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    permissionCheck?: () => boolean;
    request?: (
      details: { url: string; resourceType: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void;
  } = {};
  const session = {
    setPermissionRequestHandler: (handler: never) => void (handlers.permission = handler),
    setPermissionCheckHandler: (handler: never) => void (handlers.permissionCheck = handler),
    setDevicePermissionHandler: () => {},
    webRequest: { onBeforeRequest: (handler: never) => void (handlers.request = handler) },
  };
  const contents = {
    session,
    on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
    setWindowOpenHandler: (handler: never) => void (handlers.windowOpen = handler),
  } as unknown as RestrictableContents;
  /** Emits a navigation-like event; true when the restrictions prevented it. */
  const attempt = (event: string, url?: string) => {
    let prevented = false;
    emitter.emit(event, { url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { contents, handlers, attempt };
}

describe('restrictContents: what the app does with hostile navigation, windows and requests', () => {
  it('refuses navigation and redirects away from the app, and every webview', () => {
    const { contents, attempt } = fakeContents();
    restrictContents(contents, async () => {});
    expect(attempt('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(attempt('will-redirect', 'http://127.0.0.1:4455/')).toBe(true);
    expect(attempt('will-navigate', 'app://waymark/index.html')).toBe(false);
    expect(attempt('will-attach-webview')).toBe(true);
  });

  it('denies every new window; a safe https link opens in the browser, anything else nowhere', () => {
    const opened: string[] = [];
    const { contents, handlers } = fakeContents();
    restrictContents(contents, async (url) => void opened.push(url));
    for (const url of ['https://example.com/docs', 'javascript:alert(1)', 'file:///etc/passwd', 'app://waymark/x']) {
      expect(handlers.windowOpen!({ url })).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://example.com/docs']);
  });

  it('grants no permission and cancels requests for remote content', () => {
    const { contents, handlers } = fakeContents();
    restrictContents(contents, async () => {});
    let granted: boolean | undefined;
    handlers.permission!(null, 'media', (answer) => (granted = answer));
    expect(granted).toBe(false);
    expect(handlers.permissionCheck!()).toBe(false);
    const cancelled = (url: string, resourceType: string) => {
      let answer: boolean | undefined;
      handlers.request!({ url, resourceType }, (response) => (answer = response.cancel));
      return answer;
    };
    expect(cancelled('https://cdn.example/script.js', 'script')).toBe(true);
    expect(cancelled('ws://192.168.1.20:4455', 'webSocket')).toBe(false);
  });
});

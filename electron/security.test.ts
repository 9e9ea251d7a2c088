import { describe, expect, it } from 'vitest';
import {
  isAllowedNavigation,
  isAllowedRequest,
  isAppUrl,
  isSafeExternalUrl,
  isTrustedIpcSender,
  toSafeExternalUrl,
} from './security';

const notStrings = [undefined, null, '', ' ', 'not a url', 'app', '//waymark/'];

describe('isAppUrl', () => {
  it.each(['app://waymark/', 'app://waymark/index.html', 'app://waymark/assets/index-1.js?v=1#x', 'APP://waymark/'])(
    'accepts %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    ...notStrings,
    'app://evil/',
    'app://waymark.evil.com/',
    'app://evil.com/waymark/',
    'app://waymark@evil.com/', // "waymark" is the user name here
    'app://user:password@waymark/',
    'app://waymark:8080/',
    'app:waymark/index.html',
    'app:///waymark/',
    'app://WAYMARK/', // Chromium lowercases standard-scheme hosts; anything else is not ours
    'app://waymark%2eevil/',
    'https://waymark/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)//app://waymark/',
    'data:text/html,<script>alert(1)</script>',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('isSafeExternalUrl', () => {
  it.each(['https://example.com', 'https://example.com/path?q=1#top', 'HTTPS://EXAMPLE.COM/'])('accepts %s', (url) =>
    expect(isSafeExternalUrl(url)).toBe(true),
  );

  it.each([
    ...notStrings,
    'http://example.com/',
    'https://user@example.com/',
    'https://user:password@example.com/',
    'https://bank.example@evil.example/',
    'https:',
    'https://',
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share',
    'javascript:alert(1)',
    'data:text/html,hi',
    'app://waymark/',
    'ms-msdt:/id PCWDiagnostic',
    'mailto:someone@example.com',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));

  it('hands out the normalised URL, not the raw string', () => {
    expect(toSafeExternalUrl('  https://EXAMPLE.com/a b\n')).toBe('https://example.com/a%20b');
    expect(toSafeExternalUrl('https:\\\\example.com\\x')).toBe('https://example.com/x');
  });
});

describe('isTrustedIpcSender', () => {
  it('trusts only frames of the app origin', () => {
    expect(isTrustedIpcSender('app://waymark/index.html')).toBe(true);
    for (const url of [
      undefined,
      null,
      '',
      'about:blank',
      'http://localhost:5173/',
      'https://example.com/',
      'devtools://devtools/bundled/inspector.html',
      'app://other/',
      'file:///work/main/out/renderer/index.html',
    ]) {
      expect(isTrustedIpcSender(url)).toBe(false);
    }
  });
});

describe('isAllowedNavigation', () => {
  it('stays inside the app', () => {
    expect(isAllowedNavigation('app://waymark/index.html')).toBe(true);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('app://evil/')).toBe(false);
  });
});

describe('isAllowedRequest: sync', () => {
  it('allows WebSockets and the join lookup to a host the person chose', () => {
    expect(isAllowedRequest('ws://192.168.1.20:4455', 'webSocket')).toBe(true);
    expect(isAllowedRequest('wss://sync.example.com/waymark', 'webSocket')).toBe(true);
    expect(isAllowedRequest('http://192.168.1.20:4455/roadmaps', 'fetch')).toBe(true);
    expect(isAllowedRequest('https://sync.example.com/roadmaps', 'xhr')).toBe(true);
  });
  it.each([
    ['https://evil.example/script.js', 'script'],
    ['https://evil.example/style.css', 'stylesheet'],
    ['https://evil.example/pixel.png', 'image'],
    ['https://evil.example/', 'mainFrame'],
    ['https://evil.example/', 'subFrame'],
    ['http://192.168.1.20:4455/', 'webSocket'],
    ['ws://192.168.1.20:4455', 'fetch'],
    ['file:///etc/passwd', 'fetch'],
    ['https://evil.example/x', undefined],
  ])('still refuses %s as %s', (url, type) => expect(isAllowedRequest(url, type)).toBe(false));
});

describe('isAllowedRequest', () => {
  it.each(['app://waymark/assets/index.js', 'devtools://devtools/bundled/inspector.js', 'data:image/png;base64,AAAA'])(
    'allows %s',
    (url) => expect(isAllowedRequest(url)).toBe(true),
  );

  it.each([
    ...notStrings,
    'https://example.com/tracker.js',
    'http://127.0.0.1:1234/',
    'ws://192.168.1.2:1234/',
    'wss://example.com/',
    'file:///etc/passwd',
    'app://evil/x.js',
    'chrome-extension://abc/x.js',
    'ftp://example.com/',
  ])('blocks %s', (url) => expect(isAllowedRequest(url)).toBe(false));
});

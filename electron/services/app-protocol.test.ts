import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { resolveAppRequest, serveAppRequest } from './app-protocol';

// A real directory shaped like out/renderer, with a secret beside it that must stay unreachable.
const base = mkdtempSync(join(tmpdir(), 'waymark-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Waymark</title>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
writeFileSync(join(root, 'assets', 'a b.woff2'), 'font');
writeFileSync(join(base, 'secret.txt'), 'secret');
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveAppRequest', () => {
  it('maps the root to index.html', () => {
    for (const url of ['app://waymark/', 'app://waymark', 'app://waymark/?x=1#y']) {
      expect(resolveAppRequest(url, root)).toEqual({
        path: join(root, 'index.html'),
        contentType: 'text/html; charset=utf-8',
      });
    }
  });

  it('maps files with their content type, decoding escapes', () => {
    expect(resolveAppRequest('app://waymark/assets/index-abc.js?v=2', root)).toEqual({
      path: join(root, 'assets', 'index-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppRequest('app://waymark/assets/a%20b.woff2', root)).toEqual({
      path: join(root, 'assets', 'a b.woff2'),
      contentType: 'font/woff2',
    });
    expect(resolveAppRequest('app://waymark/assets/blob.unknown', root)).toMatchObject({
      contentType: 'application/octet-stream',
    });
  });

  it.each([
    'app://waymark/%2e%2e/secret.txt',
    'app://waymark/%2E%2E/secret.txt',
    'app://waymark/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://waymark/..%2fsecret.txt',
    'app://waymark/..%5csecret.txt',
    'app://waymark/..\\secret.txt',
    'app://waymark/assets\\..\\..\\secret.txt',
    'app://waymark/%2fetc%2fpasswd',
    'app://waymark//etc/passwd',
    'app://waymark/C:/Windows/win.ini',
    'app://waymark/C%3a%5cWindows%5cwin.ini',
    'app://waymark/index.html%00.js',
    'app://waymark/index.html::$DATA',
    'app://waymark/%E0%A4%A', // malformed escape
    'app://waymark/./index.html%2f.',
    'app://waymark/assets/',
    'app://waymark/../../secret.txt',
    'app://waymark/assets/../index.html',
    'app://waymark/./index.html',
    'app://waymark/.%2E/secret.txt',
    'app://waymark/assets/%2e?x=..',
  ])('refuses %s', (url) => {
    expect(resolveAppRequest(url, root)).toEqual({ status: 403 });
  });

  it('does not mistake dots in names or queries for traversal', () => {
    expect(resolveAppRequest('app://waymark/assets/index-abc.js?path=../..#..', root)).toMatchObject({
      path: join(root, 'assets', 'index-abc.js'),
    });
    expect(resolveAppRequest('app://waymark/assets/...js', root)).toMatchObject({
      path: join(root, 'assets', '...js'),
    });
  });

  it.each([
    'app://evil/index.html',
    'app://waymark.evil/index.html',
    'app://user@waymark/index.html',
    'app://waymark:99/index.html',
    'https://waymark/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('answers 404 for other origins: %s', (url) => {
    expect(resolveAppRequest(url, root)).toEqual({ status: 404 });
  });
});

describe('serveAppRequest', () => {
  const get = (url: string) => serveAppRequest({ url, method: 'GET' }, root);

  it('serves index.html with the CSP and nosniff', async () => {
    const response = await get('app://waymark/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Waymark</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://waymark/assets/index-abc.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for missing files and directories, 403 for traversal, both with the headers', async () => {
    for (const [url, status] of [
      ['app://waymark/missing.js', 404],
      ['app://waymark/assets', 404],
      ['app://waymark/index.html/x', 404],
      ['app://waymark/%2e%2e/secret.txt', 403],
      ['app://other/index.html', 404],
    ] as const) {
      const response = await get(url);
      expect(response.status, url).toBe(status);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toBe('');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await serveAppRequest({ url: 'app://waymark/', method: 'HEAD' }, root);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await serveAppRequest({ url: 'app://waymark/', method: 'POST' }, root);
    expect(post.status).toBe(405);
  });
});

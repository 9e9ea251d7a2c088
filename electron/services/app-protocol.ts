import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { isAppUrl } from '../security';
import { contentTypeFor } from './content-type';

/** Where a request to `app://waymark/...` leads: a file under the root, or a refusal. */
export type AppRequestResolution = { path: string; contentType: string } | { status: 403 | 404 };

/** Headers on every response of the app protocol, errors included. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

// The URL parser quietly resolves `..` and `%2e%2e` (the result would stay inside the root); the app
// never asks for such paths, so a request that contains them is refused outright.
function hasDotSegment(url: string): boolean {
  const afterScheme = url.slice(url.indexOf('//') + 2);
  const path = afterScheme.slice(afterScheme.search(/[/\\]|$/)).split(/[?#]/, 1)[0] ?? '';
  return path.split(/[/\\]/).some((segment) => /^(\.|%2e){1,2}$/i.test(segment));
}

/**
 * Maps a request URL to a file under rootDir. Other origins get 404; anything that could leave the root
 * (dot segments, encoded or not, backslashes, absolute or drive paths, NUL, colons) gets 403.
 */
export function resolveAppRequest(url: string, rootDir: string): AppRequestResolution {
  if (!isAppUrl(url)) return { status: 404 };
  if (hasDotSegment(url)) return { status: 403 };
  let decoded: string;
  try {
    // pathname keeps percent-escapes; decode so `%2e%2e` and `%2f` are seen for what they are.
    decoded = decodeURIComponent(new URL(url).pathname);
  } catch {
    return { status: 403 };
  }
  const wanted = decoded === '' || decoded === '/' ? 'index.html' : decoded.slice(1);
  // Colons catch Windows drives (C:) and alternate data streams; Vite never emits them in file names.
  if (/[\\\0:]/.test(wanted)) return { status: 403 };
  const segments = wanted.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return { status: 403 };

  // Belt and braces: whatever the checks above missed, the resolved file must still be inside the root.
  const root = resolve(rootDir);
  const path = resolve(root, ...segments);
  const inside = relative(root, path);
  if (inside === '' || isAbsolute(inside) || inside.split(sep)[0] === '..') return { status: 403 };
  return { path, contentType: contentTypeFor(path) };
}

function refusal(status: number): Response {
  return new Response(null, { status, headers: APP_RESPONSE_HEADERS });
}

/** Answers one request of the app protocol from the files under rootDir (the built renderer). */
export async function serveAppRequest(request: { url: string; method: string }, rootDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
  const resolved = resolveAppRequest(request.url, rootDir);
  if ('status' in resolved) return refusal(resolved.status);
  let body: Buffer;
  try {
    body = await readFile(resolved.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refusal(code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' ? 404 : 500);
  }
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': resolved.contentType },
  });
}

import { APP_HOST, APP_SCHEME } from './app-origin';

// Pure decisions behind the security restrictions (security-restrictions.ts applies them).
// Every check parses with the WHATWG URL parser and compares parts; never prefixes of strings.

function parse(url: string | null | undefined): URL | null {
  if (typeof url !== 'string' || url === '') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for URLs of the app's own origin (`app://waymark/...`), with no credentials and no port. */
export function isAppUrl(url: string | null | undefined): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The normalised form of an https link that may be handed to the OS browser, or null if it may not. */
export function toSafeExternalUrl(url: string | null | undefined): string | null {
  const parsed = parse(url);
  if (parsed === null || parsed.protocol !== 'https:' || parsed.hostname === '') return null;
  // Credentials in a link are a phishing trick (https://bank.com@evil.example/).
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/** True for links the app may open in the user's browser: https only, no credentials. */
export function isSafeExternalUrl(url: string | null | undefined): boolean {
  return toSafeExternalUrl(url) !== null;
}

/** True when an IPC message comes from a frame showing the app's own page (not devtools, not about:blank). */
export function isTrustedIpcSender(senderFrameUrl: string | null | undefined): boolean {
  return isAppUrl(senderFrameUrl);
}

/** True when a window may navigate (or be redirected) to the URL: only within the app's origin. */
export function isAllowedNavigation(url: string | null | undefined): boolean {
  return isAppUrl(url);
}

/**
 * True for requests the renderer may make: its own files, the devtools front end, inline data (the CSP
 * allows `data:` images), and sync with a host the person chose: WebSockets (ws:, wss:) and the join
 * lookup (fetch over http:, https:). Remote scripts, styles, images, frames and navigations stay blocked.
 */
export function isAllowedRequest(url: string | null | undefined, resourceType?: string): boolean {
  const parsed = parse(url);
  if (parsed === null) return false;
  if (isAppUrl(url) || parsed.protocol === 'devtools:' || parsed.protocol === 'data:') return true;
  if (resourceType === 'webSocket') return parsed.protocol === 'ws:' || parsed.protocol === 'wss:';
  if (resourceType === 'xhr' || resourceType === 'fetch')
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  return false;
}

/** Where to reach a host: its WebSocket address (sync) and its HTTP address (the join lookup). */
export interface HostAddress {
  readonly ws: string;
  readonly http: string;
  /** As shown to people: host:port. */
  readonly label: string;
}

/** The port a host listens on when none is typed. */
export const DEFAULT_HOST_PORT = 4455;

/**
 * Reads an address as people type it: "192.168.1.20:4455", "office-mac.local", "ws://host:port",
 * "wss://sync.example.com/waymark" or an http(s) URL of the same server. Null when it is not one.
 */
export function parseHostAddress(typed: string): HostAddress | null {
  const text = typed.trim();
  if (text === '' || /\s/.test(text)) return null;
  const withScheme = /^[a-z]+:\/\//i.test(text) ? text : `ws://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  const secure = url.protocol === 'wss:' || url.protocol === 'https:';
  if (!['ws:', 'wss:', 'http:', 'https:'].includes(url.protocol) || !url.hostname || url.username || url.password) {
    return null;
  }
  if (url.search || url.hash) return null;
  const port = url.port || (secure ? '' : String(DEFAULT_HOST_PORT));
  const host = `${url.hostname.includes(':') && !url.hostname.startsWith('[') ? `[${url.hostname}]` : url.hostname}${port ? `:${port}` : ''}`;
  const path = url.pathname.replace(/\/+$/, '');
  return {
    ws: `${secure ? 'wss' : 'ws'}://${host}${path}`,
    http: `${secure ? 'https' : 'http'}://${host}${path}`,
    label: `${host}${path}`,
  };
}

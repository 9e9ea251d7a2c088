/**
 * The renderer's Content-Security-Policy: only the app's own scripts, styles and fonts; no remote content.
 * The only way out is connect-src, for sync with a host the person chose.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  // Sync: a host or sync server anywhere the person points the app (WebSocket), and its join lookup (HTTP).
  "connect-src 'self' ws: wss: http: https:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

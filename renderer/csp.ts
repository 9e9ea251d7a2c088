/**
 * The renderer's Content-Security-Policy: only the app's own scripts, styles and fonts; no remote content.
 * Sync connections (ws:) are added by the issue that brings sync, not before.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

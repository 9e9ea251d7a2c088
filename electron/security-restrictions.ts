import { app, shell, type Session, type WebContents } from 'electron';
import { isAllowedNavigation, isAllowedRequest, toSafeExternalUrl } from './security';

// Imported first by main.ts, so these rules are in place before any window or session exists.
// The decisions are pure functions in security.ts (tested there); this file only wires them up.

// Forces the sandbox on every renderer, even one created without our webPreferences.
app.enableSandbox();

const hardenedSessions = new WeakSet<Session>();

/** No permission (camera, notifications, geolocation...) is ever granted; no remote request is made. */
function hardenSession(session: Session): void {
  if (hardenedSessions.has(session)) return;
  hardenedSessions.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, details.resourceType) }),
  );
}

function restrictContents(contents: WebContents): void {
  hardenSession(contents.session);
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // New windows are never opened; a safe https link goes to the user's browser instead.
  contents.setWindowOpenHandler(({ url }) => {
    const external = toSafeExternalUrl(url);
    if (external !== null) void shell.openExternal(external);
    return { action: 'deny' };
  });
}

app.on('web-contents-created', (_event, contents) => restrictContents(contents));

import type { Session, WebContents } from 'electron';
import { isAllowedNavigation, isAllowedRequest, toSafeExternalUrl } from './security';

/** The part of a session the restrictions touch (structural, so tests can hand in a stand-in). */
export type RestrictableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
> & { readonly webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

/** The part of a web contents the restrictions touch. */
export interface RestrictableContents {
  readonly session: RestrictableSession;
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
    listener: (event: NavigationEvent) => void,
  ): unknown;
  setWindowOpenHandler: WebContents['setWindowOpenHandler'];
}

interface NavigationEvent {
  readonly url?: string;
  preventDefault(): void;
}

const hardenedSessions = new WeakSet<object>();

/** No permission (camera, notifications, geolocation...) is ever granted; no remote request is made. */
export function hardenSession(session: RestrictableSession): void {
  if (hardenedSessions.has(session)) return;
  hardenedSessions.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, details.resourceType) }),
  );
}

/**
 * Every web contents: navigation only within the app, no webviews, no new windows (a safe https link goes
 * to the user's browser through `openExternal` instead).
 */
export function restrictContents(contents: RestrictableContents, openExternal: (url: string) => Promise<void>): void {
  hardenSession(contents.session);
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = toSafeExternalUrl(url);
    if (external !== null) void openExternal(external);
    return { action: 'deny' };
  });
}

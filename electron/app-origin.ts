/** The custom scheme that serves the built renderer. */
export const APP_SCHEME = 'app';

/** The one host of that scheme; together they make the renderer's origin. */
export const APP_HOST = 'waymark';

/**
 * The renderer's origin. IndexedDB (the local copy of every roadmap) is stored per origin, so this must
 * never change: a new origin would open an empty database.
 */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The page the main window loads. */
export const APP_HOME_URL = `${APP_ORIGIN}/index.html`;

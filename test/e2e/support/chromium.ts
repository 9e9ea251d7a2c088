import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Where Chromium is: $CHROMIUM_PATH, else the usual Debian paths; null when there is none. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** The one line printed when no browser is found, instead of an obscure launch failure. */
export const MISSING_CHROMIUM =
  'No Chromium found for the end-to-end tests: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

// Quiet, offline-safe flags: no background connections (this machine has no internet), no GPU.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  return chromium.launch({ executablePath, args: ARGS });
}

/** Launches Chromium with a profile on disk, so IndexedDB survives a browser restart. */
export async function launchPersistentChromium(userDataDir: string): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    args: ARGS,
    viewport: { width: 1400, height: 860 },
  });
}

/** One Chromium for the test file that calls this at its top level: launched before its tests, closed after. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running (useChromium must be called at the top of the file)');
    return browser;
  };
}

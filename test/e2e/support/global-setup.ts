import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findChromium, MISSING_CHROMIUM } from './chromium';
import { serveWebBuild } from './web-server';

/** The port the web build is served on during end-to-end tests (fixed: IndexedDB is per origin); E2E_PORT overrides. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4317);

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Checks the prerequisites once, then serves the web build for every test file. */
export default async function setup(project: TestProject) {
  if (!findChromium()) {
    console.error(MISSING_CHROMIUM);
    throw new Error(MISSING_CHROMIUM);
  }
  if (!existsSync(fileURLToPath(new URL('../../../dist-web/index.html', import.meta.url)))) {
    throw new Error('No web build in dist-web/: run `npm run build:web` first (npm run test:e2e does).');
  }
  const server = await serveWebBuild(E2E_PORT);
  project.provide('baseUrl', server.url);
  return () => server.close();
}

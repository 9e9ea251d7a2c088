import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findChromium, MISSING_CHROMIUM } from './chromium';
import { serveWebBuild } from './web-server';

/**
 * The port the web build is served on during end-to-end tests: E2E_PORT, or else a free one (so two runs on
 * one machine never collide). Either way it is fixed for the run, which IndexedDB's per-origin storage needs.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 0);
/** The web build to serve: E2E_WEB_DIR (npm test builds one per run), else dist-web (npm run test:e2e). */
const WEB_DIR = process.env.E2E_WEB_DIR ?? fileURLToPath(new URL('../../../dist-web', import.meta.url));

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
  if (!existsSync(join(WEB_DIR, 'index.html'))) {
    throw new Error(`No web build in ${WEB_DIR}: run \`npm run build:web\` first (npm run test:e2e does).`);
  }
  const server = await serveWebBuild(E2E_PORT, WEB_DIR);
  project.provide('baseUrl', server.url);
  return () => server.close();
}

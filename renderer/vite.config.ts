import { defineConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp.ts';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));

/** Puts the strict CSP into built pages; the dev server injects inline styles, so it goes without. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'waymark-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head',
      },
    ],
  };
}

/** Shared by web mode (this file) and the Electron build (electron.vite.config.ts). */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: rendererRoot,
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    server: { host: '127.0.0.1', port: 5173, strictPort: false },
    preview: { host: '127.0.0.1' },
    build: { outDir, emptyOutDir: true, target: 'chrome130', sourcemap: true },
  };
}

export default defineConfig(rendererConfig(fileURLToPath(new URL('../dist-web', import.meta.url))));

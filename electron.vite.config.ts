import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';
import { rendererConfig } from './renderer/vite.config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  main: {
    // Bundle dependencies (zod) into main.js: the packaged app then needs no node_modules at run time.
    build: {
      outDir: here('out/main'),
      externalizeDeps: false,
      rollupOptions: { input: { main: here('electron/main.ts') } },
    },
  },
  preload: {
    // A sandboxed preload cannot require local files: bundle it into one CommonJS file.
    build: {
      outDir: here('out/preload'),
      externalizeDeps: false,
      rollupOptions: { input: { preload: here('electron/preload.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    ...rendererConfig(here('out/renderer')),
    build: {
      ...rendererConfig(here('out/renderer')).build,
      // electron-vite leaves the renderer unminified; minified, it parses in half the time (as in web mode).
      minify: true,
      rollupOptions: { input: here('renderer/index.html') },
    },
  },
});

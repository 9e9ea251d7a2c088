import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/** The benchmark's own pages (not the app): the comparison library, and the Y.Doc measured alone. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  preview: { host: '127.0.0.1' },
  build: {
    outDir: fileURLToPath(new URL('../../out/bench-web', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    rollupOptions: {
      input: {
        dhtmlx: fileURLToPath(new URL('dhtmlx.html', import.meta.url)),
        ydoc: fileURLToPath(new URL('ydoc.html', import.meta.url)),
      },
    },
  },
});

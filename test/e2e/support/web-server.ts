import { createServer, preview, type PreviewServer } from 'vite';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const config = fileURLToPath(new URL('../../../renderer/vite.config.ts', import.meta.url));

/**
 * Serves a web build of the renderer (`dir`, by default dist-web) on 127.0.0.1. Port 0 picks a free one;
 * it then stays the same for the whole run, which keeps IndexedDB's origin stable across reloads.
 */
export async function serveWebBuild(port: number, dir?: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: config,
    logLevel: 'silent',
    ...(dir ? { build: { outDir: dir } } : {}),
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { url: `http://127.0.0.1:${actualPort}/`, close: () => server.close() };
}

/**
 * Serves the renderer from source with Vite's dev server, on a free port: React's development build,
 * which reports mistakes (such as a state update while rendering) on the console that the production
 * build keeps quiet.
 */
export async function serveDevRenderer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await createServer({
    configFile: config,
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1', hmr: false },
  });
  await server.listen();
  const address = server.httpServer!.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

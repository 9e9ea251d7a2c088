import { createServer, preview, type PreviewServer } from 'vite';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const config = fileURLToPath(new URL('../../../renderer/vite.config.ts', import.meta.url));

/** Serves the built web renderer (dist-web) on 127.0.0.1; a fixed port keeps IndexedDB's origin stable. */
export async function serveWebBuild(port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: config,
    logLevel: 'silent',
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
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

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { eventually } from './peers';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A running `npm run host` process on 127.0.0.1. */
export interface HostProcess {
  readonly port: number;
  readonly child: ChildProcess;
  output(): string;
}

/** Starts `npm run host`'s program on a free port of 127.0.0.1; resolves once it says where it listens. */
export async function startHostProcess(folder: string, code: string): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    ['electron/cli/run.mjs', 'host', '--dir', folder, '--port', '0', '--address', '127.0.0.1', '--no-advertise'],
    { cwd: root, env: { ...process.env, WAYMARK_HOST_CODE: code }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await Promise.race([
    eventually(() => /Listening on port \d+/.test(output), 'the host to listen'),
    exited.then(() => {
      throw new Error(`The host exited before listening:\n${output}`);
    }),
  ]);
  return { port: Number(/Listening on port (\d+)/.exec(output)![1]), child, output: () => output };
}

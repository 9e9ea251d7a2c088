import { mkdir } from 'node:fs/promises';
import { hostname, networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateJoinCode, normalizeJoinCode } from '../../shared/sync';
import { advertise } from '../services/sync/discovery';
import { FolderStorage } from '../services/sync/folder-storage';
import { RoadmapAccess } from '../services/sync/roadmap-access';
import { SyncHost } from '../services/sync/sync-host';

const USAGE = `Usage: npm run host -- --dir <folder> [--port 4455] [--address 0.0.0.0] [--code XXXX-XXXX-XXXX] [--name <name>] [--no-advertise]

Serves the roadmaps in <folder> to Waymark apps that know the join code, keeping each in its own
.waymark file there. Apps join with the address and the code; new roadmaps they share are added.
  --dir          folder of .waymark files (created if missing)
  --port         TCP port (default 4455; 0 picks a free one)
  --address      address to listen on (default 0.0.0.0: every network; 127.0.0.1: this machine only)
  --code         the team's join code (default: $WAYMARK_HOST_CODE, else a new random one, printed)
  --name         the name shown in the Join dialog (default: this machine's name)
  --no-advertise do not announce the host on the local network (mDNS)`;

/** `npm run host`: the headless sync host. Resolves with the exit code once it has stopped. */
export async function main(argv: readonly string[]): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args: [...argv],
      options: {
        dir: { type: 'string' },
        port: { type: 'string', default: '4455' },
        address: { type: 'string', default: '0.0.0.0' },
        code: { type: 'string' },
        name: { type: 'string', default: hostname() },
        'no-advertise': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (!options.dir) {
    console.error(`--dir is required: the folder to keep the roadmaps in.\n\n${USAGE}`);
    return 2;
  }
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`--port must be a port number (0–65535), not "${options.port}".`);
    return 2;
  }
  const typedCode = options.code ?? process.env.WAYMARK_HOST_CODE;
  if (typedCode !== undefined && normalizeJoinCode(typedCode) === null) {
    console.error('The join code must be 12 letters and digits, like K7QM-2XPD-9HTR.');
    return 2;
  }
  const code = typedCode ?? generateJoinCode();
  const folder = resolve(options.dir);
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    console.error(`Cannot use ${folder}: ${(error as Error).message}`);
    return 1;
  }

  const storage = new FolderStorage(folder, 'Waymark host', (line) => console.log(line));
  let host: SyncHost;
  try {
    host = await SyncHost.start({
      port,
      address: options.address,
      access: new RoadmapAccess(code),
      storage,
      log: (line) => console.log(line),
    });
  } catch (error) {
    console.error(`Cannot listen on ${options.address}:${port}: ${(error as Error).message}`);
    return 1;
  }
  const { kept, unreadable } = await storage.survey();
  const stopAdvertising = options['no-advertise']
    ? null
    : advertise({
        name: options.name,
        port: host.port,
        title: `${kept.length} roadmap${kept.length === 1 ? '' : 's'}`,
      });
  console.log(`Waymark host: ${kept.length} roadmap(s) in ${folder}`);
  for (const { file, reason } of unreadable) {
    console.log(`  not served: ${file}: ${reason} (kept as it is; fix it or move it away)`);
  }
  console.log(`Listening on port ${host.port}${options.address === '0.0.0.0' ? '' : ` (${options.address} only)`}`);
  for (const address of reachableAddresses(options.address)) console.log(`  join at ${address}:${host.port}`);
  console.log(`Join code: ${code}`);

  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  console.log('Stopping: saving every roadmap…');
  await stopAdvertising?.();
  await host.stop();
  return 0;
}

/** The addresses people can type to reach this host. */
function reachableAddresses(listenAddress: string): string[] {
  if (listenAddress !== '0.0.0.0') return [listenAddress];
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((info) => (info && info.family === 'IPv4' ? [info.address] : []));
}

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface CliFigures {
  readonly command: string;
  readonly medianMs: number;
  readonly maxMs: number;
}

/** Whole-process time of each command-line tool answering `--help` (Node start, bundle load, parse), median of `runs`. */
export function measureCli(runs = 9): CliFigures[] {
  return ['export', 'host'].map((tool) => {
    const args = ['electron/cli/run.mjs', tool, '--help'];
    // The first start may build the tool's bundle (a source changed); it is not what a user waits for twice.
    spawnSync(process.execPath, args, { cwd: root });
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
      times.push(performance.now() - start);
      if (result.status !== 0) throw new Error(`${tool} --help failed: ${result.stderr}`);
    }
    times.sort((a, b) => a - b);
    return {
      command: `node electron/cli/run.mjs ${tool} --help`,
      medianMs: times[Math.floor(runs / 2)]!,
      maxMs: times.at(-1)!,
    };
  });
}

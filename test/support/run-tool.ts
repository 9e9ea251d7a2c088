import { vi } from 'vitest';

/** What a command-line tool's run printed, and the exit status its `main` returned. */
export interface ToolRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command-line tool's `main` in this process, as `npm run <tool> -- …args` would, capturing what it
 * prints (one real spawned start per tool is tested separately: that one builds the bundle).
 */
export async function runTool(main: (argv: readonly string[]) => Promise<number>, args: string[]): Promise<ToolRun> {
  let stdout = '';
  let stderr = '';
  const log = vi.spyOn(console, 'log').mockImplementation((line) => void (stdout += `${line}\n`));
  const error = vi.spyOn(console, 'error').mockImplementation((line) => void (stderr += `${line}\n`));
  try {
    return { status: await main(args), stdout, stderr };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

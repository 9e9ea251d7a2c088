import { describe, expect, it } from 'vitest';
import { killRun } from './support/kill-run';

describe('the host keeps what it received (kill -9 while a client streams edits)', () => {
  // The host journals within one fsync (milliseconds; `npm run bench -- --only durability` counts losses
  // at 100 ms). The test allows a second, so a busy machine's slow disk does not fail it; before the
  // journal, up to 5 s of edits were only in memory and nearly all were lost.
  // Killed 1.5–4 s into the stream, at a random point: before the host's first debounced save (1 s of
  // quiet, at most every 5 s), so without the journal nothing would be on disk.
  it.each([1, 2, 3])(
    'run %i: every edit relayed more than 1 s before the kill survives a restart',
    { timeout: 180_000 },
    async () => {
      const result = await killRun({ marginMs: 1000, killAfterMs: 1500 + Math.random() * 2500 });
      expect(result.relayed).toBeGreaterThan(0);
      expect(result.lostBeforeMargin).toBe(0);
    },
  );
});

import { defineConfig } from 'vitest/config';

// Unit tests: domain (shared/), main-process services (electron/), pure renderer logic (renderer/), and the
// benchmark's own measuring code (bench/); sync over real sockets (test/sync), PDF export (test/pdf), and CSV
// and JSON in and out on the command line (test/interchange).
// End-to-end tests in Chromium have their own config: test/e2e/vitest.config.ts.
export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'bench/**/*.test.ts',
      'test/sync/**/*.test.ts',
      'test/pdf/**/*.test.ts',
      'test/interchange/**/*.test.ts',
      'test/support/**/*.test.ts',
    ],
    environment: 'node',
    // Limits are for hangs, never for slowness: a busy 2-core machine may take many times longer than an idle one.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 60_000 } },
  },
});

import { defineConfig } from 'vitest/config';

// End-to-end tests: the built web renderer in Debian Chromium, driven by playwright-core.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/support/global-setup.ts'],
    // Limits are for hangs, never for slowness: a busy 2-core machine may take many times longer than an idle one.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 30_000 } },
    // Two cores: one browser at a time keeps timings honest and the machine responsive.
    fileParallelism: false,
  },
});

import { describe, it } from 'vitest';
import { useChromium } from './support/chromium';
import { consoleErrors, expect, FIXED_NOW, newAppContext, waitUntilSaved, watchConsole } from './support/app';
import { serveDevRenderer } from './support/web-server';

describe('first run', () => {
  const browser = useChromium();

  it('opens the sample without a console error, in React’s development build', async () => {
    // The development build is the one that reports a state update made while another component renders.
    const server = await serveDevRenderer();
    const context = await newAppContext(browser());
    try {
      const page = await context.newPage();
      watchConsole(page);
      await page.clock.setFixedTime(FIXED_NOW);
      await page.goto(server.url);
      await page.getByRole('toolbar', { name: 'Roadmap tools' }).waitFor({ timeout: 45_000 });
      await expect.poll(() => page.getByRole('region', { name: 'Grow activation' }).count()).toBe(1);
      await expect
        .poll(() => page.getByRole('status', { name: 'Sync status' }).textContent())
        .toBe('On this device only');
      await waitUntilSaved(page);
      expect(consoleErrors(page)).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

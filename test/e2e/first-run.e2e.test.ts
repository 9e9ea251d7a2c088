import { describe, it } from 'vitest';
import { useChromium } from './support/chromium';
import { consoleErrors, expect, FIXED_NOW, newAppContext, waitUntilSaved, watchConsole } from './support/app';
import { serveDevRenderer } from './support/web-server';

describe('first run', () => {
  const browser = useChromium();

  it('opens the sample and goes through the window without a console error, in React’s development build', async () => {
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
      // The sample's review: its baseline's plan is rebuilt after the view has painted.
      const tab = (name: string) => page.getByRole('tablist', { name: 'View' }).getByRole('tab', { name });
      await tab('Changes').click();
      await page.getByRole('region', { name: 'Changes in Improve retention' }).waitFor();
      await tab('Timeline').click();
      // And a few steps through a laptop-sized window: the inspector over the canvas, folding panels, zoom.
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.getByRole('button', { name: /^Onboarding checklist/ }).click();
      await page.getByRole('complementary', { name: 'Inspector' }).waitFor();
      await page.getByRole('button', { name: 'Close inspector' }).click();
      await page.getByRole('button', { name: 'Hide roadmap list' }).click();
      await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Years' }).click();
      await page.getByRole('button', { name: 'New goal', exact: true }).click();
      await page.getByRole('textbox', { name: 'Goal title' }).waitFor();
      await page.getByRole('button', { name: 'Show roadmap list' }).click();
      await page.getByRole('button', { name: 'New roadmap', exact: true }).click();
      await page.getByRole('region', { name: 'Getting started' }).waitFor();
      expect(consoleErrors(page)).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

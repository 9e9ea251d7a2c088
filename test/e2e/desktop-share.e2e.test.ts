import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { expect, newAppContext, openApp, pageErrors, screenshot } from './support/app';
import { Sharing } from '../../electron/services/sync/sharing';
import { handlers } from '../../electron/ipc/handlers';
import { invokeHandler } from '../../electron/ipc/invoke-handler';
import type { HandlerContext, IpcHandler } from '../../electron/ipc/define-handler';
import { APP_HOME_URL } from '../../electron/app-origin';

/**
 * The desktop app's "Share on this network", minus Electron (its binary is not available here): the page
 * gets a `window.waymark` shaped from main's own handler map, and every call goes through main's real IPC
 * path (invokeHandler: the sender check and each handler's argument schema) to the real handlers and a
 * real Sharing service in this process. Only Electron's transport between the two is missing.
 */
async function exposeDesktopBridge(context: BrowserContext, sharing: Sharing) {
  const mainServices: HandlerContext = {
    appVersion: 'test',
    platform: 'linux',
    sharing,
    discovery: { hosts: () => [] },
    files: {
      saveCopy: async () => false,
      open: async () => null,
      savePdf: async () => false,
      saveExport: async () => false,
    },
  };
  const byNamespace = handlers as unknown as Record<string, Record<string, IpcHandler<unknown[], unknown>>>;
  await context.exposeFunction('__waymarkInvoke', (namespace: string, method: string, args: unknown[]) => {
    const handler = byNamespace[namespace]?.[method];
    if (!handler) throw new Error(`No IPC handler ${namespace}:${method}`);
    return invokeHandler(handler, mainServices, APP_HOME_URL, args);
  });
  const shape = Object.fromEntries(
    Object.entries(byNamespace).map(([namespace, methods]) => [namespace, Object.keys(methods)]),
  );
  await context.addInitScript((bridgeShape: Record<string, string[]>) => {
    const invoke = (window as unknown as { __waymarkInvoke(n: string, m: string, a: unknown[]): Promise<unknown> })
      .__waymarkInvoke;
    const bridge = Object.fromEntries(
      Object.entries(bridgeShape).map(([namespace, methods]) => [
        namespace,
        Object.fromEntries(methods.map((method) => [method, (...args: unknown[]) => invoke(namespace, method, args)])),
      ]),
    );
    Object.assign(window, { waymark: { ...bridge, onMenuCommand: () => () => {} } });
  }, shape);
}

const syncStatus = (page: Page) => page.getByRole('status', { name: 'Sync status' }).textContent();

describe('sharing from the desktop app', () => {
  let browser: Browser;
  let sharing: Sharing;
  let folder: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    folder = await mkdtemp(join(tmpdir(), 'waymark-e2e-share-'));
    sharing = new Sharing({
      folder,
      appName: 'test',
      hostName: 'Ada',
      port: 0,
      address: '127.0.0.1',
      advertise: false,
    });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await sharing?.stopAll();
    await browser?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('hosts a roadmap, shows the code, lets a peer in, removes them (new code), and stops sharing', async () => {
    const desktop = await newAppContext(browser);
    const web = await newAppContext(browser);
    contexts.push(desktop, web);
    await exposeDesktopBridge(desktop, sharing);
    const ada = await openApp(desktop, inject('baseUrl'));
    const ben = await openApp(web, inject('baseUrl'));

    await ada.getByRole('button', { name: 'Share…' }).click();
    const dialog = ada.getByRole('dialog', { name: 'Share this roadmap' });
    await dialog.getByLabel('Your name').fill('Ada Lovelace');
    await dialog.getByLabel('Your name').press('Enter');
    await dialog.getByRole('button', { name: 'Share on this network' }).click();
    const shared = dialog.getByRole('region', { name: 'Shared on this network' });
    await shared.waitFor();
    const code = (await shared.locator('.join-code').textContent())!;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect.poll(() => syncStatus(ada)).toMatch(/^Hosting/);
    const roadmapId = sharing['access'].sharedRoadmaps()[0]!;
    const port = sharing.info(roadmapId)!.port;

    // Ben joins with the address and the code Ada reads out.
    await ben.getByRole('button', { name: 'Join…' }).click();
    const join = ben.getByRole('dialog', { name: 'Join a shared roadmap' });
    await join.getByLabel('Your name').fill('Ben Okafor');
    await join.getByLabel('Your name').press('Enter');
    await join.getByLabel('Host address').fill(`127.0.0.1:${port}`);
    await join.getByLabel('Join code').fill(code.toLowerCase().replace(/-/g, ' '));
    await join.getByRole('button', { name: 'Find roadmaps' }).click();
    await join.getByRole('button', { name: 'Join Sample: product plan' }).click();
    await ben.getByRole('button', { name: /^Onboarding checklist/ }).waitFor();
    await expect
      .poll(() => shared.getByRole('list', { name: 'Connected people' }).textContent())
      .toContain('Ben Okafor');
    await screenshot(ada, 'share-desktop-hosting');

    // Ada removes Ben: he is disconnected and told why, keeps his copy; the code changes.
    await shared.getByRole('button', { name: 'Remove Ben Okafor' }).click();
    await expect.poll(() => ben.getByRole('alert').filter({ hasText: 'removed you' }).count()).toBe(1);
    await expect.poll(() => shared.locator('.join-code').textContent()).not.toBe(code);
    expect(await ben.getByRole('button', { name: /^Onboarding checklist/ }).count()).toBe(1);
    await screenshot(ben, 'share-desktop-removed');

    // Stop sharing: back to this device only, and nothing listens any more.
    await shared.getByRole('button', { name: 'Stop sharing' }).click();
    await expect.poll(() => syncStatus(ada)).toBe('On this device only');
    expect(sharing.info(roadmapId)).toBeNull();
    expect(pageErrors(ada)).toEqual([]);
    expect(pageErrors(ben)).toEqual([]);
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import {
  checkInKeyResult,
  currentValueOf,
  expect,
  fillField,
  inspector,
  newAppContext,
  openApp,
  pageErrors,
  screenshot,
} from './support/app';
import { FolderStorage } from '../../electron/services/sync/folder-storage';
import { RoadmapAccess } from '../../electron/services/sync/roadmap-access';
import { SyncHost } from '../../electron/services/sync/sync-host';
import { TcpProxy } from '../sync/support/tcp-proxy';

const CODE = 'TEAM-C0DE-2027';

/** Sets the name peers see, in an open share or join dialog. */
async function nameMyself(page: Page, name: string) {
  const field = page.getByRole('dialog').getByLabel('Your name');
  await field.fill(name);
  await field.press('Enter');
}

/** The text of an initiative's inspector field, after selecting its bar. */
async function fieldOf(page: Page, title: RegExp, label: string): Promise<string> {
  await page.getByRole('button', { name: title }).click();
  return inspector(page).getByLabel(label, { exact: true }).inputValue();
}

/** The churn key result's group in the inspector, after selecting its goal. */
async function churnOf(page: Page) {
  await page
    .getByRole('region', { name: 'Improve retention' })
    .getByRole('button', { name: 'Improve retention', exact: true })
    .click();
  return inspector(page).getByRole('group', { name: /^Monthly churn/ });
}

const syncStatus = (page: Page) => page.getByRole('status', { name: 'Sync status' }).textContent();

describe('two people co-edit through a host', () => {
  let browser: Browser;
  let host: SyncHost;
  let proxy: TcpProxy;
  let folder: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    folder = await mkdtemp(join(tmpdir(), 'waymark-e2e-host-'));
    host = await SyncHost.start({
      port: 0,
      address: '127.0.0.1',
      access: new RoadmapAccess(CODE),
      storage: new FolderStorage(folder, 'Waymark e2e host'),
    });
    // Ben reaches the host through a proxy the test can cut, as when his Wi-Fi drops.
    proxy = await TcpProxy.start(host.port);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await proxy?.stop();
    await host?.stop();
    await browser?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('does not link a roadmap to a server that does not answer, and says so', async () => {
    const context = await newAppContext(browser);
    contexts.push(context);
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('button', { name: 'Share…' }).click();
    await nameMyself(page, 'Ada Lovelace');
    const share = page.getByRole('dialog', { name: 'Share this roadmap' });
    await share.getByLabel('Server address').fill('127.0.0.1:1');
    await share.getByLabel('Join code').fill(CODE);
    await share.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => share.getByRole('alert').textContent()).toContain('No sync server answers at 127.0.0.1:1');
    // Still local: nothing retrying in the background.
    expect(await syncStatus(page)).not.toMatch(/Connecting|Reconnecting|Offline/);
    await expect.poll(() => share.getByRole('button', { name: 'Connect' }).isEnabled()).toBe(true);
    expect(await page.getByRole('dialog', { name: 'Share this roadmap' }).count()).toBe(1);
    // The focus stayed in the dialog (on Connect), so Escape closes it.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Share this roadmap' }).count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it('shares, joins, shows presence and live edits, and merges edits made offline', async () => {
    // Each person in their own browser context: no shared storage or BroadcastChannel between them.
    const contextA = await newAppContext(browser);
    const contextB = await newAppContext(browser);
    contexts.push(contextA, contextB);
    const ada = await openApp(contextA, inject('baseUrl'));
    const ben = await openApp(contextB, inject('baseUrl'));

    // Ada shares her roadmap through the host.
    await ada.getByRole('button', { name: 'Share…' }).click();
    await nameMyself(ada, 'Ada Lovelace');
    const share = ada.getByRole('dialog', { name: 'Share this roadmap' });
    await share.getByLabel('Server address').fill(`127.0.0.1:${host.port}`);
    await share.getByLabel('Join code').fill(CODE.toLowerCase());
    await share.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => syncStatus(ada)).toMatch(/^Connected/);

    // Ben joins it with the address and the code.
    await ben.getByRole('button', { name: 'Join…' }).click();
    await nameMyself(ben, 'Ben Okafor');
    const joinDialog = ben.getByRole('dialog', { name: 'Join a shared roadmap' });
    await joinDialog.getByLabel('Host address').fill(`127.0.0.1:${proxy.port}`);
    await joinDialog.getByLabel('Join code').fill('WRNG-C0DE-0000');
    await joinDialog.getByRole('button', { name: 'Find roadmaps' }).click();
    await expect.poll(() => joinDialog.getByRole('alert').textContent()).toContain('join code is not right');
    await joinDialog.getByLabel('Join code').fill(CODE);
    await joinDialog.getByRole('button', { name: 'Find roadmaps' }).click();
    await joinDialog.getByRole('button', { name: 'Join Sample: product plan' }).click();
    await expect.poll(() => syncStatus(ben)).toMatch(/^Connected/);
    await ben.getByRole('button', { name: /^Onboarding checklist/ }).waitFor();

    // Presence: each sees the other.
    await expect.poll(() => ada.getByRole('list', { name: 'People here' }).textContent()).toContain('Ben Okafor');
    await expect.poll(() => ben.getByRole('list', { name: 'People here' }).textContent()).toContain('Ada Lovelace');
    // What Ada selects is outlined in her color on Ben's canvas.
    await ada.getByRole('button', { name: /^Customer interviews/ }).click();
    await expect
      .poll(() => ben.getByRole('button', { name: /^Customer interviews/ }).getAttribute('class'))
      .toContain('marked');

    // A drag in Ada's window appears in Ben's.
    await ada.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Months' }).click();
    await ada.getByRole('button', { name: 'Today', exact: true }).click();
    const bar = ada.getByRole('button', { name: /^Weekly progress digest/ });
    const box = (await bar.boundingBox())!;
    await ada.mouse.move(box.x + 30, box.y + box.height / 2);
    await ada.mouse.down();
    for (let step = 1; step <= 8; step++) await ada.mouse.move(box.x + 30 + step * 7, box.y + box.height / 2);
    // While she drags, Ben sees her ghost in her color (the document changes only on drop).
    await expect.poll(() => ben.locator('.remote-ghost').count()).toBeGreaterThan(0);
    expect(await ben.locator('.remote-ghost-name').textContent()).toBe('Ada Lovelace');
    await screenshot(ben, 'sync-ben-sees-ada-dragging');
    await ada.mouse.up();
    await expect.poll(() => ben.locator('.remote-ghost').count()).toBe(0);
    const adaLabel = await bar.getAttribute('aria-label');
    await expect
      .poll(() => ben.getByRole('button', { name: /^Weekly progress digest/ }).getAttribute('aria-label'))
      .toBe(adaLabel);
    await screenshot(ada, 'sync-ada-connected');
    await screenshot(ben, 'sync-ben-connected');

    // Ben's network drops. Both keep editing: different fields of one initiative, and a new one each.
    await proxy.cut();
    await expect.poll(() => syncStatus(ben)).toMatch(/Reconnecting|Offline/);
    await ada.getByRole('button', { name: /^Weekly progress digest/ }).click();
    await fillField(ada, 'Progress (%)', '70');
    await ben.getByRole('button', { name: /^Weekly progress digest/ }).click();
    await fillField(ben, 'Initiative owner', 'Ben Okafor');
    await ben.getByRole('button', { name: 'New initiative' }).click();
    await fillField(ben, 'Initiative title', 'Idea from the train');
    await ada.getByRole('button', { name: 'New initiative' }).click();
    await fillField(ada, 'Initiative title', 'Idea from the office');
    // Both check in the same key result while apart.
    await checkInKeyResult(await churnOf(ada), '3.8', { note: 'Ada, from the office' });
    await checkInKeyResult(await churnOf(ben), '3.6', { confidence: 'At risk', note: 'Ben, from the train' });
    await screenshot(ben, 'sync-ben-offline');
    expect(await ben.getByRole('button', { name: /^Idea from the office/ }).count()).toBe(0);

    // The network is back: everything merges, nothing is lost, no dialog.
    await proxy.restore();
    await expect.poll(() => syncStatus(ben)).toMatch(/^Connected/);
    for (const page of [ada, ben]) {
      await page.getByRole('button', { name: /^Idea from the train/ }).waitFor();
      await page.getByRole('button', { name: /^Idea from the office/ }).waitFor();
      await expect.poll(() => fieldOf(page, /^Weekly progress digest/, 'Initiative owner')).toBe('Ben Okafor');
      expect(await fieldOf(page, /^Weekly progress digest/, 'Progress (%)')).toBe('70');
      // Both check-ins are kept, with who made them; both show the same latest one.
      const churn = await churnOf(page);
      await churn.getByText(/^Check-ins \(/).click();
      const history = churn.getByRole('list', { name: 'Check-ins of Monthly churn' });
      await expect.poll(() => history.textContent()).toContain('Ada, from the office');
      expect(await history.textContent()).toContain('Ben, from the train');
      expect(await history.textContent()).toContain('Ben Okafor');
    }
    expect(await currentValueOf(await churnOf(ada))).toBe(await currentValueOf(await churnOf(ben)));
    await expect.poll(() => ada.getByRole('list', { name: 'People here' }).textContent()).toContain('Ben Okafor');
    await screenshot(ada, 'sync-ada-merged');
    await screenshot(ben, 'sync-ben-merged');
    expect(pageErrors(ada)).toEqual([]);
    expect(pageErrors(ben)).toEqual([]);

    // Ben closes Waymark: he leaves Ada's list of people, no ghost stays behind.
    await contextB.close();
    await expect.poll(() => ada.getByRole('list', { name: 'People here' }).textContent()).not.toContain('Ben Okafor');
  });
});

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/** Where screenshots for review go (kept by CI as artifacts). */
export const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/e2e/', import.meta.url));

/** A fixed instant for tests: 20:00 UTC on Jan 15 2027 is already Jan 16 in Auckland, still Jan 15 in Los Angeles. */
export const FIXED_NOW = new Date('2027-01-15T20:00:00Z');

export interface AppOptions {
  timezoneId?: string;
  now?: Date;
  /** The browser's language, which numbers and dates follow (Chromium's default otherwise). */
  locale?: string;
  viewport?: { width: number; height: number };
}

/** A fresh browser context (its own IndexedDB) with a fixed clock and time zone. */
export async function newAppContext(browser: Browser, options: AppOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: options.viewport ?? { width: 1400, height: 860 },
    timezoneId: options.timezoneId ?? 'Pacific/Auckland',
    locale: options.locale,
  });
}

/** Opens the app in a page of `context`, with the clock fixed, and waits until a roadmap is shown. */
export async function openApp(context: BrowserContext, baseUrl: string, options: AppOptions = {}): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { errors: string[] }).errors = errors;
  watchConsole(page);
  await page.clock.setFixedTime(options.now ?? FIXED_NOW);
  await page.goto(baseUrl);
  await page.getByRole('toolbar', { name: 'Roadmap tools' }).waitFor();
  return page;
}

/** Uncaught errors the page threw so far. */
export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** Collects what `page` logs as console errors, for consoleErrors (openApp does this). */
export function watchConsole(page: Page): void {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') logged.push(message.text());
  });
  (page as Page & { consoleErrors: string[] }).consoleErrors = logged;
}

/** Errors the page logged on its console so far (React's warnings about render mistakes among them). */
export function consoleErrors(page: Page): string[] {
  return (page as Page & { consoleErrors?: string[] }).consoleErrors ?? [];
}

/** Saves a screenshot for review under test-artifacts/e2e/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}${name}.png`;
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** The inspector panel. */
export function inspector(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Inspector' });
}

/** Types a value into a labelled inspector field and commits it with Enter. */
export async function fillField(page: Page, label: string, value: string): Promise<void> {
  const field = inspector(page).getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

/**
 * Checks in a key result from its group in the inspector, as a person does: "Check in", the value,
 * optionally the confidence and a note, then Enter.
 */
export async function checkInKeyResult(
  keyResult: Locator,
  value: string,
  { confidence, note }: { confidence?: 'On track' | 'At risk' | 'Off track'; note?: string } = {},
): Promise<void> {
  await keyResult.getByRole('button', { name: /^Check in / }).click();
  const form = keyResult.getByRole('group', { name: 'Save check-in' });
  const valueField = form.getByRole('textbox', { name: /^Value/ });
  await valueField.fill(value);
  if (confidence) await form.getByRole('combobox', { name: 'Confidence' }).selectOption({ label: confidence });
  if (note) await form.getByRole('textbox', { name: 'Note' }).fill(note);
  await valueField.press('Enter');
}

/** A key result's current value as its inspector group shows it ("12,500", "36%"). */
export async function currentValueOf(keyResult: Locator): Promise<string | null> {
  return keyResult.locator('.kr-standing strong').first().textContent();
}

export { eventually } from '../../support/eventually';

export { expect };

/** Waits until the open roadmap says every change is saved (IndexedDB aborts unfinished writes on close). */
export async function waitUntilSaved(page: Page): Promise<void> {
  // Two frames first: an edit made just before still shows "Saved" until React renders "Saving…".
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.getByRole('status', { name: 'Save status' }).filter({ hasText: 'Saved on this device' }).waitFor();
}

/** Reloads the page once every change is saved, as a user who reopens the app would find it. */
export async function reloadWhenSaved(page: Page): Promise<void> {
  await waitUntilSaved(page);
  await page.reload();
}

/** A real pointer drag: press, move in steps (so dnd-kit sees a gesture), release. */
export async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  beforeRelease?: () => Promise<void>,
) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 8; step++) {
    await page.mouse.move(from.x + ((to.x - from.x) * step) / 8, from.y + ((to.y - from.y) * step) / 8);
  }
  await beforeRelease?.();
  await page.mouse.up();
}

/** Where an element is on the page; it must be visible. */
export async function boxOf(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('element not visible');
  return found;
}

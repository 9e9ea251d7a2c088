import { describe, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useChromium } from './support/chromium';
import {
  consoleErrors,
  expect,
  inspector,
  newAppContext,
  openApp,
  pageErrors,
  screenshot,
  checkInKeyResult,
  currentValueOf,
} from './support/app';

/** Whether a field shows its whole value (nothing scrolled out of its box). */
const showsWhole = (field: Locator) =>
  field.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth);

async function openFirstKeyResult(page: Page) {
  await page
    .getByRole('region', { name: 'Grow activation' })
    .getByRole('button', { name: 'Grow activation', exact: true })
    .click();
  return inspector(page).getByRole('group', { name: /^Week-1 activation rate/ });
}

async function enter(field: Locator, text: string) {
  await field.fill(text);
  await field.press('Enter');
}

describe('key-result numbers', () => {
  const browser = useChromium();

  it('show whole, with thousands separators, in the inspector and on the canvas (English)', async () => {
    const context = await newAppContext(browser(), { locale: 'en-US' });
    const page = await openApp(context, inject('baseUrl'));
    const keyResult = await openFirstKeyResult(page);
    const target = keyResult.getByRole('textbox', { name: 'Target', exact: true });
    await enter(target, '50000');
    await expect.poll(() => target.inputValue()).toBe('50,000');
    expect(await showsWhole(target)).toBe(true);
    // Typed with separators, read the same; a long value still shows whole.
    await enter(target, '1,250,000');
    await expect.poll(() => target.inputValue()).toBe('1,250,000');
    expect(await showsWhole(target)).toBe(true);
    await checkInKeyResult(keyResult, '1250000.5');
    await expect.poll(() => currentValueOf(keyResult)).toBe('1,250,000.5%');
    // Not a number: refused, with the reason, and nothing checked in.
    await checkInKeyResult(keyResult, '12abc');
    await expect.poll(() => keyResult.getByRole('alert').textContent()).toBe('Enter the value as a number');
    await keyResult.getByRole('textbox', { name: /^Value/ }).press('Escape');
    await expect.poll(() => keyResult.getByRole('group', { name: 'Save check-in' }).count()).toBe(0);
    expect(await currentValueOf(keyResult)).toBe('1,250,000.5%');
    // The lane says the key result's values in the same format.
    const progress = page.getByRole('region', { name: 'Grow activation' }).locator('.lane-progress');
    await expect
      .poll(() => progress.getAttribute('title'))
      .toContain('Week-1 activation rate: 32% → 1,250,000.5% → 1,250,000%');
    await keyResult.scrollIntoViewIfNeeded();
    await screenshot(page, 'key-result-numbers');
    expect(pageErrors(page)).toEqual([]);
    expect(consoleErrors(page)).toEqual([]);
    await context.close();
  });

  it('follow the user’s locale (German: 50.000, 4,5)', async () => {
    const context = await newAppContext(browser(), { locale: 'de-DE' });
    const page = await openApp(context, inject('baseUrl'));
    const keyResult = await openFirstKeyResult(page);
    const target = keyResult.getByRole('textbox', { name: 'Target', exact: true });
    await enter(target, '50000');
    await expect.poll(() => target.inputValue()).toBe('50.000');
    await checkInKeyResult(keyResult, '4,5');
    await expect.poll(() => currentValueOf(keyResult)).toBe('4,5%');
    const progress = page.getByRole('region', { name: 'Grow activation' }).locator('.lane-progress');
    await expect.poll(() => progress.getAttribute('title')).toContain('32% → 4,5% → 50.000%');
    await context.close();
  });
});

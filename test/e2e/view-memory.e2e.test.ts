import { describe, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './support/chromium';
import { expect, newAppContext, openApp, pageErrors, reloadWhenSaved } from './support/app';

const timeline = (page: Page) => page.getByRole('group', { name: 'Roadmap timeline' });
const pressedZoom = (page: Page) =>
  page.getByRole('group', { name: 'Zoom level' }).locator('[aria-pressed="true"]').textContent();
const scrollOf = (page: Page) =>
  timeline(page).evaluate((element) => ({ left: element.scrollLeft, top: element.scrollTop }));

/** The roadmap list's entry for `title`. */
const entry = (page: Page, title: string) =>
  page.getByRole('navigation', { name: 'Roadmaps' }).getByRole('button', { name: title, exact: true });

describe('each roadmap’s view', () => {
  const browser = useChromium();

  it('comes back after a reload and a switch: zoom level and scroll position, per roadmap', async () => {
    const context = await newAppContext(browser(), { viewport: { width: 1200, height: 520 } });
    const page = await openApp(context, inject('baseUrl'));
    // The sample at week zoom, scrolled along and down (the window is short, so it can scroll down).
    await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Weeks' }).click();
    await expect.poll(() => pressedZoom(page)).toBe('Weeks');
    await timeline(page).hover();
    await page.mouse.wheel(900, 120);
    await expect.poll(async () => (await scrollOf(page)).top).toBeGreaterThan(0);
    const sampleScroll = await scrollOf(page);
    expect(sampleScroll.left).toBeGreaterThan(0);

    // Another roadmap at year zoom.
    await page.getByRole('button', { name: 'New roadmap', exact: true }).click();
    await expect.poll(() => page.getByLabel('Roadmap title').inputValue()).toBe('Untitled roadmap');
    await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Years' }).click();
    await expect.poll(() => pressedZoom(page)).toBe('Years');

    // Back to the sample: where it was left.
    await entry(page, 'Sample: product plan').click();
    await expect.poll(() => page.getByLabel('Roadmap title').inputValue()).toBe('Sample: product plan');
    await expect.poll(() => pressedZoom(page)).toBe('Weeks');
    await expect.poll(() => scrollOf(page)).toEqual(sampleScroll);

    // Reload: the sample (opened last) comes back the same, and the other roadmap at its own zoom.
    await reloadWhenSaved(page);
    await page.getByRole('toolbar', { name: 'Roadmap tools' }).waitFor();
    await expect.poll(() => page.getByLabel('Roadmap title').inputValue()).toBe('Sample: product plan');
    await expect.poll(() => pressedZoom(page)).toBe('Weeks');
    await expect.poll(() => scrollOf(page)).toEqual(sampleScroll);
    await entry(page, 'Untitled roadmap').click();
    await expect.poll(() => page.getByLabel('Roadmap title').inputValue()).toBe('Untitled roadmap');
    await expect.poll(() => pressedZoom(page)).toBe('Years');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

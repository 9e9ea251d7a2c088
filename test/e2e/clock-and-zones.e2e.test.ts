import { describe, inject, it } from 'vitest';
import { useChromium } from './support/chromium';
import { expect, FIXED_NOW, inspector, newAppContext, openApp } from './support/app';

describe('today comes from the local calendar day', () => {
  const browser = useChromium();

  // FIXED_NOW is 20:00 UTC on Jan 15: already Jan 16 in Auckland, still Jan 15 in Los Angeles.
  it.each([
    ['Pacific/Auckland', '2027-01-16', 'Jan 16'],
    ['America/Los_Angeles', '2027-01-15', 'Jan 15'],
  ])('in %s a new initiative starts on %s', async (timezoneId, expectedStart, todayLabel) => {
    const context = await newAppContext(browser(), { timezoneId });
    const page = await openApp(context, inject('baseUrl'), { timezoneId, now: FIXED_NOW });
    await page.getByRole('button', { name: 'New initiative' }).click();
    await expect.poll(() => inspector(page).getByLabel('Start date').inputValue()).toBe(expectedStart);
    expect(await page.locator('.today-marker').getAttribute('title')).toBe(`Today, ${todayLabel}, 2027`);
    await context.close();
  });
});

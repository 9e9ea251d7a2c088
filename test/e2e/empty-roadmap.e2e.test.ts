import { describe, inject, it } from 'vitest';
import { useChromium } from './support/chromium';
import { expect, inspector, newAppContext, openApp, pageErrors, screenshot } from './support/app';

describe('a new empty roadmap', () => {
  const browser = useChromium();

  it('says what to do first: a goal (or a file), then initiatives on its lane', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    const guide = page.getByRole('region', { name: 'Getting started' });
    // The sample has content: no guide.
    await page.getByRole('region', { name: 'Grow activation' }).waitFor();
    expect(await guide.count()).toBe(0);

    await page.getByRole('button', { name: 'New roadmap', exact: true }).click();
    await expect.poll(() => guide.getByRole('heading').textContent()).toBe('Start with a goal');
    expect(await guide.getByRole('button', { name: 'Import a .waymark file…' }).count()).toBe(1);
    await screenshot(page, 'empty-roadmap-guide');

    await guide.getByRole('button', { name: 'Add a goal', exact: true }).click();
    const goalTitle = inspector(page).getByRole('textbox', { name: 'Goal title', exact: true });
    await expect.poll(() => goalTitle.evaluate((element) => element === document.activeElement)).toBe(true);
    await goalTitle.fill('Grow activation');
    await goalTitle.press('Enter');
    await expect.poll(() => guide.getByRole('heading').textContent()).toBe('Now plan the work');
    await expect.poll(() => guide.textContent()).toContain('on the lane of Grow activation');

    await guide.getByRole('button', { name: 'Add an initiative', exact: true }).click();
    const lane = page.getByRole('region', { name: 'Grow activation', exact: true });
    await expect.poll(() => lane.getByRole('button', { name: /^New initiative,/ }).count()).toBe(1);
    await expect.poll(() => guide.count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

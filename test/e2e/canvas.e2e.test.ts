import { describe, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './support/chromium';
import { expect, newAppContext, openApp, pageErrors, reloadWhenSaved, screenshot } from './support/app';
import { changeStoredRoadmap } from './support/stored-roadmap';
import { addDays, createGoals, createInitiatives } from '../../shared';
import type * as Y from 'yjs';

const minorLabels = (page: Page) => page.locator('.minor-cell').allTextContents();

describe('the timeline canvas', () => {
  const browser = useChromium();

  it('zooms through weeks, months, quarters, halves and years, with a header for each', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    const levels = page.getByRole('group', { name: 'Zoom level' });
    const expectations: [string, RegExp][] = [
      ['Weeks', /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}$/],
      ['Months', /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/],
      ['Quarters', /^Q[1-4]$/],
      ['Halves', /^H[12]$/],
      ['Years', /^(Q[1-4]|)$/],
    ];
    for (const [level, label] of expectations) {
      await levels.getByRole('button', { name: level }).click();
      await expect.poll(() => levels.getByRole('button', { name: level }).getAttribute('aria-pressed')).toBe('true');
      const labels = (await minorLabels(page)).filter(Boolean);
      expect(labels.length, level).toBeGreaterThan(0);
      for (const text of labels) expect(text, level).toMatch(label);
      await screenshot(page, `zoom-${level.toLowerCase()}`);
    }
    // Week zoom shades weekends.
    await levels.getByRole('button', { name: 'Weeks' }).click();
    await expect.poll(() => page.locator('.weekend').count()).toBeGreaterThan(0);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('keeps the label of a header cell half under the lane headers in view ("Q4", not "4")', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Quarters' }).click();
    // Scroll so that a quarter starts 40 px left of the lane headers' edge.
    const straddling = async () =>
      page.evaluate(() => {
        const corner = document.querySelector('.time-corner')!.getBoundingClientRect();
        for (const cell of document.querySelectorAll('.minor-cell')) {
          const box = cell.getBoundingClientRect();
          if (box.left < corner.right - 10 && box.right > corner.right + 40) {
            const label = cell.querySelector('span')!.getBoundingClientRect();
            return { text: cell.textContent, labelLeft: label.left, cornerRight: corner.right };
          }
        }
        return null;
      });
    await page.locator('.timeline').evaluate((element) => {
      const cell = [...element.querySelectorAll<HTMLElement>('.minor-cell')][2]!;
      element.scrollLeft = cell.offsetLeft + 40;
    });
    const cell = await straddling();
    expect(cell).not.toBeNull();
    expect(cell!.text).toMatch(/^Q[1-4]$/);
    expect(cell!.labelLeft).toBeGreaterThanOrEqual(cell!.cornerRight);
    await context.close();
  });

  it('uses fiscal quarters when the fiscal year starts in April', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Fiscal year starts in').selectOption('4');
    await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Quarters' }).click();
    // Jan–Mar 2027 is Q4 of FY2027; Apr–Jun 2027 is Q1 of FY2028.
    await expect.poll(() => page.locator('.major-cell').allTextContents()).toContain('FY2028');
    const cells = await page
      .locator('.minor-cell')
      .evaluateAll((elements) => elements.map((element) => [element.textContent, (element as HTMLElement).style.left]));
    const q4 = cells.findIndex(([text]) => text === 'Q4');
    expect(cells[q4 + 1]?.[0]).toBe('Q1');
    await context.close();
  });

  it('collapses and expands a lane', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    const lane = page.getByRole('region', { name: 'Grow activation' });
    await expect.poll(() => lane.locator('.bar').count()).toBe(3);
    await lane.getByRole('button', { name: 'Collapse Grow activation' }).click();
    await expect.poll(() => lane.locator('.bar').count()).toBe(0);
    expect(await lane.locator('.lane-count').textContent()).toBe('3');
    // One band over the time its initiatives span, saying what the collapsed lane holds.
    expect(await lane.locator('.lane-summary').textContent()).toBe('3 initiatives · On track · 31% of key results');
    await screenshot(page, 'collapsed-lane');
    await lane.getByRole('button', { name: 'Expand Grow activation' }).click();
    await expect.poll(() => lane.locator('.bar').count()).toBe(3);
    await context.close();
  });

  it('renders only the lanes in view of a tall roadmap, and more as it scrolls', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    const newGoal = page.getByRole('toolbar', { name: 'Roadmap tools' }).getByRole('button', { name: 'New goal' });
    for (let i = 0; i < 40; i++) await newGoal.click();
    await expect.poll(() => page.locator('.lane-header').count()).toBeLessThan(35);
    const before = await page
      .locator('.lane')
      .evaluateAll((lanes) => lanes.map((lane) => lane.getAttribute('aria-label')));
    await page.getByRole('group', { name: 'Roadmap timeline' }).evaluate((element) => element.scrollTo({ top: 1e6 }));
    await expect.poll(() => page.getByRole('region', { name: 'Unaligned' }).count()).toBe(1);
    const after = await page
      .locator('.lane')
      .evaluateAll((lanes) => lanes.map((lane) => lane.getAttribute('aria-label')));
    expect(after).not.toEqual(before);
    await context.close();
  });

  it('filters by text, status, owner, team and tag, with a chip that clears them', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    const view = page.getByRole('group', { name: 'View options' });
    await expect.poll(() => page.locator('.bar').count()).toBe(8);
    await view.getByLabel('Filter by team').selectOption('Growth');
    await expect.poll(() => page.locator('.bar').count()).toBe(3);
    await view.getByLabel('Search initiatives').fill('tour');
    await expect.poll(() => page.locator('.bar').count()).toBe(1);
    await expect.poll(() => view.getByRole('status').textContent()).toContain('Filtered: “tour”, team Growth');
    await screenshot(page, 'filtered');
    await view.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('.bar').count()).toBe(8);
    await view.getByLabel('Filter by status').selectOption('in-progress');
    await expect.poll(() => page.locator('.bar').count()).toBe(2);
    await view.getByLabel('Filter by owner').selectOption('Priya Nair');
    await expect.poll(() => page.locator('.bar').count()).toBe(1);
    await view.getByRole('button', { name: 'Clear filters' }).click();
    await view.getByLabel('Filter by tag').selectOption('onboarding');
    await expect.poll(() => page.locator('.bar').count()).toBe(2);
    await context.close();
  });

  it('colors bars by goal, status or team, with a legend', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    const view = page.getByRole('group', { name: 'View options' });
    const legend = view.getByRole('list', { name: 'Legend' });
    const colorOf = (title: RegExp) =>
      page
        .getByRole('button', { name: title })
        .evaluate((element) => (element as HTMLElement).style.getPropertyValue('--lane-color'));
    expect(await legend.getByRole('listitem').allTextContents()).toEqual([
      'Grow activation',
      'Improve retention',
      'Scale the platform',
      'Win team accounts',
      'Unaligned',
    ]);
    const byGoal = await colorOf(/^Onboarding checklist/);
    await view.getByLabel('Color bars by').selectOption('status');
    await expect.poll(() => legend.getByRole('listitem').count()).toBe(6);
    const byStatus = await colorOf(/^Onboarding checklist/);
    expect(byStatus).not.toBe(byGoal);
    expect(byStatus).toBe(await colorOf(/^Sync engine hardening/)); // both in progress
    await view.getByLabel('Color bars by').selectOption('team');
    await expect
      .poll(() => legend.getByRole('listitem').allTextContents())
      .toEqual(['Engagement', 'Growth', 'Platform', 'No team']);
    expect(await colorOf(/^Onboarding checklist/)).toBe(await colorOf(/^In-app guided tour/)); // both Growth
    // The lanes' goal colors step back while bars are colored by team: one color, one meaning.
    const stripe = () =>
      page
        .getByRole('region', { name: 'Grow activation' })
        .locator('.lane-swatch')
        .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await stripe()).toBe('rgb(148, 163, 184)');
    // A collapsed lane's band too.
    await page.getByRole('button', { name: 'Collapse Grow activation' }).click();
    const band = () =>
      page
        .getByRole('region', { name: 'Grow activation' })
        .locator('.lane-summary')
        .evaluate((element) => getComputedStyle(element).borderLeftColor);
    expect(await band()).toBe('rgb(148, 163, 184)');
    await page.getByRole('button', { name: 'Expand Grow activation' }).click();
    await view.getByLabel('Color bars by').selectOption('goal');
    await expect.poll(stripe).toBe('rgb(37, 99, 235)');
    await screenshot(page, 'color-by-team');
    await context.close();
  });

  it('keeps a long legend to one line, with a button for the rest', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('button', { name: /^Onboarding checklist/ }).waitFor();
    await changeStoredRoadmap(page, (doc) => {
      createGoals(
        doc,
        Array.from({ length: 20 }, (_, i) => ({ title: `Extra goal ${i + 1}` })),
      );
    });
    await reloadWhenSaved(page);
    const legend = page.getByRole('group', { name: 'View options' }).getByRole('list', { name: 'Legend' });
    // 24 goals and Unaligned: the first 10, then "+15 more".
    await expect.poll(() => legend.getByRole('listitem').count()).toBe(11);
    const more = legend.getByRole('button', { name: '+15 more' });
    const box = await legend.boundingBox();
    expect(box!.height).toBeLessThan(40);
    await more.click();
    await expect.poll(() => legend.getByRole('listitem').count()).toBe(26);
    expect(await legend.getByRole('listitem').last().textContent()).toBe('Show less');
    expect((await legend.boundingBox())!.height).toBeLessThanOrEqual(90);
    await screenshot(page, 'legend-open');
    await legend.getByRole('button', { name: 'Show less' }).click();
    await expect.poll(() => legend.getByRole('listitem').count()).toBe(11);
    await context.close();
  });

  it('keeps the title of a bar that starts left of the view in view', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Weeks' }).click();
    const bar = page.getByRole('button', { name: /^Large roadmap performance/ });
    await bar.scrollIntoViewIfNeeded();
    const timeline = page.getByRole('group', { name: 'Roadmap timeline' });
    const view = (await timeline.boundingBox())!;
    const start = (await bar.boundingBox())!;
    // Scroll so the bar starts 300 px left of the visible canvas (right of the lane headers).
    await timeline.evaluate((element, by) => element.scrollBy(by, 0), start.x - (view.x + 232) + 300);
    await expect
      .poll(async () => {
        const barBox = (await bar.boundingBox())!;
        const title = (await bar.locator('.bar-title').boundingBox())!;
        return barBox.x < view.x + 232 && title.x >= view.x + 232 && title.x < view.x + 260;
      })
      .toBe(true);
    await screenshot(page, 'sticky-bar-title');
    await context.close();
  });

  it('keeps the title of a tall lane in view while scrolling down through it', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('button', { name: /^Onboarding checklist/ }).waitFor();
    await changeStoredRoadmap(page, (doc) => addManyInitiatives(doc, 60));
    await reloadWhenSaved(page);
    await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Years' }).click();
    const timeline = page.getByRole('group', { name: 'Roadmap timeline' });
    const lane = page.getByRole('region', { name: 'Expand to enterprise' });
    await lane.scrollIntoViewIfNeeded();
    const laneBox = (await lane.boundingBox())!;
    const view = (await timeline.boundingBox())!;
    expect(laneBox.height).toBeGreaterThan(200);
    // Scroll so the lane's top is 120 px above the canvas's top edge (under the time header).
    await timeline.evaluate((element, by) => element.scrollBy(0, by), laneBox.y - (view.y + 60) + 120);
    await expect
      .poll(async () => {
        const title = (await lane.getByRole('button', { name: 'Expand to enterprise', exact: true }).boundingBox())!;
        const current = (await lane.boundingBox())!;
        return current.y < view.y + 60 && title.y >= view.y + 60 && title.y < view.y + 100;
      })
      .toBe(true);
    await screenshot(page, 'sticky-lane-title');
    await context.close();
  });

  it('shows what it creates: filters are cleared and a collapsed lane opens for a new initiative', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    const view = page.getByRole('group', { name: 'View options' });
    await view.getByLabel('Filter by team').selectOption('Growth');
    await page.getByRole('button', { name: /^Sync engine hardening/ }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Collapse Grow activation' }).click();
    await page.getByRole('button', { name: 'New initiative' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^New initiative,/ }).count()).toBe(1);
    expect(await view.getByRole('button', { name: 'Clear filters' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Collapse Grow activation' }).count()).toBe(1);
    expect(await page.getByText('Filters cleared to show the new initiative.').count()).toBe(1);
    await context.close();
  });

  it('scrolls to a new initiative made off screen', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Weeks' }).click();
    const timeline = page.getByRole('group', { name: 'Roadmap timeline' });
    // Far from today (2027-01-15), nine months on.
    await timeline.evaluate((element) => element.scrollBy({ left: 270 * 20 }));
    await page.getByRole('button', { name: 'New initiative' }).click();
    const bar = page.getByRole('button', { name: /^New initiative,/ });
    await expect.poll(() => bar.count()).toBe(1);
    await expect
      .poll(async () => {
        const view = (await timeline.boundingBox())!;
        const box = (await bar.boundingBox())!;
        return box.x >= view.x + 232 && box.x < view.x + view.width && box.y < view.y + view.height;
      })
      .toBe(true);
    await context.close();
  });

  it('zooms with Ctrl+wheel around the pointer, and Fit shows the whole roadmap', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    const level = () => page.getByRole('group', { name: 'Zoom level' }).locator('[aria-pressed="true"]').textContent();
    await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Months' }).click();
    const timeline = await page.getByRole('group', { name: 'Roadmap timeline' }).boundingBox();
    await page.mouse.move(timeline!.x + 500, timeline!.y + 200);
    await page.keyboard.down('Control');
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect.poll(level).toBe('Weeks');
    await page.getByRole('button', { name: 'Fit' }).click();
    // Every bar of the sample is inside the visible canvas.
    await expect
      .poll(async () => {
        const view = await page.getByRole('group', { name: 'Roadmap timeline' }).boundingBox();
        const bars = await page
          .locator('.bar')
          .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON()));
        return (
          bars.length === 8 && bars.every((bar) => bar.left >= view!.x + 232 && bar.right <= view!.x + view!.width)
        );
      })
      .toBe(true);
    await context.close();
  });

  it('titles every short bar at year zoom: inside when it fits, else beside it, clear of other bars', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    // The whole sample in view, at year zoom.
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Years' }).click();
    await expect.poll(() => page.locator('.bar').count()).toBe(8);
    const unlabeled = async () =>
      page.locator('.lane-body').evaluateAll((bodies) =>
        bodies.flatMap((body) => {
          const bars = [...body.querySelectorAll<HTMLElement>('.bar')];
          const beside = [...body.querySelectorAll<HTMLElement>('.bar-outside-title')];
          return bars.flatMap((bar) => {
            const title = bar.getAttribute('aria-label')!.split(',')[0]!;
            const inside = bar.querySelector<HTMLElement>('.bar-title')!;
            // Inside: the bar is wide enough for a useful part of it.
            if (inside.textContent && inside.getBoundingClientRect().width >= 30) return [];
            const label = beside.find((candidate) => candidate.textContent === title);
            if (!label) return [`${title}: no title`];
            const box = label.getBoundingClientRect();
            const clash = bars.find((other) => {
              const b = other.getBoundingClientRect();
              return (
                box.left < b.right - 1 && b.left < box.right - 1 && box.top < b.bottom - 1 && b.top < box.bottom - 1
              );
            });
            if (box.width < 30) return [`${title}: ${box.width}px beside it`];
            return clash ? [`${title}: its title overlaps ${clash.getAttribute('aria-label')}`] : [];
          });
        }),
      );
    await expect.poll(unlabeled).toEqual([]);
    await screenshot(page, 'year-zoom-titles');
    await context.close();
  });

  it('stays readable with a few dozen initiatives at every zoom level', async () => {
    const context = await newAppContext(browser());
    const page = await openApp(context, inject('baseUrl'));
    await page.getByRole('button', { name: /^Onboarding checklist/ }).waitFor();
    await changeStoredRoadmap(page, (doc) => addManyInitiatives(doc, 40));
    await reloadWhenSaved(page);
    await expect.poll(() => page.locator('.lane').count()).toBeGreaterThan(3);
    for (const level of ['Weeks', 'Months', 'Quarters', 'Halves', 'Years']) {
      await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: level }).click();
      await page.getByRole('button', { name: 'Today', exact: true }).click();
      await screenshot(page, `dense-${level.toLowerCase()}`);
      // No two bars of a lane overlap, and every bar's full title is in its tooltip.
      const overlaps = await page.locator('.lane').evaluateAll((lanes) =>
        lanes.flatMap((lane) => {
          const bars = [...lane.querySelectorAll('.bar')].map((bar) => ({
            name: bar.getAttribute('aria-label'),
            box: bar.getBoundingClientRect(),
          }));
          return bars.flatMap(({ name, box: a }, i) =>
            bars
              .slice(i + 1)
              .filter(
                ({ box: b }) =>
                  a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1,
              )
              .map((other) => `${name} overlaps ${other.name}`),
          );
        }),
      );
      expect(overlaps, level).toEqual([]);
      const titles = await page
        .locator('.bar')
        .evaluateAll((bars) =>
          bars.map((bar) => [bar.getAttribute('aria-label')!.split(',')[0], bar.getAttribute('title')!.split('\n')[0]]),
        );
      for (const [name, tooltip] of titles) expect(tooltip).toBe(name);
    }
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

/** A few dozen initiatives over a year and a half, on new goals, added as a peer or an import would. */
function addManyInitiatives(doc: Y.Doc, count: number) {
  const goals = createGoals(doc, [
    { title: 'Expand to enterprise' },
    { title: 'Delight admins' },
    { title: 'Reduce support load' },
  ]);
  const titles = [
    'SSO',
    'Audit log',
    'SCIM provisioning',
    'Usage analytics dashboard for workspace admins',
    'Billing v2',
    'Help center search',
    'In-app chat',
    'Data export',
    'Custom fields',
    'Approval flows',
  ];
  createInitiatives(
    doc,
    Array.from({ length: count }, (_, i) => {
      const start = addDays('2026-12-01', (i * 13) % 420);
      return {
        title: `${titles[i % titles.length]} ${Math.floor(i / titles.length) + 1}`,
        goalId: goals[i % goals.length]!,
        startDate: start,
        endDate: addDays(start, 7 + ((i * 17) % 120)),
        status: (['planned', 'in-progress', 'proposed', 'done', 'at-risk'] as const)[i % 5],
        team: ['Growth', 'Platform', 'Enterprise'][i % 3]!,
      };
    }),
  );
}

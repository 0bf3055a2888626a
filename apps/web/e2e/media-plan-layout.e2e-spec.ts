import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, pageErrors } from './support/browser';
import { createGeneratedPlan } from './support/media-plans';
import { openAs, openDemoBrand, screenshot, settled } from './support/pages';
import { webRoot } from './support/paths';

const hebrew = JSON.parse(
  readFileSync(path.join(webRoot, 'src', 'i18n', 'locales', 'he.json'), 'utf8'),
) as { mediaPlan: { chart: { toggle: string } } };

const sizes = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

/** 6 describing columns (actions, channel, activity, objective, goal, pricing), 52 weeks, the total. */
const COLUMNS = 6 + 52 + 1;
const ROWS = 300;

/** Switches an English page to Hebrew and waits for it to turn right to left. */
async function switchToHebrew(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Language' }).selectOption('he');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.getByTestId('grand-total').waitFor();
}

/** What the grid has in the DOM now. */
function gridFigures(page: Page) {
  return page.getByTestId('media-plan-grid').evaluate((grid) => ({
    cells: grid.querySelectorAll('[role="gridcell"], [role="columnheader"], [role="rowheader"]')
      .length,
    elements: grid.querySelectorAll('*').length + 1,
    headers: grid.querySelectorAll('[role="columnheader"]').length,
    rows: grid.querySelectorAll('[role="row"][data-row-id]').length,
    colcount: Number(grid.getAttribute('aria-colcount')),
    lastHeaderIndex: Math.max(
      ...[...grid.querySelectorAll('[role="columnheader"]')].map((h) =>
        Number(h.getAttribute('aria-colindex')),
      ),
    ),
  }));
}

/**
 * Where the money columns are: the total heading, a row's total, a block's total and the
 * grand total, each as its horizontal extent on the page; with the window's width and the
 * grid's visible box.
 */
function moneyColumns(page: Page) {
  return page.evaluate(() => {
    const grid = document.querySelector('[data-testid="media-plan-grid"]')!;
    const box = (selector: string) => {
      const rect = grid.querySelector(selector)?.getBoundingClientRect();
      return rect
        ? { selector, left: rect.left, right: rect.right }
        : { selector, left: NaN, right: NaN };
    };
    const gridRect = grid.getBoundingClientRect();
    return {
      windowWidth: window.innerWidth,
      pageScrollWidth: document.documentElement.scrollWidth,
      grid: { left: gridRect.left, right: gridRect.right },
      cells: [
        box('[role="columnheader"][data-col="total"]'),
        box('[role="row"][data-row-id] [data-col="total"]'),
        box('[data-testid="block-total-PAID"]'),
        box('[data-testid="grand-total"]'),
      ],
    };
  });
}

/** Scrolls the grid to its inline end (left in right-to-left pages) and back. */
async function scrollGridTo(page: Page, end: 'start' | 'end'): Promise<void> {
  await page.getByTestId('media-plan-grid').evaluate((grid, where) => {
    const rtl = getComputedStyle(grid).direction === 'rtl';
    const left = where === 'start' ? 0 : (rtl ? -1 : 1) * grid.scrollWidth;
    grid.scrollTo({ left, top: 0 });
    grid.dispatchEvent(new Event('scroll'));
  }, end);
}

/** The week-52 heading: its text and whether any of it is cut off (sideways or below). */
function week52Heading(page: Page) {
  return page.evaluate(() => {
    const grid = document.querySelector('[data-testid="media-plan-grid"]')!;
    const heading = grid.querySelector<HTMLElement>('[role="columnheader"][data-col="p:2027-W52"]');
    if (!heading) return null;
    const parts = [heading, ...heading.querySelectorAll<HTMLElement>('span')];
    const clipped = parts
      .filter(
        (part) =>
          part.scrollWidth > part.clientWidth + 1 || part.scrollHeight > part.clientHeight + 1,
      )
      .map(
        (part) =>
          `${part.className}: ${part.scrollWidth}×${part.scrollHeight} in ${part.clientWidth}×${part.clientHeight}`,
      );
    const rect = heading.getBoundingClientRect();
    const gridRect = grid.getBoundingClientRect();
    return {
      text: heading.textContent ?? '',
      title: heading.getAttribute('title') ?? '',
      clipped,
      inGrid: rect.left >= gridRect.left - 1 && rect.right <= gridRect.right + 1,
    };
  });
}

/**
 * Tick labels of the budget chart's axes that overlap each other or a bar, or stick out of
 * their chart; empty when every label stands on its own.
 */
function chartLabelProblems(page: Page) {
  return page.evaluate(() => {
    type Box = { left: number; right: number; top: number; bottom: number; text: string };
    const boxOf = (element: Element, text = element.textContent ?? ''): Box => {
      const r = element.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text };
    };
    const overlap = (a: Box, b: Box) =>
      a.left < b.right - 0.5 &&
      b.left < a.right - 0.5 &&
      a.top < b.bottom - 0.5 &&
      b.top < a.bottom - 0.5;
    const problems: string[] = [];
    let labels = 0;
    for (const wrapper of document.querySelectorAll('.recharts-wrapper')) {
      // The chart's surface, not a legend icon.
      const svg = [...wrapper.querySelectorAll('svg')].find((candidate) =>
        candidate.querySelector('.recharts-cartesian-axis-tick-labels'),
      );
      if (!svg) continue;
      const chart = boxOf(svg, 'chart');
      const bars = [
        ...svg.querySelectorAll('.recharts-bar-rectangle path, .recharts-bar-rectangle rect'),
      ]
        .map((bar) => boxOf(bar, 'bar'))
        .filter((bar) => bar.right - bar.left > 0 && bar.bottom - bar.top > 0);
      // Recharts draws each axis's labels in a layer of their own, apart from its line.
      for (const axis of svg.querySelectorAll('.recharts-cartesian-axis-tick-labels')) {
        const ticks = [...axis.querySelectorAll('.recharts-cartesian-axis-tick-value')]
          .map((tick) => boxOf(tick))
          .filter((tick) => tick.text.trim() !== '');
        labels += ticks.length;
        ticks.forEach((tick, i) => {
          for (const other of ticks.slice(i + 1)) {
            if (overlap(tick, other)) problems.push(`"${tick.text}" overlaps "${other.text}"`);
          }
          if (bars.some((bar) => overlap(tick, bar)))
            problems.push(`"${tick.text}" overlaps a bar`);
          if (tick.left < chart.left - 1 || tick.right > chart.right + 1) {
            problems.push(`"${tick.text}" sticks out of its chart`);
          }
        });
      }
    }
    return { labels, problems };
  });
}

/**
 * The media-plan grid of a large plan (300 rows × 52 weeks) as people see it on common
 * desktop windows, in English and in Hebrew: a bounded window of cells in the DOM, the money
 * columns in view, the last week's heading whole, and a budget chart whose labels do not
 * collide.
 */
describe('the media-plan layout on desktop windows', () => {
  let browser: Browser;
  let planPath: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const { page, workspaceId, brandId } = await openDemoBrand(browser, 'strategist@demo.test');
    planPath = await createGeneratedPlan(page, workspaceId, brandId, {
      rows: ROWS,
      title: `Layout plan ${Date.now().toString(36)}`,
    });
    await page.context().close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renders a bounded window of a 300 × 52 plan that the keyboard moves through, with the totals in view and the week-52 heading whole, in English and Hebrew at 1280×800 and 1920×1080', async () => {
    const page = await openAs(browser, 'strategist@demo.test', planPath);
    await page.getByTestId('grand-total').filter({ hasText: '$' }).waitFor({ timeout: 60_000 });
    await page
      .getByTestId('media-plan-grid')
      .locator('[role="row"][data-row-id]')
      .first()
      .waitFor();

    // The keyboard reaches columns that are not drawn yet: End goes to the total, Left to
    // week 52, which is drawn, focused and scrolled into view beside the pinned total.
    const grid = page.getByTestId('media-plan-grid');
    await grid.locator('[role="row"][data-row-id]').first().locator('[data-col="channel"]').click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => {
      const active = document.activeElement as HTMLElement | null;
      const total = document.querySelector(
        '[data-testid="media-plan-grid"] [role="columnheader"][data-col="total"]',
      );
      if (active?.dataset.col !== 'p:2027-W52' || !total) return false;
      const cell = active.getBoundingClientRect();
      return cell.right <= total.getBoundingClientRect().left + 1 && cell.left >= 0;
    });
    expect((await gridFigures(page)).headers).toBeLessThan(COLUMNS / 2);
    await page.keyboard.press('Home');
    await page.waitForFunction(
      () => (document.activeElement as HTMLElement | null)?.dataset.col === 'actions',
    );

    // On a phone the total stays at the end of its line instead of covering the activity.
    await page.setViewportSize({ width: 390, height: 844 });
    await scrollGridTo(page, 'start');
    await page.waitForFunction(() => {
      const grid = document.querySelector('[data-testid="media-plan-grid"]');
      const heading = (key: string) =>
        grid?.querySelector(`[role="columnheader"][data-col="${key}"]`)?.getBoundingClientRect();
      const activity = heading('activity');
      const total = heading('total');
      return Boolean(activity && total && total.left >= activity.right - 1);
    });

    for (const language of ['en', 'he'] as const) {
      if (language === 'he') await switchToHebrew(page);
      for (const size of sizes) {
        await page.setViewportSize(size);
        await scrollGridTo(page, 'start');
        await page.getByTestId('grand-total').waitFor();
        const label = `${language} ${size.width}×${size.height}`;

        // Columns are windowed like the lines: a screenful of both, not 300 × 59.
        const figures = await gridFigures(page);
        console.log(
          `media-plan grid ${label}: ${figures.cells} cells, ${figures.elements} elements, ` +
            `${figures.headers} of ${figures.colcount} column headings, ${figures.rows} of ${ROWS} rows in the DOM`,
        );
        expect(figures.colcount).toBe(COLUMNS);
        expect(figures.lastHeaderIndex).toBe(COLUMNS);
        expect(figures.headers).toBeLessThan(COLUMNS / 2);
        expect(figures.cells).toBeLessThan(((figures.rows + 6) * COLUMNS) / 2);

        // The money columns are on screen without scrolling sideways.
        const money = await moneyColumns(page);
        expect(money.pageScrollWidth).toBeLessThanOrEqual(money.windowWidth);
        for (const cell of money.cells) {
          expect({ ...cell, inWindow: cell.left >= 0 && cell.right <= money.windowWidth }).toEqual({
            ...cell,
            inWindow: true,
          });
          expect({
            ...cell,
            inGrid: cell.left >= money.grid.left - 1 && cell.right <= money.grid.right + 1,
          }).toEqual({
            ...cell,
            inGrid: true,
          });
        }

        await expectNoSeriousA11yViolations(page);
        await settled(page);
        await screenshot(page, `media-plan-layout-${language}-${size.width}x${size.height}.png`);

        // The last week's heading, scrolled to, shows all of its dates.
        await scrollGridTo(page, 'end');
        await page.waitForFunction(
          () =>
            document.querySelector(
              '[data-testid="media-plan-grid"] [role="columnheader"][data-col="p:2027-W52"]',
            ) !== null,
        );
        const heading = await week52Heading(page);
        expect(heading).not.toBeNull();
        expect(heading?.text).toMatch(/2027.*2028/);
        expect(heading?.clipped).toEqual([]);
        expect(heading?.inGrid).toBe(true);
        await screenshot(
          page,
          `media-plan-layout-${language}-${size.width}x${size.height}-week52.png`,
        );
        // Scrolled to the end, the first weeks are gone from the DOM.
        expect(
          await page.locator('[data-testid="media-plan-grid"] [data-col="p:2027-W01"]').count(),
        ).toBe(0);
      }
    }
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('draws the Hebrew budget chart with labels that do not overlap, and its button passes the contrast rule', async () => {
    const page = await openAs(browser, 'strategist@demo.test', planPath);
    await page.getByTestId('grand-total').filter({ hasText: '$' }).waitFor({ timeout: 60_000 });

    for (const language of ['en', 'he'] as const) {
      if (language === 'he') await switchToHebrew(page);
      const toggle = page.getByRole('button', {
        name: language === 'he' ? hebrew.mediaPlan.chart.toggle : 'Budget chart',
        exact: true,
      });
      if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
      await page.locator('.recharts-bar-rectangle').first().waitFor();
      for (const size of sizes) {
        await page.setViewportSize(size);
        const label = `${language} ${size.width}×${size.height}`;
        // The chart lays itself out again after a resize: wait until its ticks hold still.
        await page.waitForFunction(
          () => {
            const state = window as unknown as { __ticks?: string };
            const ticks = [...document.querySelectorAll('.recharts-cartesian-axis-tick-value')]
              .map((tick) => {
                const r = tick.getBoundingClientRect();
                return `${Math.round(r.left)},${Math.round(r.top)}`;
              })
              .join(' ');
            const same = ticks !== '' && state.__ticks === ticks;
            state.__ticks = ticks;
            return same;
          },
          undefined,
          { polling: 250 },
        );
        const { labels, problems } = await chartLabelProblems(page);
        console.log(`budget chart ${label}: ${labels} tick labels, ${problems.length} problems`);
        expect(labels).toBeGreaterThan(3);
        expect(problems).toEqual([]);
        await settled(page);
        await expectNoSeriousA11yViolations(page);
        await page.locator('.recharts-wrapper').first().scrollIntoViewIfNeeded();
        await screenshot(page, `media-plan-chart-${language}-${size.width}x${size.height}.png`, {
          fullPage: false,
        });
      }
    }
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

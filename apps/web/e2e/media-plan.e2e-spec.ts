import type { Browser, Locator, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, pageErrors } from './support/browser';
import { generatedPlanCsv, scrollPlanToColumn } from './support/media-plans';
import { createDocument, openAs, openDemoBrand, screenshot } from './support/pages';

/** The grid (by test id: its accessible name follows the language). */
function grid(page: Page): Locator {
  return page.getByTestId('media-plan-grid');
}

/** The body rows of the grid (activities), in display order. */
function dataRows(page: Page): Locator {
  return grid(page).locator('[role="row"][data-row-id]');
}

function cell(page: Page, row: number, column: string): Locator {
  return dataRows(page).nth(row).locator(`[data-col="${column}"]`);
}

/** Waits until every check holds on the page; resolves with the page's clock then. */
async function until(page: Page, checks: [string, string][], timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    (expected) => {
      const ok = expected.every(([selector, text]) => {
        const element = document.querySelector(selector);
        return element !== null && (element.textContent ?? '').includes(text);
      });
      return ok ? performance.now() : false;
    },
    checks,
    { timeout, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

async function rowId(page: Page, row: number): Promise<string> {
  return (await dataRows(page).nth(row).getAttribute('data-row-id')) ?? '';
}

// Seen failing twice in about ten full runs, never alone; the retry logs the first error so
// the cause can be found (see the closing note of the media-plan issue).
jest.retryTimes(1, { logErrorsBeforeRetry: true });

describe('co-editing a media plan, two people in two browsers', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows each person’s cell and the block total to the other within a second, with presence, and fills a pasted 3×4 range', async () => {
    // The strategist opens the demo brand and creates a Q1 2027 plan by week in USD.
    const {
      page: sara,
      workspaceId,
      brandId,
    } = await openDemoBrand(browser, 'strategist@demo.test');
    const planPath = await createDocument(sara, workspaceId, brandId, {
      kind: 'MEDIA_PLAN',
      title: 'Q1 2027 media plan',
      mediaPlan: {
        flightStart: '2027-01-04',
        flightEnd: '2027-03-28',
        granularity: 'WEEK',
        currency: 'USD',
      },
    });
    const documentId = planPath.split('/').pop()!;
    await sara.goto(planPath);
    await sara.getByRole('grid', { name: 'Media plan' }).waitFor();
    await expect(sara.getByTestId('media-plan-settings').textContent()).resolves.toContain('Weeks');

    // Three activities: two paid, one owned.
    const addRow = async (block: string, channel: string, activity: string) => {
      await sara.getByRole('button', { name: 'Add a row', exact: true }).click();
      await sara.getByRole('menuitem', { name: block }).click();
      await sara.keyboard.type(channel);
      await sara.keyboard.press('Tab');
      await sara.keyboard.type(activity);
      await sara.keyboard.press('Enter');
    };
    await addRow('Paid', 'Instagram', 'Targeted ads');
    await addRow('Paid', 'Facebook', 'Promoted posts');
    await addRow('Owned', 'Blog', 'Tea brewing guides');
    await dataRows(sara).nth(2).waitFor();
    await cell(sara, 0, 'channel').filter({ hasText: 'Instagram' }).waitFor();
    await expect(dataRows(sara).count()).resolves.toBe(3);

    // The SMM specialist opens the same plan in another browser context.
    const taras = await openAs(browser, 'smm@demo.test', planPath);
    await grid(taras).waitFor();
    await dataRows(taras).nth(2).waitFor();
    await cell(taras, 1, 'activity').filter({ hasText: 'Promoted posts' }).waitFor();
    await expectNoSeriousA11yViolations(taras);

    // Each edits a different cell of the paid block at the same time.
    const paidRow = await rowId(sara, 0);
    const otherPaidRow = await rowId(sara, 1);
    const w1 = `[data-row="${paidRow}"][data-col="p:2027-W01"]`;
    const w2 = `[data-row="${otherPaidRow}"][data-col="p:2027-W02"]`;
    const expected: [string, string][] = [
      [w1, '$1,500.00'],
      [w2, '$2,500.00'],
      ['[data-testid="block-total-PAID"]', '$4,000.00'],
      ['[data-testid="grand-total"]', '$4,000.00'],
    ];
    // The grid draws the columns in view: each person scrolls to the weeks they work on.
    await Promise.all([
      scrollPlanToColumn(sara, 'p:2027-W01'),
      scrollPlanToColumn(taras, 'p:2027-W01'),
    ]);
    await cell(sara, 0, 'p:2027-W01').click();
    await cell(taras, 1, 'p:2027-W02').click();
    await sara.keyboard.type('1500');
    await taras.keyboard.type('2500');
    // Presence: each sees the other's cell outlined, with their name.
    await sara.locator(w2).getByTestId('cell-visitor').filter({ hasText: 'Taras SMM' }).waitFor();
    await taras
      .locator(w1)
      .getByTestId('cell-visitor')
      .filter({ hasText: 'Sara Strategist' })
      .waitFor();

    const started = Date.now();
    await Promise.all([sara.keyboard.press('Enter'), taras.keyboard.press('Enter')]);
    await Promise.all([until(sara, expected), until(taras, expected)]);
    const elapsed = Date.now() - started;
    console.log(
      `media plan: both edits and the paid block total on both screens after ${elapsed} ms`,
    );

    // A 3×4 range pasted from a spreadsheet fills the cells from the selected one.
    await Promise.all([
      scrollPlanToColumn(sara, 'p:2027-W03'),
      scrollPlanToColumn(taras, 'p:2027-W03'),
    ]);
    await cell(sara, 0, 'p:2027-W03').click();
    await sara.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const tsv = '100\t200\t300\t400\n1,000.50\t50\t60\t70\n5\t6\t7\t8\n';
    await sara.evaluate(async (text) => navigator.clipboard.writeText(text), tsv);
    await sara.keyboard.press('ControlOrMeta+V');
    const pasted: [string, string][] = [
      [`[data-row="${paidRow}"][data-col="p:2027-W03"]`, '$100.00'],
      [`[data-row="${paidRow}"][data-col="p:2027-W06"]`, '$400.00'],
      [`[data-row="${otherPaidRow}"][data-col="p:2027-W03"]`, '$1,000.50'],
      [`[data-row="${await rowId(sara, 2)}"][data-col="p:2027-W06"]`, '$8.00'],
      ['[data-testid="block-total-PAID"]', '$6,180.50'],
      ['[data-testid="block-total-OWNED"]', '$26.00'],
      ['[data-testid="grand-total"]', '$6,206.50'],
    ];
    await until(sara, pasted);
    await until(taras, pasted);

    // Copying a range gives tab-separated text back.
    await cell(sara, 0, 'p:2027-W03').click();
    await sara.keyboard.press('Shift+ArrowRight');
    await sara.keyboard.press('ControlOrMeta+C');
    await sara.waitForFunction(
      async () => (await navigator.clipboard.readText()) === '100.00\t200.00\n',
    );

    // Text in a money cell is refused with a message and written nowhere.
    await scrollPlanToColumn(taras, 'p:2027-W01');
    await cell(taras, 2, 'p:2027-W01').click();
    await taras.keyboard.type('a lot');
    await taras.keyboard.press('Enter');
    await taras.getByRole('alert').filter({ hasText: 'Enter an amount' }).waitFor();
    await taras.keyboard.press('Escape');

    // The budget chart, with its summary for screen readers.
    await sara.getByRole('button', { name: 'Budget chart' }).click();
    await sara
      .getByTestId('chart-summary')
      .filter({ hasText: 'Total budget $6,206.50: Paid $6,180.50 (100%), Owned $26.00 (0%)' })
      .waitFor();
    await sara.locator('.recharts-bar-rectangle').first().waitFor();

    // Export: a workbook download, and a CSV that opens with the same figures.
    await sara.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      sara.waitForEvent('download'),
      sara.getByRole('menuitem', { name: 'Excel workbook (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const exported = await sara.request.get(`/api/documents/${documentId}/export?format=csv`);
    expect(exported.status()).toBe(200);
    expect(await exported.text()).toContain('Instagram');

    await expectNoSeriousA11yViolations(sara);
    await sara.evaluate(() => window.scrollTo(0, 0));
    await screenshot(sara, 'media-plan-en.png');

    // The same plan in Hebrew: right to left, frozen columns at the right edge.
    await taras.getByRole('combobox', { name: 'Language' }).selectOption('he');
    await taras.getByRole('grid', { name: 'תוכנית מדיה' }).waitFor();
    expect(await taras.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await scrollPlanToColumn(taras, 'p:2027-W01');
    const channelBox = await cell(taras, 0, 'channel').boundingBox();
    const firstWeekBox = await cell(taras, 0, 'p:2027-W01').boundingBox();
    expect(channelBox && firstWeekBox && channelBox.x > firstWeekBox.x).toBe(true);
    await expectNoSeriousA11yViolations(taras);
    await screenshot(taras, 'media-plan-he.png');

    for (const page of [sara, taras]) expect(pageErrors(page)).toEqual([]);
    await taras.context().close();
    await sara.context().close();
  });

  it('opens a plan of 300 rows × 52 weeks and recomputes its totals after one edit (measured)', async () => {
    const { page, workspaceId, brandId } = await openDemoBrand(browser, 'strategist@demo.test');
    const planPath = await createDocument(page, workspaceId, brandId, {
      kind: 'MEDIA_PLAN',
      title: 'Year plan 2027',
      mediaPlan: {
        flightStart: '2027-01-04',
        flightEnd: '2028-01-02',
        granularity: 'WEEK',
        currency: 'USD',
      },
    });
    const documentId = planPath.split('/').pop()!;

    // Filled through the import endpoint: checked, then applied as one edit.
    const csv = generatedPlanCsv(300);
    const imported = await page.request.post(`/api/documents/${documentId}/import?format=csv`, {
      headers: { 'X-Chorus-Request': '1', 'content-type': 'text/csv' },
      data: csv,
    });
    expect(imported.status()).toBe(200);
    await expect(imported.json()).resolves.toMatchObject({ ok: true, applied: true, rows: 300 });

    // Open: from navigation to the grid showing rows and totals.
    await page.goto(planPath);
    const opened = await until(page, [['[data-testid="grand-total"]', '$']], 30_000);
    await dataRows(page).first().waitFor();
    const rendered = await dataRows(page).count();
    const before = (await page.getByTestId('grand-total').textContent()) ?? '';

    // One edit: from the Enter key to the new grand total on screen.
    await scrollPlanToColumn(page, 'p:2027-W10');
    await cell(page, 0, 'p:2027-W10').click();
    await page.keyboard.type('99999');
    await page.evaluate(() => {
      const total = document.querySelector('[data-testid="grand-total"]');
      const times: { enter?: number; total?: number } = {};
      (window as unknown as { __mpTimes: typeof times }).__mpTimes = times;
      document.addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Enter') times.enter = performance.now();
        },
        { capture: true, once: true },
      );
      if (total) {
        new MutationObserver((_, observer) => {
          times.total = performance.now();
          observer.disconnect();
        }).observe(total, { characterData: true, childList: true, subtree: true });
      }
    });
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => (window as unknown as { __mpTimes: { total?: number } }).__mpTimes.total !== undefined,
    );
    const times = await page.evaluate(
      () => (window as unknown as { __mpTimes: { enter: number; total: number } }).__mpTimes,
    );
    const after = (await page.getByTestId('grand-total').textContent()) ?? '';
    expect(after).not.toBe(before);
    // Scrolling to the end renders the last rows (the grid is virtualised).
    await grid(page).evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await page.getByText('Channel 300', { exact: true }).waitFor();
    // …under column headings that stay in view.
    const gridBox = await grid(page).boundingBox();
    const headingBox = await page.getByRole('columnheader', { name: 'Activity' }).boundingBox();
    expect(Math.abs((headingBox?.y ?? -100) - (gridBox?.y ?? 0))).toBeLessThan(3);

    console.log(
      `media plan 300 rows × 52 weeks: open ${opened.toFixed(0)} ms (navigation → grid with totals, ` +
        `${rendered} of 300 rows in the DOM); totals after one edit ${(times.total - times.enter).toFixed(1)} ms ` +
        `(Enter → new grand total on screen)`,
    );
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

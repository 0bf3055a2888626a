import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, pageErrors } from './support/browser';
import type { PageEditor } from './support/editor';
import { artifactsDir } from './support/paths';
import { createDocument, expectStatus, openDemoBrand, screenshot } from './support/pages';

/**
 * Issue 17 in a real browser: a strategist writes an engagement-rate goal into a strategy,
 * syncs KPIs from it, imports a month of Instagram actuals from a CSV (a file with a bad row
 * is refused first, naming the row and column, and nothing is applied), and the dashboard
 * shows the engagement rate against the goal's target and the ROI per channel. The report
 * is printed to PDF by Chromium; the dashboard is shot in Persian, right to left.
 */

const ROW = 'kpi-row-engagement_rate';

/** This month, `yyyy-mm`, as the server (UTC) counts it. */
function thisMonth(): string {
  return new Date().toISOString().slice(0, 7);
}

function csv(lines: string[][]): Buffer {
  return Buffer.from(`${lines.map((line) => line.join(',')).join('\n')}\n`, 'utf8');
}

const HEADER = [
  'Month',
  'Instagram followers',
  'Likes',
  'Comments',
  'Shares',
  'Saves',
  'Amount spent (USD)',
  'Total revenue',
];

/**
 * Opens a strategy's editor. On a loaded machine its first load was seen to stall past a
 * minute (the editor's chunks and socket); a reload is what a person would do, so the test
 * does that too, up to three times, before failing.
 */
async function openEditor(page: Page, documentPath: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await page.goto(documentPath);
    try {
      await page.locator('.ProseMirror').waitFor({ timeout: 40_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Opens the import dialog, chooses the file and checks it with the suggested mapping. */
async function checkFile(page: Page, name: string, body: Buffer): Promise<void> {
  await page.getByRole('button', { name: 'Import actuals' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import actuals from CSV or XLSX' });
  await dialog.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: body,
  });
  await dialog.getByTestId('actuals-mapping').waitFor({ timeout: 30_000 });
  // The headers of Meta's export were recognised: the month, the metrics and the network.
  expect(
    await dialog
      .getByRole('combobox', { name: 'Network of the whole file', exact: true })
      .inputValue(),
  ).toBe('Instagram');
  expect(await dialog.getByRole('combobox', { name: 'Likes', exact: true }).inputValue()).toBe(
    'Likes',
  );
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Check the file' }).click();
}

describe('KPIs and results: from a SMART goal to an imported month and a printed report', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a strategist imports a month of Instagram actuals; the dashboard shows the engagement rate against the goal and the ROI per channel; the report prints to PDF and reads right to left in Persian; a moderator only reads', async () => {
    const suffix = Date.now().toString(36);
    const statement = `Engage the Instagram tea club ${suffix}`;
    const month = thisMonth();
    const { page, workspaceId, brandId } = await openDemoBrand(browser, 'strategist@demo.test');

    // A strategy with a SMART goal on the engagement rate: 2 % now, 6 % by mid-2027.
    const strategyPath = await createDocument(page, workspaceId, brandId, {
      kind: 'STRATEGY',
      title: `KPI strategy ${suffix}`,
    });
    await openEditor(page, strategyPath);
    await expectStatus(page, 'Saved', 30_000);
    await page.evaluate((text) => {
      const element = document.querySelector<Element & { editor?: PageEditor }>('.ProseMirror');
      element?.editor?.commands.setContent(
        `<h2>Goals</h2><div data-type="smartGoal" data-statement="${text}" data-metric="Instagram engagement rate" data-baseline="2" data-target="6" data-deadline="2027-06-30"></div><p>Measure monthly.</p>`,
      );
    }, statement);
    await expectStatus(page, 'Saved', 30_000);

    // Results → KPIs → sync from the strategy's goals: the goal becomes a KPI.
    await page
      .getByRole('navigation', { name: 'Brand sections' })
      .getByRole('link', { name: 'Results' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
    await page.getByRole('tab', { name: 'KPIs' }).click();
    await page.getByRole('button', { name: 'Sync from goals' }).click();
    const kpiList = page.getByTestId('kpi-list');
    await kpiList.getByText(statement).waitFor({ timeout: 30_000 });
    expect(await kpiList.getByRole('row').filter({ hasText: statement }).textContent()).toContain(
      'From a goal',
    );
    await expectNoSeriousA11yViolations(page);

    // A file with a negative count is refused with its row and column; nothing is applied.
    await checkFile(
      page,
      'instagram-bad.csv',
      csv([HEADER, [month, '2000', '-3', '20', '10', '10', '1000', '1500']]),
    );
    const dialog = page.getByRole('dialog', { name: 'Import actuals from CSV or XLSX' });
    await dialog.getByTestId('import-errors').waitFor({ timeout: 30_000 });
    const problems = dialog.getByTestId('import-problems');
    const bad = problems.getByRole('row').filter({ hasText: 'A negative number.' });
    expect(await bad.count()).toBe(1);
    const badCells = await bad.getByRole('cell').allInnerTexts();
    expect(badCells[0]).toBe('2');
    expect(badCells[1]).toBe('Likes');
    expect(await dialog.getByRole('button', { name: /^Import \d+ actuals$/ }).isDisabled()).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // The clean month: 100 engagements over 2,000 members = 5 %; (1,500 − 1,000) ÷ 1,000 = 50 %.
    await checkFile(
      page,
      'instagram-month.csv',
      csv([HEADER, [month, '2000', '60', '20', '10', '10', '1000', '1500']]),
    );
    await dialog.getByTestId('import-clean').waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: /^Import \d+ actuals$/ }).click();
    await dialog.getByTestId('import-done').waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();

    // The dashboard: the goal's KPI with its target for the month and the measured rate.
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    const row = page.getByTestId(ROW).filter({ hasText: statement });
    await row.getByTestId('measure-engagement_rate').filter({ hasText: '5%' }).waitFor({
      timeout: 30_000,
    });
    const target = await row.getByTestId('period-target').innerText();
    expect(target).toMatch(/^\d+(\.\d+)?%$/);
    expect(await row.innerText()).toContain('6%');
    expect(await row.getByTestId('measure-engagement_rate').getAttribute('data-formula')).toBe(
      'Engagement rate = engagements ÷ community members (followers) × 100',
    );
    const instagram = page.getByTestId('channel-instagram');
    expect(await instagram.getByTestId('measure-engagement_rate').innerText()).toBe('5%');
    expect(await instagram.getByTestId('measure-roi').innerText()).toBe('50%');
    expect(await instagram.innerText()).toContain('$1,000.00');
    // Month over month per network: the imported metrics of Instagram, this month.
    const perNetwork = page.getByTestId('network-month-over-month');
    const followers = perNetwork.getByRole('row').filter({ hasText: 'Followers / members' });
    expect(await followers.innerText()).toContain('Instagram');
    expect(await followers.innerText()).toContain('2,000');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'kpi-dashboard-en.png');

    // The printed report: print CSS hides the navigation and buttons; Chromium writes a PDF.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Brand sections' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print report' }).isVisible()).toBe(false);
    expect(await page.getByTestId('kpi-dashboard').getByRole('table').first().isVisible()).toBe(
      true,
    );
    await screenshot(page, 'kpi-report-print.png');
    const pdf = path.join(artifactsDir, 'kpi-report.pdf');
    await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });

    // In Persian: right to left, the texts translated, the figures in Persian digits.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fa');
    await page.getByRole('heading', { level: 1, name: 'نتایج' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const persianRow = page.getByTestId(ROW).filter({ hasText: statement });
    await persianRow.getByTestId('measure-engagement_rate').filter({ hasText: '۵' }).waitFor();
    expect(await page.getByTestId('goal-progress').innerText()).toContain('هدف');
    await screenshot(page, 'kpi-dashboard-fa.png');
    const faPdf = path.join(artifactsDir, 'kpi-report-fa.pdf');
    await page.pdf({ path: faPdf, printBackground: true, preferCSSPageSize: true });
    expect(readFileSync(faPdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    expect(pageErrors(page)).toEqual([]);

    // A moderator reads the same results but is offered nothing to enter or import.
    const { page: moderator } = await openDemoBrand(browser, 'moderator@demo.test');
    await moderator.goto(`/w/${workspaceId}/b/${brandId}/results`);
    const moderatorRow = moderator.getByTestId(ROW).filter({ hasText: statement });
    await moderatorRow.getByTestId('measure-engagement_rate').filter({ hasText: '5%' }).waitFor({
      timeout: 30_000,
    });
    expect(await moderator.getByRole('button', { name: 'Import actuals' }).count()).toBe(0);
    await moderator.getByRole('tab', { name: 'KPIs' }).click();
    await moderator.getByTestId('kpi-list').waitFor();
    expect(await moderator.getByRole('button', { name: 'New KPI' }).count()).toBe(0);
    expect(await moderator.getByRole('button', { name: 'Sync from goals' }).count()).toBe(0);
    expect(pageErrors(moderator)).toEqual([]);
  });
  it('a correction written on Results is listed on the strategy it links to, and jumps to the section it changes', async () => {
    const suffix = Date.now().toString(36);
    const statement = `Grow the Telegram channel ${suffix}`;
    const title = `Corrected strategy ${suffix}`;
    const { page, workspaceId, brandId } = await openDemoBrand(browser, 'strategist@demo.test');
    const strategyPath = await createDocument(page, workspaceId, brandId, {
      kind: 'STRATEGY',
      title,
    });
    await openEditor(page, strategyPath);
    await expectStatus(page, 'Saved', 60_000);
    // The Platforms section sits below the fold: a jump has somewhere to go.
    const filler = Array.from({ length: 40 }, (_, i) => `<p>Week ${i + 1}: tea stories.</p>`);
    await page.evaluate(
      (html) => {
        const element = document.querySelector<Element & { editor?: PageEditor }>('.ProseMirror');
        element?.editor?.commands.setContent(html);
      },
      `<h2>Goals</h2><div data-type="smartGoal" data-statement="${statement}" data-metric="Telegram subscribers" data-baseline="500" data-target="2000" data-deadline="2027-06-30"></div>${filler.join('')}<h2>Platforms</h2><p>Telegram first.</p>`,
    );
    await expectStatus(page, 'Saved', 60_000);

    await page.goto(`/w/${workspaceId}/b/${brandId}/results`);
    await page.getByRole('tab', { name: 'KPIs' }).click();
    await page.getByRole('button', { name: 'Sync from goals' }).click();
    await page.getByTestId('kpi-list').getByText(statement).waitFor({ timeout: 60_000 });

    // Corrections: the goal's KPI links to its strategy unless told otherwise.
    await page.getByRole('tab', { name: 'Corrections' }).click();
    await page.getByRole('combobox', { name: /^KPI/ }).click();
    await page.getByRole('option', { name: statement }).click();
    await page
      .getByRole('textbox', { name: /^What should change/ })
      .fill('Subscribers lag: move a third of the budget to Telegram ads');
    const strategyField = page.getByRole('combobox', { name: 'Strategy' });
    for (let i = 0; i < 60 && (await strategyField.inputValue()) !== title; i += 1) {
      await page.waitForTimeout(500);
    }
    expect(await strategyField.inputValue()).toBe(title);
    await page.getByRole('textbox', { name: /^Section/ }).fill('Platforms');
    await page.getByRole('button', { name: 'Add a correction' }).click();
    await page.getByText('The correction was added.').waitFor({ timeout: 30_000 });
    const link = page.getByRole('link', { name: `${title} › Platforms` });
    await link.waitFor({ timeout: 30_000 });
    await expectNoSeriousA11yViolations(page);

    // On the strategy: the correction, and a jump to Platforms.
    await link.click();
    const banner = page.getByTestId('strategy-corrections');
    await banner.getByText('Subscribers lag').waitFor({ timeout: 60_000 });
    expect(await banner.innerText()).toContain('Corrections from results (1)');
    const platforms = page.locator('.ProseMirror h2', { hasText: 'Platforms' });
    await platforms.waitFor();
    await banner.getByRole('button', { name: 'Go to “Platforms”' }).click();
    await page.waitForFunction(
      () => {
        const heading = [...document.querySelectorAll('.ProseMirror h2')].find(
          (h) => h.textContent === 'Platforms',
        );
        const top = heading?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < window.innerHeight;
      },
      undefined,
      { timeout: 30_000 },
    );
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

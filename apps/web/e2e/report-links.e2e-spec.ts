import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, openPage, pageErrors } from './support/browser';
import { graphql } from './support/graphql';
import { artifactsDir } from './support/paths';
import { openAs, openDemoBrand, screenshot, settled } from './support/pages';

/**
 * Issue 17 in a real browser: a strategist shares the brand's KPI report from the Results
 * page; a client without an account opens the link in a fresh browser and reads the goal
 * progress (the engagement rate against its target), the blocks of the media plan and the
 * Posts tab — with nothing to edit, import or manage — prints it to PDF, downloads the XLSX
 * and reads it right to left in Persian; the lead revokes the link and the client's page
 * says the link is gone.
 */

const CREATE_KPI = `mutation($i: CreateKpiInput!) { createKpi(input: $i) { id } }`;
const UPSERT = `mutation($i: UpsertKpiActualsInput!) { upsertKpiActuals(input: $i) { written } }`;

describe('report links: a client reads the KPI report through a view-only link', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a strategist shares the report; a guest reads the engagement rate, sees no edit controls, prints and downloads it; revoking ends the guest’s page', async () => {
    const suffix = Date.now().toString(36);
    const kpiName = `Tea club engagement ${suffix}`;
    const label = `Client report ${suffix}`;
    const month = new Date().toISOString().slice(0, 7);

    // The strategist's results: an engagement-rate KPI and this month's Pinterest figures
    // (100 engagements over 2,000 members = 5 %). Pinterest, which no other browser test
    // writes: the demo brand's Instagram months hold what other tests imported.
    const {
      page: sara,
      workspaceId,
      brandId,
    } = await openDemoBrand(browser, 'strategist@demo.test');
    await graphql(sara, CREATE_KPI, {
      i: {
        brandId,
        name: kpiName,
        metric: 'engagement_rate',
        network: 'pinterest',
        startDate: `${month}-01`,
        deadline: '2030-12-31',
        baseline: 2,
        target: 6,
      },
    });
    await graphql(sara, UPSERT, {
      i: {
        brandId,
        cells: [
          { network: 'pinterest', metric: 'likes', periodKey: month, value: 100 },
          { network: 'pinterest', metric: 'followers', periodKey: month, value: 2000 },
        ],
      },
    });
    await sara.goto(`/w/${workspaceId}/b/${brandId}/results`);
    const saraRow = sara.getByTestId('kpi-row-engagement_rate').filter({ hasText: kpiName });
    await saraRow.getByTestId('measure-engagement_rate').filter({ hasText: '5%' }).waitFor({
      timeout: 30_000,
    });
    const memberBlocks = await sara.getByTestId('block-results').count();

    // "Share report": view only — no capability to choose — a label, then the address once.
    await sara.getByRole('button', { name: 'Share report' }).click();
    const dialog = sara.getByRole('dialog', { name: /KPI report/ });
    await dialog.getByText('A report link only lets the client view the results').waitFor();
    expect(await dialog.getByRole('radio').count()).toBe(0);
    await dialog.getByLabel(/^Label/).fill(label);
    await settled(sara);
    await expectNoSeriousA11yViolations(sara);
    await dialog.getByRole('button', { name: 'Create link' }).click();
    const urlField = dialog.getByTestId('share-link-url');
    await urlField.waitFor();
    const url = await urlField.inputValue();
    expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{40,}$/);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The client, in a fresh browser with no account: what is shared, a name, the report.
    const client = await openPage(browser, new URL(url).pathname);
    await client.getByRole('heading', { level: 1, name: 'Lotus Tea House — KPI report' }).waitFor();
    await client.getByText("You can read the brand's results", { exact: false }).waitFor();
    await client.getByLabel(/^Your name/).fill('Mai Client');
    await client.getByRole('button', { name: 'Open' }).click();
    const row = client.getByTestId('kpi-row-engagement_rate').filter({ hasText: kpiName });
    await row.getByTestId('measure-engagement_rate').filter({ hasText: '5%' }).waitFor({
      timeout: 30_000,
    });
    expect(await row.innerText()).toContain('6%');
    expect(
      await client
        .getByTestId('channel-pinterest')
        .getByTestId('measure-engagement_rate')
        .innerText(),
    ).toBe('5%');
    // The media plan's blocks, as the team sees them.
    await client.getByRole('heading', { name: 'By media-plan block and row' }).waitFor();
    expect(await client.getByTestId('block-results').count()).toBe(memberBlocks);

    // Nothing that edits, imports or manages; no workspace shell.
    expect(await client.getByRole('navigation').count()).toBe(0);
    for (const name of ['Import actuals', 'Share report', 'New KPI', 'Sync from goals']) {
      expect([name, await client.getByRole('button', { name }).count()]).toEqual([name, 0]);
    }
    expect(await client.getByRole('tab').allInnerTexts()).toEqual(['Dashboard', 'Posts']);
    await settled(client);
    await expectNoSeriousA11yViolations(client);
    await screenshot(client, 'report-guest-en.png');

    // The XLSX comes from the server for the guest too.
    const [download] = await Promise.all([
      client.waitForEvent('download'),
      client.getByRole('button', { name: 'Download XLSX' }).click(),
    ]);
    const xlsx = path.join(artifactsDir, 'report-guest.xlsx');
    await download.saveAs(xlsx);
    expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await client.getByText('The workbook could not be made').count()).toBe(0);

    // Printed to PDF: only the report.
    await client.emulateMedia({ media: 'print' });
    expect(await client.getByRole('button', { name: 'Print report' }).isVisible()).toBe(false);
    expect(await client.getByRole('tab', { name: 'Posts' }).isVisible()).toBe(false);
    const pdf = path.join(artifactsDir, 'report-guest.pdf');
    await client.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    await client.emulateMedia({ media: 'screen' });

    // The Posts tab: the results per post, read-only.
    await client.getByRole('tab', { name: 'Posts' }).click();
    await client.getByTestId('post-results').waitFor();

    // In Persian: right to left, the report's words translated.
    await client.getByRole('combobox', { name: 'Language' }).selectOption('fa');
    await client.getByRole('tab', { name: 'داشبورد' }).click();
    await client.getByRole('heading', { name: 'پیشرفت اهداف' }).waitFor();
    expect(await client.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await client
      .getByTestId('kpi-row-engagement_rate')
      .filter({ hasText: kpiName })
      .getByTestId('measure-engagement_rate')
      .filter({ hasText: '۵' })
      .waitFor();
    await screenshot(client, 'report-guest-fa.png');

    // The lead revokes the link from the brand's settings; the client's page says so.
    const lead = await openAs(browser, 'lead@demo.test', `/w/${workspaceId}/b/${brandId}/settings`);
    const links = lead.getByRole('region', { name: 'Share links' });
    const linkRow = links.getByTestId('share-link').filter({ hasText: label });
    await linkRow.waitFor({ timeout: 30_000 });
    await linkRow.getByText('KPI report').waitFor();
    await linkRow.getByRole('button', { name: `Revoke: ${label}` }).click();
    const confirm = lead.getByRole('dialog', { name: 'Revoke this link?' });
    await confirm.getByRole('button', { name: 'Revoke' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await client.getByTestId('share-link-gone').waitFor({ timeout: 30_000 });
    expect(await client.getByTestId('kpi-dashboard').count()).toBe(0);
    await screenshot(client, 'report-guest-gone-fa.png');

    expect(pageErrors(client)).toEqual([]);
    expect(pageErrors(sara)).toEqual([]);
    await Promise.all([client, sara, lead].map((page) => page.context().close()));
  });
});

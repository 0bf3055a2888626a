import type { Browser } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, pageErrors } from './support/browser';
import { openDemoBrand, screenshot } from './support/pages';

describe('brand integrations', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('gives a lead a calendar feed URL that serves iCalendar until revoked, and a webhook secret shown once', async () => {
    const { page } = await openDemoBrand(browser, 'lead@demo.test');
    await page
      .getByRole('navigation', { name: 'Brand sections' })
      .getByRole('link', { name: 'Settings', exact: true })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Integrations' }).waitFor();

    await page.getByRole('button', { name: 'Create feed URL' }).click();
    const feedUrl = await page.getByTestId('calendar-feed-url').inputValue();
    expect(feedUrl).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = new URL(feedUrl).pathname;
    const feed = await page.request.get(path, { headers: { cookie: '' } });
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/);

    await page.getByRole('button', { name: 'Add webhook' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a webhook' });
    await dialog.getByRole('textbox', { name: /Target URL/ }).fill('https://93.184.216.34/chorus');
    await dialog.getByRole('checkbox', { name: /Post published/ }).check();
    await dialog.getByRole('button', { name: 'Save webhook' }).click();
    expect(await page.getByTestId('webhook-secret').inputValue()).toMatch(/^whsec_/);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'brand-integrations-en.png');

    await page.getByRole('button', { name: 'Revoke feed' }).click();
    await page
      .getByRole('dialog', { name: 'Revoke the calendar feed?' })
      .getByRole('button', { name: 'Revoke feed' })
      .click();
    await page.getByRole('button', { name: 'Create feed URL' }).waitFor();
    expect((await page.request.get(path)).status()).toBe(404);

    // A reload never shows the secret or the feed URL again.
    await page.reload();
    await page.getByTestId('webhook-endpoint').waitFor();
    expect(await page.getByTestId('webhook-secret').count()).toBe(0);
    expect(await page.getByTestId('calendar-feed-url').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });
});

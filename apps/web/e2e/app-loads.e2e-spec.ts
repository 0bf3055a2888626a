import type { Browser } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, openPage, pageErrors } from './support/browser';

describe('the web app served by the real server', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads the home page, which shows the health status "ok" from the server', async () => {
    const page = await openPage(browser, '/');

    await page.getByRole('heading', { level: 1, name: 'Welcome to Chorus' }).waitFor();
    const status = page.getByTestId('health-status');
    await status.waitFor();
    expect(await status.getAttribute('data-status')).toBe('ok');
    expect(await status.textContent()).toBe('OK');
    expect(await page.getByTestId('health-database').textContent()).toBe('Reachable');
    expect(await page.title()).toBe('Welcome to Chorus · Chorus');

    await expectNoSeriousA11yViolations(page);
    expect(pageErrors(page)).toEqual([]);
  });

  it.each([
    ['/sign-in', 'Sign in'],
    ['/w/demo/b/demo/strategy', 'Strategy documents'],
    ['/w/demo/b/demo/media-plans', 'Media plans'],
    ['/w/demo/b/demo/calendar', 'Content calendar'],
    ['/w/demo/b/demo/settings', 'Brand settings'],
  ])(
    'serves %s as a client route, showing "%s" without accessibility violations',
    async (path, title) => {
      const page = await openPage(browser, path);

      await page.getByRole('heading', { level: 1, name: title }).waitFor();

      await expectNoSeriousA11yViolations(page);
      expect(pageErrors(page)).toEqual([]);
    },
  );

  it('says accounts arrive soon when the sign-in form is submitted', async () => {
    const page = await openPage(browser, '/sign-in');

    await page.getByLabel(/^Email/).fill('ana@example.com');
    await page.getByLabel(/^Password/).fill('correct horse');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('status').getByText('Accounts arrive soon').waitFor();
    await expectNoSeriousA11yViolations(page);
  });
});

import type { Browser } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, openPage, pageErrors } from './support/browser';
import { demoPassword } from './support/flows';

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
    // An anonymous visitor learns whether it works, not the version, uptime or database.
    expect(await page.getByTestId('health-database').count()).toBe(0);
    expect(await page.getByTestId('health-version').count()).toBe(0);
    expect(await page.title()).toBe('Welcome to Chorus · Chorus');
    await page.getByRole('main').getByRole('link', { name: 'Create an account' }).waitFor();

    await expectNoSeriousA11yViolations(page);
    expect(pageErrors(page)).toEqual([]);
  });

  it.each([
    ['/sign-in', 'Sign in'],
    ['/sign-up', 'Create an account'],
    ['/invite/not-a-real-token', "This invitation can't be used"],
  ])(
    'serves %s as a client route, showing "%s" without accessibility violations',
    async (path, title) => {
      const page = await openPage(browser, path);

      await page.getByRole('heading', { level: 1, name: title }).waitFor();

      await expectNoSeriousA11yViolations(page);
      expect(pageErrors(page)).toEqual([]);
    },
  );

  it('sends a visitor who opens a brand to sign in, then back to the brand', async () => {
    const page = await openPage(browser, '/w/unknown/b/unknown/calendar');

    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).search).toBe('?next=%2Fw%2Funknown%2Fb%2Funknown%2Fcalendar');
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Fill in lead@demo.test' }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await page.waitForURL('**/w/unknown/b/unknown/calendar');
    await page.getByRole('heading', { level: 1, name: 'Brand unavailable' }).waitFor();
    await expectNoSeriousA11yViolations(page);
  });

  it('says the email or password is incorrect for a wrong password', async () => {
    const page = await openPage(browser, '/sign-in');

    await page.getByLabel(/^Email/).fill('owner@demo.test');
    await page.getByLabel(/^Password/).fill('not the demo password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await page.getByRole('alert').getByText('The email or password is incorrect.').waitFor();
    await expectNoSeriousA11yViolations(page);
  });

  it('signs in to the demo workspace and opens every section of the demo brand', async () => {
    const page = await openPage(browser, '/sign-in');
    await page.getByLabel(/^Email/).fill('owner@demo.test');
    await page.getByLabel(/^Password/).fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    // The only workspace opens directly, at its brand list.
    await page.getByRole('heading', { level: 1, name: 'Brands' }).waitFor();
    await page.getByRole('button', { name: 'Workspace: Demo Agency' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('link', { name: 'Lotus Tea House' }).click();

    for (const [link, title] of [
      ['Strategy', 'Strategy documents'],
      ['Media plans', 'Media plans'],
      ['Calendar', 'Content calendar'],
      ['Settings', 'Brand settings'],
    ] as const) {
      await page
        .getByRole('navigation', { name: 'Brand sections' })
        .getByRole('link', { name: link, exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await expectNoSeriousA11yViolations(page);
    }
    expect(pageErrors(page)).toEqual([]);
  });
});

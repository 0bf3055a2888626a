import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, pageErrors } from './support/browser';
import { signIn, demoPassword } from './support/flows';
import { createDocument } from './support/pages';

/**
 * Every page under the server's Content-Security-Policy (issue 12 item 4): nothing the app
 * does (scripts, Mantine's styles, sockets, images) may be blocked.
 */
const violationsKey = '__chorusCspViolations';

async function watchViolations(page: Page): Promise<string[]> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) console.push(message.text());
  });
  await page.context().addInitScript((key: string) => {
    const seen: string[] = [];
    (window as unknown as Record<string, string[]>)[key] = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile})`);
    });
  }, violationsKey);
  return console;
}

async function violationsOn(page: Page): Promise<string[]> {
  return page.evaluate(
    (key) => (window as unknown as Record<string, string[]>)[key] ?? [],
    violationsKey,
  );
}

describe('every page under the Content-Security-Policy', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('loads sign-in, home and every workspace, brand and document page with no CSP violation', async () => {
    const page = await openPage(browser, '/sign-in');
    const consoleErrors = await watchViolations(page);
    const seen: Array<[string, string[]]> = [];
    const visit = async (path: string): Promise<void> => {
      await page.goto(path);
      await page.getByRole('main').first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(1_000);
      seen.push([path, await violationsOn(page)]);
    };

    const response = await page.goto('/sign-in');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await visit('/sign-in');
    await visit('/sign-up');
    await visit('/');
    // The strategist may create documents (the owner manages the workspace, not its content).
    await signIn(page, 'strategist@demo.test', demoPassword);
    await page.getByRole('link', { name: 'Lotus Tea House' }).click();
    await page.waitForURL(/\/w\/[^/]+\/b\/[^/]+/);
    const [, workspaceId = '', brandId = ''] =
      /\/w\/([^/]+)\/b\/([^/]+)/.exec(new URL(page.url()).pathname) ?? [];
    const workspace = `/w/${workspaceId}`;
    const brand = `${workspace}/b/${brandId}`;
    const strategy = await createDocument(page, workspaceId, brandId, {
      kind: 'STRATEGY',
      title: 'CSP strategy',
    });
    const mediaPlan = await createDocument(page, workspaceId, brandId, {
      kind: 'MEDIA_PLAN',
      title: 'CSP media plan',
    });
    for (const path of [
      '/',
      '/workspaces',
      '/workspaces/new',
      '/account',
      workspace,
      `${workspace}/teams`,
      `${workspace}/members`,
      `${workspace}/settings`,
      brand,
      `${brand}/strategy`,
      `${brand}/media-plans`,
      `${brand}/calendar`,
      `${brand}/settings`,
      strategy,
      mediaPlan,
      '/no-such-page',
    ]) {
      await visit(path);
    }

    expect(seen.filter(([, violations]) => violations.length > 0)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  }, 300_000);
});

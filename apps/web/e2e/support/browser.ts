import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { baseUrl } from './paths';

/** Debian's Chromium; playwright-core never downloads a browser. */
export const chromiumPath = process.env.CHORUS_CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches headless Chromium. Each launch runs on a fresh temporary profile: Playwright
 * creates its own user-data-dir per launch (and refuses a `--user-data-dir` argument).
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}: install Debian's package (apt-get install -y chromium) ` +
        'or set CHORUS_CHROMIUM_PATH.',
    );
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

const errorsByPage = new WeakMap<Page, string[]>();

/** Uncaught errors thrown in the page since `openPage` opened it. */
export function pageErrors(page: Page): string[] {
  return [...(errorsByPage.get(page) ?? [])];
}

/**
 * Opens `pathname` of the app under test in a new, isolated browser context (its own
 * storage), in English on a desktop-sized window. Uncaught errors in the page are kept
 * for `pageErrors(page)`.
 */
export async function openPage(browser: Browser, pathname: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  errorsByPage.set(page, errors);
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  await page.goto(pathname);
  return page;
}

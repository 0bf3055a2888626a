import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
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

/** Pages opened by `openPage` and still open, with what they are waiting for (see stalls). */
const tracked = new Map<Page, { inFlight: Map<Request, number>; console: string[] }>();

/** Long-lived by design: the live stream and sockets are never "stuck". */
const streaming = /\/api\/live\/|\/collab\/|\/graphql$/;

/**
 * What open pages have waited on for longer than `olderThanMs` (requests still unanswered)
 * and their last console warnings and errors: printed after each browser test, so a wait
 * that ran out in CI says what the page was blocked on.
 */
export function stalls(olderThanMs = 10_000): string[] {
  const now = Date.now();
  const lines: string[] = [];
  for (const [page, { inFlight, console: messages }] of tracked) {
    const stuck = [...inFlight]
      .filter(([request, since]) => now - since > olderThanMs && !isStream(request))
      .map(([request, since]) => `${request.method()} ${request.url()} (${now - since} ms)`);
    if (stuck.length === 0 && messages.length === 0) continue;
    lines.push(`${page.url()}:`, ...stuck.map((line) => `  waiting: ${line}`));
    lines.push(...messages.slice(-10).map((line) => `  console: ${line}`));
  }
  return lines;
}

function isStream(request: Request): boolean {
  return request.resourceType() === 'eventsource' || request.resourceType() === 'websocket'
    ? true
    : streaming.test(new URL(request.url()).pathname) && request.method() === 'GET';
}

function track(page: Page): void {
  const entry = { inFlight: new Map<Request, number>(), console: [] as string[] };
  tracked.set(page, entry);
  page.on('request', (request) => entry.inFlight.set(request, Date.now()));
  const done = (request: Request) => entry.inFlight.delete(request);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      entry.console.push(`${message.type()}: ${message.text().slice(0, 300)}`);
    }
  });
  page.on('close', () => tracked.delete(page));
}

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
  context.on('page', track);
  const page = await context.newPage();
  const errors: string[] = [];
  errorsByPage.set(page, errors);
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  await page.goto(pathname);
  return page;
}

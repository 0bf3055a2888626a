import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Response, WebSocket } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser';
import { focusEditorEnd, type PageEditor } from '../e2e/support/editor';
import { demoPassword, signIn } from '../e2e/support/flows';
import { createGeneratedPlan } from '../e2e/support/media-plans';
import { createDocument, expectStatus } from '../e2e/support/pages';
import { artifactsDir, webDist } from '../e2e/support/paths';
import { startServer, type RunningServer } from '../e2e/support/server';
import {
  LARGE_STRATEGY_TARGET_BYTES,
  largeStrategySections,
  median,
  quantile,
  type WebFigures,
} from './web-figures';

/**
 * `pnpm bench:web` (see scripts/bench-web.mjs, which runs this file and prints its figures):
 * the production server on a temporary embedded database, a generated 300 × 52 media plan
 * and a 1 MB strategy, driven by headless Chromium at 1280 × 800. Every time is a median of
 * at least three runs (p95 where it says so). Nothing here asserts a time: the figures go to
 * `test-artifacts/bench/web.json` for the wrapper to print.
 */

/** What the bench reaches of the TipTap editor besides the e2e helpers' view of it. */
interface BenchEditor {
  state: { doc: { content: { size: number } } };
  commands: { insertContentAt(position: number, html: string): boolean };
}

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 3);
const KEYSTROKES = 30;
const PLAN_EDITS = 15;
const COLD_OPENS = 30;
const EMAIL = 'strategist@demo.test';

let server: RunningServer;
let dataDir: string;
let browser: Browser;
let signedIn: Awaited<ReturnType<BrowserContext['storageState']>>;
let paths: { home: string; template: string; large: string; plan: string };
const figures: Partial<WebFigures> = {};
const notes: string[] = [];

async function start(): Promise<void> {
  server = await startServer({ dataDir });
  process.env.CHORUS_E2E_BASE_URL = server.baseUrl;
}

/** A browser context signed in as the strategist, with an empty HTTP cache (a cold visit). */
async function coldContext(): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: server.baseUrl,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    storageState: signedIn,
  });
}

/** Milliseconds from the navigation's start until `ready` holds in the page. */
async function openTime(page: Page, pathname: string, ready: () => boolean): Promise<number> {
  await page.goto(pathname, { waitUntil: 'commit' });
  await page.waitForFunction(ready, undefined, { timeout: 120_000, polling: 'raf' });
  return page.evaluate(() => performance.now());
}

const strategyShown = () =>
  (document.querySelector('.ProseMirror')?.textContent?.length ?? 0) > 200;
const planShown = () =>
  /\d/.test(document.querySelector('[data-testid="grand-total"]')?.textContent ?? '') &&
  document.querySelector('[role="grid"] [role="row"]') !== null;

/** The gzip size of a file of the built app (what "gzip" means in the figures). */
async function gzipOfAsset(url: string): Promise<number | null> {
  const pathname = new URL(url).pathname;
  if (!pathname.startsWith('/assets/')) return null;
  const content = await readFile(path.join(webDist, pathname)).catch(() => null);
  return content ? gzipSync(content, { level: 9 }).length : null;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'chorus-bench-web-'));
  await start();
  browser = await launchBrowser();
  const context = await browser.newContext({ baseURL: server.baseUrl, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await signIn(page, EMAIL, demoPassword);
  await page.getByRole('link', { name: 'Lotus Tea House' }).click();
  await page.waitForURL(/\/w\/[^/]+\/b\/[^/]+/);
  const [, workspaceId = '', brandId = ''] =
    /\/w\/([^/]+)\/b\/([^/]+)/.exec(new URL(page.url()).pathname) ?? [];
  const template = await createDocument(page, workspaceId, brandId, {
    kind: 'STRATEGY',
    title: 'Template strategy',
    fromTemplate: true,
  });
  const large = await createDocument(page, workspaceId, brandId, {
    kind: 'STRATEGY',
    title: 'A 1 MB strategy',
  });
  const plan = await createGeneratedPlan(page, workspaceId, brandId, {
    rows: 300,
    title: 'Year plan 2027 (300 × 52)',
  });

  // The 1 MB strategy, written through the editor and saved.
  await page.goto(large);
  await expectStatus(page, 'Saved', 120_000);
  await focusEditorEnd(page, 120_000);
  // Written a batch of sections at a time: one edit of 1 MB would pass the socket's frame limit.
  const sections = largeStrategySections(LARGE_STRATEGY_TARGET_BYTES);
  for (let from = 0; from < sections.length; from += 25) {
    await page.evaluate(
      (html) => {
        const element = document.querySelector<Element & { editor?: BenchEditor }>('.ProseMirror');
        const editor = element?.editor;
        editor?.commands.insertContentAt(editor.state.doc.content.size, html);
      },
      sections.slice(from, from + 25).join(''),
    );
    await expectStatus(page, 'Saved', 120_000);
  }
  const bytes = await page.evaluate(() => {
    const element = document.querySelector<Element & { editor?: PageEditor }>('.ProseMirror');
    return new TextEncoder().encode(element?.editor?.getText() ?? '').length;
  });
  notes.push(`the large strategy holds ${(bytes / 1e6).toFixed(2)} MB of text`);
  // The last batch's acknowledgement may still be on its way when the badge last said so.
  await page.waitForTimeout(2_000);
  await expectStatus(page, 'Saved', 300_000);
  signedIn = await context.storageState();
  paths = { home: '/', template, large, plan };
  await context.close();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
  const out = path.join(artifactsDir, '..', 'bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'web.json'), JSON.stringify({ figures, notes }, null, 2));
}, 120_000);

describe('bench:web', () => {
  it('measures the JavaScript of the signed-in home and the bytes on the wire', async () => {
    const context = await coldContext();
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.add(response.url());
    });
    await page.goto(paths.home);
    await page.getByRole('link', { name: 'Lotus Tea House' }).waitFor();
    await page.waitForLoadState('networkidle');
    let js = 0;
    const sizes: Array<[string, number]> = [];
    for (const url of scripts) {
      const size = (await gzipOfAsset(url)) ?? 0;
      js += size;
      sizes.push([new URL(url).pathname.replace('/assets/', '').slice(0, 60), size]);
    }
    figures.home_js_gzip_kb = Number((js / 1024).toFixed(1));
    const largest = sizes
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, size]) => `${name} ${(size / 1024).toFixed(1)}`);
    notes.push(
      `the signed-in home (${page.url()}) loads ${scripts.size} scripts; the largest (kB gzip): ${largest.join(', ')}`,
    );
    await context.close();

    // A cold strategy page: what crossed the wire against the same files gzipped.
    const strategyContext = await coldContext();
    const strategyPage = await strategyContext.newPage();
    const responses: Response[] = [];
    strategyPage.on('response', (response) => responses.push(response));
    await strategyPage.goto(paths.template);
    await strategyPage.waitForFunction(strategyShown, undefined, { timeout: 120_000 });
    await strategyPage.waitForLoadState('networkidle');
    let wire = 0;
    let gzip = 0;
    for (const response of responses) {
      const type = response.request().resourceType();
      if (!['document', 'script', 'stylesheet', 'fetch', 'xhr'].includes(type)) continue;
      const sizes = await response
        .request()
        .sizes()
        .catch(() => null);
      const body = await response.body().catch(() => null);
      if (!sizes || !body || body.length === 0) continue;
      wire += sizes.responseBodySize;
      gzip += (await gzipOfAsset(response.url())) ?? gzipSync(body, { level: 9 }).length;
    }
    figures.wire_to_gzip_ratio = Number((wire / gzip).toFixed(2));
    notes.push(
      `a cold strategy page: ${(wire / 1024).toFixed(0)} kB on the wire, ${(gzip / 1024).toFixed(0)} kB gzipped`,
    );
    await strategyContext.close();
  }, 300_000);

  it('opens a strategy cold and warm, and the 300 × 52 plan', async () => {
    const cold: number[] = [];
    const warm: number[] = [];
    const plan: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await coldContext();
      const page = await context.newPage();
      cold.push(await openTime(page, paths.template, strategyShown));
      await page.goto(paths.home);
      await page.getByRole('link', { name: 'Lotus Tea House' }).waitFor();
      warm.push(await openTime(page, paths.template, strategyShown));
      await context.close();

      const planContext = await coldContext();
      const planPage = await planContext.newPage();
      plan.push(await openTime(planPage, paths.plan, planShown));
      await planContext.close();
    }
    figures.open_cold_ms = Math.round(median(cold));
    figures.open_warm_ms = Math.round(median(warm));
    figures.plan_open_ms = Math.round(median(plan));
    notes.push(
      `opens (ms): cold ${cold.map(Math.round).join(', ')}; warm ${warm.map(Math.round).join(', ')}; plan ${plan.map(Math.round).join(', ')}`,
    );
  }, 600_000);

  it('times a budget edit of the 300 × 52 plan to the next frame with the new totals', async () => {
    const context = await coldContext();
    const page = await context.newPage();
    await page.goto(paths.plan);
    await page.waitForFunction(planShown, undefined, { timeout: 120_000 });
    const frames: number[] = [];
    for (let edit = 0; edit < PLAN_EDITS; edit += 1) {
      const cell = page
        .locator(
          '[data-testid="media-plan-grid"] [role="row"][data-row-id] [data-col="p:2027-W01"]',
        )
        .nth(edit % 5);
      await cell.click();
      await page.keyboard.type(String(1000 + edit * 7));
      await page.evaluate(() => {
        const state: { enter?: number; frame?: number } = {};
        (window as unknown as { __benchEdit: typeof state }).__benchEdit = state;
        const total = document.querySelector('[data-testid="grand-total"]');
        document.addEventListener(
          'keydown',
          (event) => {
            if (event.key === 'Enter') state.enter = event.timeStamp;
          },
          { capture: true, once: true },
        );
        if (!total) return;
        new MutationObserver((_, observer) => {
          observer.disconnect();
          // The frame that shows the total: the next animation frame after the change.
          requestAnimationFrame(() => {
            state.frame = performance.now();
          });
        }).observe(total, { characterData: true, childList: true, subtree: true });
      });
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => (window as unknown as { __benchEdit: { frame?: number } }).__benchEdit.frame,
        undefined,
        { timeout: 30_000 },
      );
      const state = await page.evaluate(
        () => (window as unknown as { __benchEdit: { enter: number; frame: number } }).__benchEdit,
      );
      frames.push(state.frame - state.enter);
      await page.keyboard.press('Escape').catch(() => undefined);
    }
    figures.plan_total_frame_p95_ms = Number(quantile(frames, 0.95).toFixed(1));
    notes.push(`plan edit → next frame (ms): median ${median(frames).toFixed(1)}`);
    await context.close();
  }, 600_000);

  it('times keystrokes in the 1 MB strategy to the next frame', async () => {
    const context = await coldContext();
    const page = await context.newPage();
    await page.goto(paths.large);
    await expectStatus(page, 'Saved', 300_000);
    await focusEditorEnd(page, 120_000);
    await page.evaluate(() => {
      const times: number[] = [];
      (window as unknown as { __benchKeys: number[] }).__benchKeys = times;
      document.addEventListener(
        'keydown',
        (event) => {
          const pressed = event.timeStamp;
          requestAnimationFrame(() => times.push(performance.now() - pressed));
        },
        { capture: true },
      );
    });
    await page.keyboard.press('Enter');
    for (let key = 0; key < KEYSTROKES; key += 1) {
      await page.keyboard.type('abcdefghij'[key % 10]!);
      await page.waitForTimeout(60);
    }
    await page.waitForFunction(
      (count) => (window as unknown as { __benchKeys: number[] }).__benchKeys.length >= count,
      KEYSTROKES + 1,
    );
    const times = (
      await page.evaluate(() => (window as unknown as { __benchKeys: number[] }).__benchKeys)
    ).slice(1);
    figures.keystroke_frame_p95_ms = Number(quantile(times, 0.95).toFixed(1));
    notes.push(`1 MB strategy keystroke → next frame (ms): median ${median(times).toFixed(1)}`);
    await context.close();
  }, 600_000);

  it('opens the 1 MB strategy right after a restart: socket open → synced', async () => {
    await server.stop();
    await start();
    const context = await coldContext();
    const page = await context.newPage();
    const times: number[] = [];
    for (let open = 0; open < COLD_OPENS; open += 1) {
      const synced = new Promise<number>((resolve, reject) => {
        const onSocket = (socket: WebSocket) => {
          // The page's other socket (GraphQL subscriptions) is not the document's.
          if (!socket.url().includes('/collab/')) return;
          page.off('websocket', onSocket);
          const opened = performance.now();
          socket.on('framereceived', ({ payload }) => {
            // y-protocols: message type 0 (sync), step 2: the server's whole state.
            const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
            if (bytes[0] === 0 && bytes[1] === 1) {
              clearTimeout(timer);
              resolve(performance.now() - opened);
            }
          });
        };
        const timer = setTimeout(() => {
          page.off('websocket', onSocket);
          reject(new Error('no sync within 60 s'));
        }, 60_000);
        page.on('websocket', onSocket);
      });
      await page.goto(paths.large, { waitUntil: 'commit' });
      times.push(await synced);
      await page.goto('about:blank');
    }
    figures.collab_cold_open_p95_ms = Number(quantile(times, 0.95).toFixed(1));
    notes.push(
      `first opens after a restart (ms): ${times
        .slice(0, 3)
        .map((t) => t.toFixed(0))
        .join(', ')}, …; median ${median(times).toFixed(1)}`,
    );
    await context.close();
  }, 900_000);
});

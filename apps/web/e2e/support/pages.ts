import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openPage } from './browser';
import { demoPassword, signIn } from './flows';
import { artifactsDir } from './paths';

/**
 * Saves a screenshot to the e2e artifacts and checks it is a PNG. Full-page shots start
 * from the top, so the fixed header is not drawn half-way down the image.
 */
export async function screenshot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, name);
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: file, fullPage });
  expect(readFileSync(file).subarray(1, 4).toString('latin1')).toBe('PNG');
}

/** Signs a demo account in, in its own browser context, and opens `pathname`. */
export async function openAs(browser: Browser, email: string, pathname: string): Promise<Page> {
  const page = await openPage(browser, '/sign-in');
  await signIn(page, email, demoPassword);
  await page.goto(pathname);
  return page;
}

/** Waits for transitions (a dialog or drawer sliding in) to end, so colours are checked as seen. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
}

/**
 * Waits until the page's connection badge says `text`; if it never does, the failure says
 * what the badge said instead (connecting, offline, a refusal), so a CI log tells why.
 */
export async function expectStatus(page: Page, text: string, timeout = 60_000): Promise<void> {
  const badge = page.getByTestId('connection-status');
  try {
    await badge.filter({ hasText: text }).waitFor({ timeout });
  } catch (error) {
    const shown = await badge.allTextContents().catch(() => ['(page gone)']);
    throw new Error(
      `The connection badge never said "${text}"; it says ${JSON.stringify(shown)} at ${page.url()}`,
      { cause: error },
    );
  }
}

/** Signs a demo account in, in its own browser context, and opens the demo brand. */
export async function openDemoBrand(
  browser: Browser,
  email: string,
): Promise<{ page: Page; workspaceId: string; brandId: string }> {
  const page = await openPage(browser, '/sign-in');
  await signIn(page, email, demoPassword);
  await page.getByRole('link', { name: 'Lotus Tea House' }).click();
  await page.waitForURL(/\/w\/[^/]+\/b\/[^/]+/);
  const [, workspaceId = '', brandId = ''] =
    /\/w\/([^/]+)\/b\/([^/]+)/.exec(new URL(page.url()).pathname) ?? [];
  return { page, workspaceId, brandId };
}

/**
 * Creates a document of a brand with the page's session, through the GraphQL mutation the
 * web app uses; returns the document's page path.
 */
export async function createDocument(
  page: Page,
  workspaceId: string,
  brandId: string,
  input: {
    kind: 'STRATEGY' | 'MEDIA_PLAN';
    title: string;
    mediaPlan?: object;
    fromTemplate?: boolean;
  },
): Promise<string> {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: {
      query: 'mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }',
      variables: { input: { brandId, ...input } },
    },
  });
  const body = (await response.json()) as {
    data?: { createDocument?: { id: string } };
    errors?: unknown[];
  };
  const id = body.data?.createDocument?.id;
  if (!id) throw new Error(`createDocument failed: ${JSON.stringify(body.errors)}`);
  return `/w/${workspaceId}/b/${brandId}/d/${id}`;
}

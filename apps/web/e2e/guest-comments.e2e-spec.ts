import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { box, paragraph, threadCard } from './support/comments';
import { launchBrowser, openPage, pageErrors } from './support/browser';
import { typeAtEnd } from './support/editor';
import { graphql } from './support/graphql';
import {
  createDocument,
  expectStatus,
  openAs,
  openDemoBrand,
  screenshot,
  settled,
} from './support/pages';

/**
 * Issue 16, the client's side of commenting, in three browser contexts: a strategist shares a
 * strategy with a comment link; the client — no account — comments on a paragraph; the
 * strategist sees the thread beside that paragraph live and replies; the client sees the
 * reply; the team's internal thread never reaches the client; the lead revokes the link and
 * the client's page says it is no longer valid.
 */

const CREATE_LINK = `mutation($input: CreateShareLinkInput!) { createShareLink(input: $input) { url } }`;
const THREADS = `query($d: ID!) { commentThreads(documentId: $d) { id visibility comments { body } } }`;
const CREATE_THREAD = `mutation($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { id } }`;
const PARAGRAPH = 'Goal: 2,000 tea-club members by June.';
const PRICES = 'Prices: a pot of oolong costs 90,000 VND.';
const INTERNAL = 'INTERNAL-ONLY: the margin on oolong is 71 percent.';
const QUESTION = 'Could we say 2,500 members instead?';
const ANSWER = 'Yes — we will change the goal to 2,500.';

/** Selects a paragraph (a triple click) and opens the composer with the "Comment" button. */
async function commentOn(page: Page, text: string, body: string): Promise<void> {
  await paragraph(page, text).click({ clickCount: 3 });
  const button = page.getByTestId('comment-on-selection');
  await button.and(page.locator(':enabled')).waitFor({ timeout: 60_000 });
  await button.click();
  const composer = page.getByTestId('new-comment');
  await composer.getByTestId('comment-input').fill(body);
  await composer.getByTestId('comment-submit').click();
  await threadCard(page, body).waitFor({ timeout: 60_000 });
}

/** Waits until the thread card shows a comment saying `text` (opening its replies if folded). */
async function expectReply(card: ReturnType<Page['locator']>, text: string): Promise<void> {
  const body = card.getByTestId('comment-body').filter({ hasText: text });
  const more = card.getByText(/Show all replies|הצג את כל התגובות/);
  await body.or(more).first().waitFor({ timeout: 60_000 });
  if (!(await body.isVisible())) await more.click();
  await body.waitFor({ timeout: 60_000 });
}

describe('a client comments on a shared strategy through a link, without an account', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the client comments on a paragraph, the strategist sees it beside the paragraph live and replies, internal threads stay hidden, and revoking ends the client’s page', async () => {
    const suffix = Date.now().toString(36);
    const title = `Lotus strategy for the client ${suffix}`;
    const label = `Client — Lotus marketing ${suffix}`;

    // The strategist writes three paragraphs and starts an internal thread on one.
    const {
      page: sara,
      workspaceId,
      brandId,
    } = await openDemoBrand(browser, 'strategist@demo.test');
    const documentPath = await createDocument(sara, workspaceId, brandId, {
      kind: 'STRATEGY',
      title,
    });
    const documentId = documentPath.slice(documentPath.lastIndexOf('/') + 1);
    await sara.goto(documentPath);
    await expectStatus(sara, 'Saved');
    await typeAtEnd(sara, 'Intro: Lotus Tea House sells calm.');
    await typeAtEnd(sara, PARAGRAPH);
    await typeAtEnd(sara, PRICES);
    await expectStatus(sara, 'Saved');
    await commentOn(sara, PRICES, INTERNAL);

    // … and shares the strategy with the client: comment, a week.
    const { createShareLink: link } = await graphql<{ createShareLink: { url: string } }>(
      sara,
      CREATE_LINK,
      { input: { brandId, documentId, capability: 'COMMENT', label, expiresInDays: 7 } },
    );

    // The client opens the link in a browser with no account and gives a name.
    const client = await openPage(browser, new URL(link.url).pathname);
    await client.getByRole('heading', { level: 1, name: title }).waitFor();
    await client.getByLabel(/^Your name/).fill('Mai Client');
    await client.getByRole('button', { name: 'Open' }).click();
    await client.getByTestId('guest-document').waitFor({ timeout: 60_000 });
    await client.getByText('Live — read only').waitFor({ timeout: 60_000 });
    await paragraph(client, PARAGRAPH).waitFor({ timeout: 60_000 });
    await client.getByTestId('strategy-comments').waitFor({ timeout: 60_000 });
    expect(await client.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false');

    // The client comments on the goal paragraph: no Internal/External choice, no mentions.
    await paragraph(client, PARAGRAPH).click({ clickCount: 3 });
    await client.getByTestId('comment-on-selection').and(client.locator(':enabled')).waitFor();
    await client.getByTestId('comment-on-selection').click();
    const composer = client.getByTestId('new-comment');
    await composer.getByTestId('comment-input').waitFor();
    expect(await composer.getByRole('radio').count()).toBe(0);
    expect(await composer.getByText('Internal').count()).toBe(0);
    await composer.getByTestId('comment-input').fill(QUESTION);
    await composer.getByTestId('comment-submit').click();
    const asked = threadCard(client, QUESTION);
    await asked.waitFor({ timeout: 60_000 });
    await client.locator('.comment-anchor', { hasText: 'tea-club members' }).first().waitFor();

    // The strategist sees the client's thread arrive beside that paragraph, without reloading.
    const seen = threadCard(sara, QUESTION);
    await seen.waitFor({ timeout: 60_000 });
    await seen.getByText('External').waitFor();
    await sara.locator('.comment-anchor', { hasText: 'tea-club members' }).first().waitFor();
    await sara.waitForTimeout(300);
    const card = await box(seen);
    const text = await box(paragraph(sara, PARAGRAPH));
    expect(Math.abs(card.y - text.y)).toBeLessThan(48);
    expect(card.x).toBeGreaterThanOrEqual(text.x + text.width);
    await screenshot(sara, 'guest-comments-team-margin-en.png');

    // The strategist replies in the thread; the client sees the reply live.
    await sara.locator('.comment-anchor', { hasText: 'tea-club members' }).first().click();
    await seen.getByTestId('comment-input').fill(ANSWER);
    await seen.getByTestId('comment-submit').click();
    await seen.getByTestId('comment-body').filter({ hasText: ANSWER }).waitFor();
    await expectReply(asked, ANSWER);

    // The internal thread is nowhere on the client's page, nor in what the server answers it.
    expect(await client.getByText(INTERNAL).count()).toBe(0);
    expect(await client.locator('.comment-anchor', { hasText: 'oolong' }).count()).toBe(0);
    const { commentThreads } = await graphql<{
      commentThreads: Array<{ visibility: string; comments: Array<{ body: string }> }>;
    }>(client, THREADS, { d: documentId });
    expect(commentThreads.map((thread) => thread.visibility)).toEqual(['EXTERNAL']);
    expect(JSON.stringify(commentThreads)).not.toContain('INTERNAL-ONLY');
    // The team sees both.
    await threadCard(sara, INTERNAL).waitFor();

    await settled(client);
    await expectNoSeriousA11yViolations(client);
    await screenshot(client, 'guest-comments-client-en.png');

    // In Hebrew the client's margin is on the left of the text.
    await client.getByRole('combobox', { name: 'Language' }).selectOption('he');
    await client.waitForFunction(() => document.documentElement.dir === 'rtl');
    await client.waitForTimeout(500);
    const rtlCard = await box(threadCard(client, QUESTION));
    const rtlText = await box(paragraph(client, PARAGRAPH));
    expect(rtlCard.x + rtlCard.width).toBeLessThanOrEqual(rtlText.x);
    await settled(client);
    await screenshot(client, 'guest-comments-client-he.png');

    // The lead revokes the link; the client's page says it is no longer valid.
    const lead = await openAs(browser, 'lead@demo.test', `/w/${workspaceId}/b/${brandId}/settings`);
    const row = lead
      .getByRole('region', { name: 'Share links' })
      .getByTestId('share-link')
      .filter({ hasText: label });
    await row.waitFor({ timeout: 60_000 });
    await row.getByRole('button', { name: `Revoke: ${label}` }).click();
    const confirm = lead.getByRole('dialog', { name: 'Revoke this link?' });
    await confirm.getByRole('button', { name: 'Revoke' }).click();
    const revokedAt = Date.now();
    await client.getByTestId('share-link-gone').waitFor({ timeout: 60_000 });
    console.log(
      `revocation → the commenting guest's page says the link is gone: ${Date.now() - revokedAt} ms`,
    );
    await client.getByRole('heading', { level: 1, name: 'הקישור הזה כבר לא בתוקף' }).waitFor();
    expect(await client.getByText(QUESTION).count()).toBe(0);
    await screenshot(client, 'guest-comments-gone-he.png');

    for (const page of [sara, client, lead]) expect(pageErrors(page)).toEqual([]);
  });

  it('a client on a view link reads the team’s external threads but has no composer', async () => {
    const suffix = Date.now().toString(36);
    const title = `Lotus strategy to read ${suffix}`;
    const {
      page: sara,
      workspaceId,
      brandId,
    } = await openDemoBrand(browser, 'strategist@demo.test');
    const documentPath = await createDocument(sara, workspaceId, brandId, {
      kind: 'STRATEGY',
      title,
    });
    const documentId = documentPath.slice(documentPath.lastIndexOf('/') + 1);
    await sara.goto(documentPath);
    await expectStatus(sara, 'Saved');
    await typeAtEnd(sara, PARAGRAPH);
    await expectStatus(sara, 'Saved');
    await commentOn(sara, PARAGRAPH, INTERNAL);
    // An external thread the team starts for the client (through the API the page uses; its
    // made-up anchor reads "on deleted text", which still shows the thread).
    await graphql(sara, CREATE_THREAD, {
      input: {
        documentId,
        anchor: { kind: 'TEXT', start: 'AAAA', end: 'AAAA', quote: 'Goal' },
        body: 'Dear client, we start in March.',
        visibility: 'EXTERNAL',
      },
    });
    const { createShareLink: link } = await graphql<{ createShareLink: { url: string } }>(
      sara,
      CREATE_LINK,
      {
        input: {
          brandId,
          documentId,
          capability: 'VIEW',
          label: `Read ${suffix}`,
          expiresInDays: 1,
        },
      },
    );

    const client = await openPage(browser, new URL(link.url).pathname);
    await client.getByLabel(/^Your name/).fill('Lan Reader');
    await client.getByRole('button', { name: 'Open' }).click();
    await paragraph(client, PARAGRAPH).waitFor({ timeout: 60_000 });
    const comments = client.getByTestId('strategy-comments');
    const external = comments
      .getByTestId('comment-thread')
      .filter({ hasText: 'Dear client, we start in March.' });
    await external.waitFor({ timeout: 60_000 });
    // Focusing a thread opens it (as for the team: every comment shown) — still no reply box.
    await external.getByRole('button').first().focus();
    await comments
      .locator('[data-testid="comment-thread"][data-active]')
      .filter({ hasText: 'Dear client, we start in March.' })
      .waitFor();
    expect(await external.getByTestId('comment-input').count()).toBe(0);
    expect(await client.getByTestId('comment-on-selection').count()).toBe(0);
    expect(await client.getByText(INTERNAL).count()).toBe(0);
    await settled(client);
    await screenshot(client, 'guest-comments-view-en.png');
    for (const page of [sara, client]) expect(pageErrors(page)).toEqual([]);
  });
});

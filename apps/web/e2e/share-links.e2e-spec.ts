import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, openPage, pageErrors } from './support/browser';
import { focusEditorEnd } from './support/editor';
import { graphql } from './support/graphql';
import {
  createDocument,
  expectStatus,
  openDemoBrand,
  openAs,
  screenshot,
  settled,
} from './support/pages';

/**
 * Issue 16 in a real browser: a strategist shares a strategy with a client through a comment
 * link; the client — a second browser context with no account — gives a name and reads the
 * strategy live and read-only; the lead revokes the link and the client's page says the link
 * is no longer valid.
 */

const CREATE_FLOW = `mutation($input: CreateApprovalFlowInput!) { createApprovalFlow(input: $input) { id } }`;
const CREATE_DOCUMENT = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`;
const SUBMIT = `mutation($documentId: ID!, $flowId: ID) { submitForApproval(documentId: $documentId, flowId: $flowId) { id } }`;
const CREATE_LINK = `mutation($input: CreateShareLinkInput!) { createShareLink(input: $input) { url } }`;
const APPROVALS = `query($documentId: ID!) { documentApprovals(documentId: $documentId) { status decisions { userName } } }`;

/** The strategy's text on a page (other people's caret labels left out), white space collapsed. */
function readEditorText(): string {
  const editor = document.querySelector<HTMLElement>('.ProseMirror');
  if (!editor) return '';
  const copy = editor.cloneNode(true) as HTMLElement;
  for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function editorText(page: Page): Promise<string> {
  return page.evaluate(readEditorText);
}

/** Waits until the page's strategy holds `text` (polled from here: the CSP refuses eval). */
async function expectTextContains(page: Page, text: string, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let seen = await editorText(page);
  while (!seen.includes(text)) {
    if (Date.now() > deadline) {
      throw new Error(`The strategy reads ${JSON.stringify(seen)}, never ${JSON.stringify(text)}`);
    }
    await page.waitForTimeout(100);
    seen = await editorText(page);
  }
}

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await focusEditorEnd(page);
  await page.keyboard.type(text);
}

describe('share links: a client reads a strategy through a link, and the link is revoked', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a strategist shares a strategy with comment rights; a guest without an account reads it live and cannot type; revoking ends the guest’s page', async () => {
    const suffix = Date.now().toString(36);
    const title = `Lotus spring strategy ${suffix}`;
    const label = `Client — Lotus marketing ${suffix}`;

    // The strategist writes a strategy and shares it: comment, a week, no password.
    const {
      page: sara,
      workspaceId,
      brandId,
    } = await openDemoBrand(browser, 'strategist@demo.test');
    const documentPath = await createDocument(sara, workspaceId, brandId, {
      kind: 'STRATEGY',
      title,
    });
    await sara.goto(documentPath);
    await sara.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectStatus(sara, 'Saved');
    await typeAtEnd(sara, ' Opening line for the client.');
    await expectStatus(sara, 'Saved');

    await sara.getByRole('button', { name: 'Share' }).click();
    const dialog = sara.getByRole('dialog', { name: `Share “${title}”` });
    // Nothing is sent without a label; a short password is refused in the form.
    await dialog.getByRole('button', { name: 'Create link' }).click();
    await dialog.getByText('Give the link a label.').waitFor();
    await dialog.getByLabel(/^Password/).fill('short');
    await dialog.getByRole('button', { name: 'Create link' }).click();
    await dialog.getByText('Use at least 8 characters, or leave the password empty.').waitFor();
    await dialog.getByLabel(/^Password/).fill('');
    // "Never" warns before it is chosen for real.
    await dialog.getByLabel('Expires after').selectOption('never');
    await dialog
      .getByText('A link that never expires works until someone revokes it.', { exact: false })
      .waitFor();
    await dialog.getByLabel('Expires after').selectOption('7');
    await dialog.getByRole('radio', { name: /^Comment/ }).check();
    await dialog.getByLabel(/^Label/).fill(label);
    await settled(sara);
    await expectNoSeriousA11yViolations(sara);
    await screenshot(sara, 'share-dialog-en.png');
    await dialog.getByRole('button', { name: 'Create link' }).click();
    const urlField = dialog.getByTestId('share-link-url');
    await urlField.waitFor();
    const url = await urlField.inputValue();
    expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{40,}$/);
    await dialog.getByText('you will not see it again', { exact: false }).waitFor();
    await screenshot(sara, 'share-link-created-en.png');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The client opens the link in a browser with no account: what is shared, then a name.
    const client = await openPage(browser, new URL(url).pathname);
    await client.getByRole('heading', { level: 1, name: title }).waitFor();
    await client
      .getByText(/shared this with you/)
      .filter({ hasText: label })
      .waitFor();
    // No workspace shell: no sign-in button, no navigation.
    expect(await client.getByRole('navigation').count()).toBe(0);
    await client.getByRole('button', { name: 'Open' }).click();
    await client.getByText('Tell the team your name.').waitFor();
    await client.getByLabel(/^Your name/).fill('Mai Client');
    await client.getByRole('button', { name: 'Open' }).click();
    await client
      .getByTestId('guest-document')
      .waitFor()
      .catch(async (error: unknown) => {
        await screenshot(client, 'debug-guest.png');
        console.log(await client.locator('body').innerText());
        throw error;
      });
    await client.getByText('Live — read only').waitFor({ timeout: 30_000 });
    await expectTextContains(client, 'Opening line for the client.');

    // The strategist sees the guest in presence.
    await sara
      .getByTestId('presence-list')
      .getByText('Guest: Mai Client')
      .waitFor({ timeout: 30_000 });

    // An edit by the strategist appears on the client's page live.
    await typeAtEnd(sara, ' Tea ceremonies every Sunday.');
    await expectStatus(sara, 'Saved');
    await expectTextContains(client, 'Tea ceremonies every Sunday.');

    // The client cannot type into it: the editor is not editable and typing changes nothing.
    expect(await client.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false');
    const before = await editorText(client);
    await client.locator('.ProseMirror').click();
    await client.keyboard.type('guest was here');
    await client.waitForTimeout(1000);
    expect(await editorText(client)).toBe(before);
    expect(await editorText(sara)).not.toContain('guest was here');

    await settled(client);
    await expectNoSeriousA11yViolations(client);
    await screenshot(client, 'share-guest-strategy-en.png');

    // The guest chooses Hebrew: the page turns right-to-left, the document stays live.
    await client.getByRole('combobox', { name: 'Language' }).selectOption('he');
    await client.getByText('בזמן אמת — קריאה בלבד').waitFor();
    expect(await client.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await settled(client);
    await screenshot(client, 'share-guest-strategy-he.png');

    // The lead revokes the link from the brand's settings; the client's page says so.
    const lead = await openAs(browser, 'lead@demo.test', `/w/${workspaceId}/b/${brandId}/settings`);
    const links = lead.getByRole('region', { name: 'Share links' });
    const row = links.getByTestId('share-link').filter({ hasText: label });
    await row.waitFor({ timeout: 30_000 });
    await row.getByText('Mai Client').waitFor();
    expect(await row.getAttribute('data-status')).toBe('ACTIVE');
    await screenshot(lead, 'share-links-list-en.png');
    await row.getByRole('button', { name: `Revoke: ${label}` }).click();
    const confirm = lead.getByRole('dialog', { name: 'Revoke this link?' });
    await confirm.getByRole('button', { name: 'Revoke' }).click();
    const revokedAt = Date.now();
    await confirm.waitFor({ state: 'hidden' });
    await client.getByTestId('share-link-gone').waitFor({ timeout: 30_000 });
    console.log(
      `revocation → the guest's page says the link is gone: ${Date.now() - revokedAt} ms`,
    );
    await client.getByRole('heading', { level: 1, name: 'הקישור הזה כבר לא בתוקף' }).waitFor();
    await screenshot(client, 'share-guest-gone-he.png');
    await links
      .getByTestId('share-link')
      .filter({ hasText: label })
      .and(lead.locator('[data-status="REVOKED"]'))
      .waitFor();

    // The same address opened again answers the one dead-link page.
    const again = await openPage(browser, new URL(url).pathname);
    await again.getByTestId('share-link-gone').waitFor();
    await again.getByRole('heading', { level: 1, name: 'This link is no longer valid' }).waitFor();
    await screenshot(again, 'share-guest-gone-en.png');

    for (const page of [sara, client, lead, again]) expect(pageErrors(page)).toEqual([]);
  });
  it('a client approves a post at the client step of its flow through an approve link', async () => {
    const suffix = Date.now().toString(36);
    const title = `Lotus Tết teaser ${suffix}`;
    const label = `Client approval ${suffix}`;
    const { page: linh, brandId } = await openDemoBrand(browser, 'lead@demo.test');

    // The post's flow names the client; the lead submits the post and shares it to approve.
    const { createApprovalFlow: flow } = await graphql<{ createApprovalFlow: { id: string } }>(
      linh,
      CREATE_FLOW,
      {
        input: {
          brandId,
          documentKind: 'POST',
          name: `Client sign-off ${suffix}`,
          steps: [{ name: 'Client', rule: 'ANY', approvers: [{ kind: 'CLIENT' }] }],
        },
      },
    );
    const { createDocument: post } = await graphql<{ createDocument: { id: string } }>(
      linh,
      CREATE_DOCUMENT,
      { input: { brandId, kind: 'POST', title } },
    );
    await graphql(linh, SUBMIT, { documentId: post.id, flowId: flow.id });
    const { createShareLink: link } = await graphql<{ createShareLink: { url: string } }>(
      linh,
      CREATE_LINK,
      {
        input: { brandId, documentId: post.id, capability: 'APPROVE', label, expiresInDays: 7 },
      },
    );

    // The client opens it: without email on this server, the approval is recorded by name.
    const client = await openPage(browser, new URL(link.url).pathname);
    await client.getByRole('heading', { level: 1, name: title }).waitFor();
    await client
      .getByText('recorded with your name and the link’s label', { exact: false })
      .first()
      .waitFor();
    await client.getByLabel(/^Your name/).fill('Lan Nguyen');
    await client.getByRole('button', { name: 'Open' }).click();
    const approval = client.getByRole('region', { name: 'Your approval' });
    await approval.getByText('The approval waits on you at “Client”.').waitFor({ timeout: 30_000 });
    const decision = approval.getByRole('form', { name: 'Your decision' });
    // A client approves or asks for changes; rejecting is the team's.
    expect(await decision.getByRole('radio').count()).toBe(2);
    await decision.getByRole('radio', { name: 'Request changes' }).check();
    await decision.getByRole('button', { name: 'Request changes' }).click();
    await decision.getByText('Say what has to change.').waitFor();
    await decision.getByRole('radio', { name: 'Approve' }).check();
    await settled(client);
    await expectNoSeriousA11yViolations(client);
    await screenshot(client, 'share-guest-approve-en.png');
    await decision.getByRole('button', { name: 'Approve' }).click();
    await client.getByTestId('guest-decided').waitFor({ timeout: 30_000 });
    // Decided: the form goes (the request is approved), the thanks stay.
    await decision.waitFor({ state: 'hidden', timeout: 30_000 });

    // The team sees the post approved, by the client through the link.
    const { documentApprovals } = await graphql<{
      documentApprovals: Array<{ status: string; decisions: Array<{ userName: string | null }> }>;
    }>(linh, APPROVALS, { documentId: post.id });
    expect(documentApprovals[0]?.status).toBe('APPROVED');
    expect(documentApprovals[0]?.decisions.at(-1)?.userName).toBe('Lan Nguyen');

    await client.getByRole('combobox', { name: 'Language' }).selectOption('he');
    await client.getByRole('region', { name: 'האישור שלך' }).waitFor();
    await settled(client);
    await screenshot(client, 'share-guest-approve-he.png');
    expect(pageErrors(client)).toEqual([]);
  });
});

import type { Browser, Locator, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, pageErrors } from './support/browser';
import { graphql } from './support/graphql';
import { typeAtEnd as typeInStrategy } from './support/editor';
import { expectStatus, openAs, openDemoBrand, screenshot, settled } from './support/pages';

/**
 * Issue 14 in a real browser: approvals bound to versions, three people in three browser
 * contexts. A specialist submits a post, the lead hears of it live (the bell) and approves
 * exactly what was submitted, an
 * edit after the approval shows the lead "changed after your approval" with the diff, and
 * the chief expert's approval of a strategy version shows in the version history.
 */

const CREATE_FLOW = `mutation($input: CreateApprovalFlowInput!) { createApprovalFlow(input: $input) { id } }`;
const CREATE_DOCUMENT = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`;

/** The unread count the page's bell shows (0 when it says just "Notifications"). */
async function unreadCount(page: Page): Promise<number> {
  const bell = page.getByRole('button', { name: /^Notifications(, \d+ unread)?$/ });
  await bell.waitFor();
  const label = (await bell.getAttribute('aria-label')) ?? '';
  return Number(/(\d+) unread/.exec(label)?.[1] ?? 0);
}

/** The lead designs the brand's default flows: posts go to a lead, strategies to the chief expert. */
async function designFlows(lead: Page, brandId: string, suffix: string): Promise<void> {
  await graphql(lead, CREATE_FLOW, {
    input: {
      brandId,
      documentKind: 'POST',
      name: `Lead review ${suffix}`,
      isDefault: true,
      steps: [{ name: 'Lead review', rule: 'ANY', approvers: [{ kind: 'ROLE', role: 'LEAD' }] }],
    },
  });
  await graphql(lead, CREATE_FLOW, {
    input: {
      brandId,
      documentKind: 'STRATEGY',
      name: `Expert sign-off ${suffix}`,
      isDefault: true,
      steps: [
        {
          name: 'Chief expert',
          rule: 'ANY',
          dueInMinutes: 24 * 60,
          approvers: [{ kind: 'ROLE', role: 'CHIEF_EXPERT' }],
        },
      ],
    },
  });
}

/** Opens the document's approval panel (the drawer of the "Approval" button). */
async function openApproval(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /^Approval/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Approval' });
  await drawer.getByTestId('approval-panel').waitFor();
  await settled(page);
  return drawer;
}

async function closeDrawer(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Approval' }).waitFor({ state: 'hidden' });
}

/** Waits until the panel shows the request in `status` (the panel asks the server again). */
async function expectRequestStatus(drawer: Locator, status: string): Promise<void> {
  await drawer
    .locator(`[data-testid="approval-request"][data-status="${status}"]`)
    .waitFor({ timeout: 30_000 });
}

/** Waits until the base text of the post on `page` holds `text`. */
async function expectBaseText(page: Page, text: string, timeout = 60_000): Promise<void> {
  const field = page.getByRole('textbox', { name: 'Base text' });
  const deadline = Date.now() + timeout;
  while (!(await field.inputValue()).includes(text)) {
    if (Date.now() > deadline) throw new Error(`The base text never held ${JSON.stringify(text)}`);
    await page.waitForTimeout(100);
  }
}

async function typeInPost(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Base text' }).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

describe('approvals bound to versions, three people in three browsers', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a submitted post is approved by the lead, an edit after approval shows the lead the diff, and a strategy approved by the chief expert shows in its version history', async () => {
    const suffix = Date.now().toString(36);
    const lead = await openDemoBrand(browser, 'lead@demo.test');
    const { workspaceId, brandId } = lead;
    const linh = lead.page;
    await designFlows(linh, brandId, suffix);

    // The specialist writes a post and submits it for approval with the brand's default flow.
    const taras = await openAs(browser, 'smm@demo.test', '/workspaces');
    const title = `Lotus spring tea ${suffix}`;
    const { createDocument: post } = await graphql<{ createDocument: { id: string } }>(
      taras,
      CREATE_DOCUMENT,
      { input: { brandId, kind: 'POST', title } },
    );
    const postPath = `/w/${workspaceId}/b/${brandId}/d/${post.id}`;
    await taras.goto(postPath);
    await taras.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectStatus(taras, 'Saved');
    await typeInPost(taras, 'Trà sen mùa xuân 🌸 #lotus');
    await expectStatus(taras, 'Saved');
    let panel = await openApproval(taras);
    // The brand's default flow for posts is picked; an editor could pick another here.
    const flowPicker = panel.getByLabel('Flow this document follows').first();
    await flowPicker.waitFor();
    expect(await flowPicker.inputValue()).toBe(`Lead review ${suffix} (brand default)`);
    const unreadBefore = await unreadCount(linh);
    await panel.getByRole('button', { name: 'Submit for approval' }).click();
    const submittedAt = Date.now();
    await expectRequestStatus(panel, 'PENDING');
    await panel.getByText('At step 1 of 1').waitFor();
    await expectNoSeriousA11yViolations(taras);
    await screenshot(taras, 'approvals-post-submitted-en.png');
    await closeDrawer(taras);

    // The lead opens the post: it waits on them at step 1. They read the submitted version
    // (read-only, with its networks) and approve it.
    // The lead hears of it live: the bell counts one more, and the notification opens the post.
    await linh
      .getByRole('button', { name: `Notifications, ${unreadBefore + 1} unread` })
      .waitFor({ timeout: 30_000 });
    console.log(`submission → the lead's bell, live: ${Date.now() - submittedAt} ms`);
    await linh.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
    await linh
      .getByRole('button', { name: new RegExp(`^Taras SMM asks for your approval of “${title}”`) })
      .click();
    await linh.waitForURL(`**${postPath}`);
    await linh.getByRole('heading', { level: 1, name: title }).waitFor();
    await linh.getByTestId('approval-badge').filter({ hasText: 'Pending' }).waitFor();
    panel = await openApproval(linh);
    await expectRequestStatus(panel, 'PENDING');
    await panel.getByTestId('approval-step').filter({ hasText: 'any Lead' }).waitFor();
    await panel.getByRole('button', { name: 'Open the submitted version' }).click();
    const submitted = linh.getByRole('dialog', { name: /^Version \d+/ });
    await submitted.getByTestId('version-preview').waitFor();
    await submitted.getByRole('textbox', { name: 'Base text' }).waitFor();
    expect(await submitted.getByRole('textbox', { name: 'Base text' }).inputValue()).toContain(
      'Trà sen mùa xuân',
    );
    await settled(linh);
    await screenshot(linh, 'approvals-post-submitted-version-en.png');
    await submitted.getByRole('button', { name: 'Close' }).last().click();
    await submitted.waitFor({ state: 'hidden' });

    const decision = panel.getByRole('form', { name: 'Your decision' });
    // Asking for changes without a word is refused in the form, before anything is sent.
    await decision.getByRole('radio', { name: 'Request changes' }).check();
    await decision.getByRole('button', { name: 'Request changes' }).click();
    await decision.getByText('Say what has to change.').waitFor();
    await decision.getByRole('radio', { name: 'Approve' }).check();
    await decision.getByRole('textbox', { name: /^Comment/ }).fill('Lovely, ship it');
    await decision.getByRole('button', { name: 'Approve' }).click();
    await expectRequestStatus(panel, 'APPROVED');
    await panel
      .getByTestId('approval-decisions')
      .filter({ hasText: 'Linh Lead: approved' })
      .waitFor();
    await expectNoSeriousA11yViolations(linh);
    await screenshot(linh, 'approvals-post-approved-en.png');
    await closeDrawer(linh);

    // The specialist edits the approved post: the request goes back to review.
    await typeInPost(taras, ' — giảm 20% cuối tuần');
    await expectStatus(taras, 'Saved');
    await expectBaseText(taras, 'giảm 20%');

    // The lead sees "changed after your approval" on the post, with what changed since the
    // version they approved (the page asks again every few seconds).
    const banner = linh.getByTestId('approval-changed-banner');
    await banner.waitFor({ timeout: 60_000 });
    await banner.getByRole('button', { name: 'Show the changes' }).click();
    await banner.locator('ins', { hasText: 'giảm 20%' }).first().waitFor();
    expect(await banner.locator('del').count()).toBe(0);
    await linh.getByTestId('approval-badge').filter({ hasText: 'Pending' }).waitFor();
    await settled(linh);
    await expectNoSeriousA11yViolations(linh);
    await screenshot(linh, 'approvals-post-changed-after-approval-en.png');

    // The trail has it all: the submission, the approval and the reopen.
    panel = await openApproval(linh);
    await panel.getByRole('tab', { name: 'History' }).click();
    const trail = panel.getByTestId('approval-history');
    await trail.locator('[data-type="approval.reopened"]').first().waitFor();
    for (const type of ['approval.submitted', 'approval.approved']) {
      await trail.locator(`[data-type="${type}"]`).first().waitFor();
    }
    await screenshot(linh, 'approvals-post-history-en.png');
    await panel.getByRole('tab', { name: 'Status' }).click();
    await panel.getByTestId('approval-changed-panel').waitFor();
    await panel
      .getByTestId('approval-changed-panel')
      .getByRole('button', { name: 'Mark as seen' })
      .click();
    await panel.getByTestId('approval-changed-panel').waitFor({ state: 'hidden' });
    await closeDrawer(linh);
    await banner.waitFor({ state: 'hidden' });

    // A strategy: the lead submits it, the chief expert approves that version.
    const strategyTitle = `Tea house strategy ${suffix}`;
    const { createDocument: strategy } = await graphql<{ createDocument: { id: string } }>(
      linh,
      CREATE_DOCUMENT,
      { input: { brandId, kind: 'STRATEGY', title: strategyTitle } },
    );
    const strategyPath = `/w/${workspaceId}/b/${brandId}/d/${strategy.id}`;
    await linh.goto(strategyPath);
    await linh.getByRole('heading', { level: 1, name: strategyTitle }).waitFor();
    await expectStatus(linh, 'Saved');
    await typeInStrategy(linh, 'Grow the tea ceremony audience by 20% this spring.');
    await expectStatus(linh, 'Saved');
    panel = await openApproval(linh);
    await panel.getByRole('button', { name: 'Submit for approval' }).click();
    await expectRequestStatus(panel, 'PENDING');
    await closeDrawer(linh);

    const noa = await openAs(browser, 'expert@demo.test', strategyPath);
    await noa.getByRole('heading', { level: 1, name: strategyTitle }).waitFor();
    panel = await openApproval(noa);
    await expectRequestStatus(panel, 'PENDING');
    await panel.getByText(/^Due by/).waitFor();
    await panel
      .getByRole('form', { name: 'Your decision' })
      .getByRole('button', { name: 'Approve' })
      .click();
    await expectRequestStatus(panel, 'APPROVED');
    await closeDrawer(noa);

    // The version history shows the approved version with its stamp.
    await noa.getByRole('button', { name: 'History' }).click();
    const history = noa.getByRole('dialog', { name: 'Version history' });
    const approved = history.getByTestId('version-item').filter({
      has: noa.getByTestId('version-approval'),
    });
    await approved.first().waitFor({ timeout: 30_000 });
    expect(await approved.first().getByTestId('version-approval').textContent()).toMatch(
      /Approved by Noa Chief Expert on /,
    );
    await settled(noa);
    await expectNoSeriousA11yViolations(noa);
    await screenshot(noa, 'approvals-strategy-version-history-en.png');

    for (const page of [linh, taras, noa]) expect(pageErrors(page)).toEqual([]);
  });
});

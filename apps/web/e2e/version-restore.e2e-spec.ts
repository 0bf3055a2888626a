import type { Browser, Page } from 'playwright-core';
import { launchBrowser, pageErrors } from './support/browser';
import { editorText, typeAtEnd } from './support/editor';
import { graphql } from './support/graphql';
import { createDocument, expectStatus, openAs, openDemoBrand, screenshot } from './support/pages';

const SAVE_VERSION = `mutation($input: CreateDocumentVersionInput!) {
  createDocumentVersion(input: $input) { id number } }`;
const RESTORE = `mutation($id: ID!) { restoreDocumentVersion(versionId: $id) { id number } }`;

/** Waits until the page's editor shows (or no longer shows) `text`. */
async function waitForText(page: Page, text: string, present: boolean): Promise<void> {
  await page.waitForFunction(
    ([wanted, shown]) =>
      (document.querySelector('.ProseMirror')?.textContent ?? '').includes(wanted) === shown,
    [text, present] as const,
    { timeout: 30_000 },
  );
}

/**
 * A restore changes everyone's text: the others are told who did it, at once, and one click
 * brings their text back (the version Chorus kept just before the restore).
 */
describe('restoring a version, seen by the others', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('tells the strategist that the lead restored version 1 and lets her undo it for everyone', async () => {
    const {
      page: sara,
      workspaceId,
      brandId,
    } = await openDemoBrand(browser, 'strategist@demo.test');
    const path = await createDocument(sara, workspaceId, brandId, {
      kind: 'STRATEGY',
      title: `Restored strategy ${Date.now().toString(36)}`,
    });
    const documentId = path.slice(path.lastIndexOf('/') + 1);
    await sara.goto(path);
    await expectStatus(sara, 'Saved');
    await typeAtEnd(sara, 'First draft of the goals.');
    await expectStatus(sara, 'Saved');
    const { createDocumentVersion: first } = await graphql<{
      createDocumentVersion: { id: string; number: number };
    }>(sara, SAVE_VERSION, { input: { documentId, name: 'Sent to the client' } });
    await typeAtEnd(sara, 'Second thoughts on the budget.');
    await expectStatus(sara, 'Saved');

    const linh = await openAs(browser, 'lead@demo.test', path);
    await waitForText(linh, 'Second thoughts', true);
    const restoredAt = Date.now();
    await graphql(linh, RESTORE, { id: first.id });

    const notice = sara.getByTestId('restore-notice');
    await notice
      .getByText(`restored version ${first.number}: the text changed for everyone.`)
      .waitFor({ timeout: 30_000 });
    console.log(`restore → the other editor's notice: ${Date.now() - restoredAt} ms`);
    expect(await notice.innerText()).toContain('Linh');
    await waitForText(sara, 'Second thoughts', false);
    // The one who restored is not told of their own restore.
    expect(await linh.getByTestId('restore-notice').count()).toBe(0);
    await screenshot(sara, 'restore-notice-en.png', { fullPage: false });

    await notice.getByRole('button', { name: 'Undo the restore' }).click();
    await notice.getByText('The text is back as it was before the restore.').waitFor();
    await waitForText(sara, 'Second thoughts', true);
    await waitForText(linh, 'Second thoughts', true);
    expect(await editorText(sara)).toContain('First draft of the goals.');
    await notice.getByRole('button', { name: 'Close' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(pageErrors(sara)).toEqual([]);
    expect(pageErrors(linh)).toEqual([]);
    await sara.context().close();
    await linh.context().close();
  });
});

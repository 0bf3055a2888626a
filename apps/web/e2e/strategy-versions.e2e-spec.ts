import type { Browser, Locator, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, openPage, pageErrors } from './support/browser';
import { focusEditorEnd } from './support/editor';
import { demoPassword, signIn } from './support/flows';
import { expectStatus, openAs, screenshot, settled } from './support/pages';

/** The first section heading of the SMM strategy template in Vietnamese (strategy-model). */
const vietnameseGoalsHeading = 'Mục tiêu và nhiệm vụ';

/** One GraphQL operation as the signed-in person of `page` (their session cookie). */
async function graphql<T>(
  page: Page,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const body = await page.evaluate(
    async (request) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      });
      return (await response.json()) as { data?: unknown; errors?: unknown[] };
    },
    { query, variables },
  );
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

async function exportedMarkdown(page: Page, documentId: string): Promise<string> {
  const data = await graphql<{ strategyExport: { content: string } }>(
    page,
    `
      query ($documentId: ID!) {
        strategyExport(documentId: $documentId, format: MARKDOWN) {
          content
        }
      }
    `,
    { documentId },
  );
  return data.strategyExport.content;
}

/**
 * The document's editor, whichever the page shows for a strategy: the rich-text editor
 * ("Strategy") or the plain shared text ("Text").
 */
function editor(page: Page): Locator {
  return page.getByRole('textbox', { name: /^(Strategy|Text)$/ });
}

/** The text in the editor as the person sees it. */
function editorText(page: Page): Promise<string> {
  return editor(page).evaluate((element) =>
    element instanceof HTMLTextAreaElement ? element.value : (element as HTMLElement).innerText,
  );
}

/**
 * Types at the end of the document. The caret is put there by the editor (a click in the
 * middle of a long template can land in a SMART goal card's field, whose value is not text).
 */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await focusEditorEnd(page);
  await page.keyboard.type(text);
}

/** Waits until `check` holds for the editor's text on `page`. */
async function expectEditorText(
  page: Page,
  check: (text: string) => boolean,
  timeout = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = await editorText(page);
    if (check(text)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`The editor's text never matched; it is:\n${text}`);
}

describe('version history of a strategy, two editors in two browsers', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates a Vietnamese strategy from the template, saves a named version, compares it and restores it, and the other editor sees the restore live', async () => {
    const title = `Chiến lược Tết ${Date.now().toString(36)}`;
    const versionName = 'Trước hội thảo';
    const kept = ` Bản nháp A ${Date.now().toString(36)}.`;
    const dropped = ' Bản nháp B.';

    // The strategist creates a strategy in Vietnamese from the SMM template, from the list.
    const sara = await openPage(browser, '/sign-in');
    await signIn(sara, 'strategist@demo.test', demoPassword);
    await sara.getByRole('link', { name: 'Lotus Tea House' }).click();
    await sara.getByRole('heading', { level: 1, name: 'Strategy documents' }).waitFor();
    await sara.getByRole('button', { name: 'New strategy document' }).click();
    const dialog = sara.getByRole('dialog', { name: 'New strategy document' });
    await dialog.getByLabel(/^Title/).fill(title);
    await dialog.getByRole('combobox', { name: /^Language of the document/ }).selectOption('vi');
    expect(
      await dialog
        .getByRole('checkbox', { name: 'Start from the SMM strategy template' })
        .isChecked(),
    ).toBe(true);
    await settled(sara);
    await expectNoSeriousA11yViolations(sara);
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await sara.waitForURL('**/d/**');
    const documentPath = new URL(sara.url()).pathname;
    const documentId = decodeURIComponent(documentPath.split('/').pop() ?? '');
    await sara.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectStatus(sara, 'Saved');

    // The template is there, in Vietnamese.
    expect(await exportedMarkdown(sara, documentId)).toContain(vietnameseGoalsHeading);

    // The lead opens the same document; they write a first draft.
    const linh = await openAs(browser, 'lead@demo.test', documentPath);
    await linh.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectStatus(linh, 'Saved');
    await typeAtEnd(linh, kept);
    await expectStatus(linh, 'Saved');
    await expectEditorText(sara, (text) => text.includes(kept.trim()));

    // The strategist saves a named version from the history panel.
    await sara.getByRole('button', { name: 'History' }).click();
    const history = sara.getByRole('dialog', { name: 'Version history' });
    await history.getByLabel('Name of the version').fill(versionName);
    await history.getByRole('button', { name: 'Save version' }).click();
    const saved = history.getByRole('status');
    await saved.filter({ hasText: /^Version \d+ saved\.$/ }).waitFor();
    const versionNumber = Number(/\d+/.exec((await saved.textContent()) ?? '')?.[0]);
    const item = history.getByTestId('version-item').filter({ hasText: versionName });
    await item.filter({ hasText: 'Sara Strategist' }).waitFor();
    await settled(sara);
    await expectNoSeriousA11yViolations(sara);
    await screenshot(sara, 'strategy-versions-history-en.png');

    // The lead goes on writing; the comparison shows what came after the version.
    await typeAtEnd(linh, dropped);
    await expectStatus(linh, 'Saved');
    await expectEditorText(sara, (text) => text.includes(dropped.trim()));
    await item
      .getByRole('button', {
        name: `Compare with current: Version ${versionNumber}`,
      })
      .click();
    const compare = sara.getByRole('dialog', {
      name: `Version ${versionNumber} compared with the current text`,
    });
    await compare.locator('ins', { hasText: 'Bản nháp B' }).waitFor();
    // Rendered, not Markdown: the template's headings are headings, no "## " or "**" shows.
    const diff = compare.getByTestId('version-diff');
    const folded = diff.getByRole('button');
    while ((await folded.count()) > 0) await folded.first().click();
    await diff.locator('[data-block="heading2"]').first().waitFor();
    expect(await diff.innerText()).not.toMatch(/^#{1,6} |\*\*/m);
    await settled(sara);
    await expectNoSeriousA11yViolations(sara);
    await screenshot(sara, 'strategy-versions-compare-en.png');
    await compare.getByRole('button', { name: 'Close' }).last().click();

    // The strategist restores the version: the lead sees the text change without reloading.
    await item.getByRole('button', { name: `Restore: Version ${versionNumber}` }).click();
    const confirm = sara.getByRole('dialog', {
      name: `Restore version ${versionNumber}?`,
    });
    await confirm.getByText('Everyone editing will see the text change now').waitFor();
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await history
      .getByRole('status')
      .filter({ hasText: `Version ${versionNumber} is restored.` })
      .waitFor();
    await expectEditorText(
      linh,
      (text) => text.includes(kept.trim()) && !text.includes(dropped.trim()),
    );
    await expectEditorText(
      sara,
      (text) => text.includes(kept.trim()) && !text.includes(dropped.trim()),
    );
    const restored = await exportedMarkdown(sara, documentId);
    expect(restored).toContain(kept.trim());
    expect(restored).not.toContain(dropped.trim());
    await history.getByText(`Restored version ${versionNumber}`).first().waitFor();

    // History is never rewritten: the named version, the state before the restore and the
    // restore itself are all there.
    const { documentVersions } = await graphql<{
      documentVersions: {
        number: number;
        kind: string;
        name: string | null;
        restoredFrom: number | null;
      }[];
    }>(
      sara,
      `
        query ($documentId: ID!) {
          documentVersions(documentId: $documentId) {
            number
            kind
            name
            restoredFrom
          }
        }
      `,
      { documentId },
    );
    expect(documentVersions.find((version) => version.number === versionNumber)).toMatchObject({
      kind: 'NAMED',
      name: versionName,
    });
    expect(documentVersions[0]).toMatchObject({
      kind: 'RESTORE',
      restoredFrom: versionNumber,
    });
    expect(documentVersions.some((version) => version.kind === 'AUTO')).toBe(true);

    // The brand's list shows the strategy in Vietnamese, just edited, with the lead in it.
    await sara.keyboard.press('Escape');
    await sara.getByRole('link', { name: 'All strategy documents' }).click();
    const row = sara.getByTestId('document-row').filter({ hasText: title });
    await row.getByText('Tiếng Việt').waitFor();
    await row.getByTestId('editing-now').getByTitle('Linh Lead').waitFor();
    expect(await row.locator('time').textContent()).toMatch(/just now|minute/);
    await expectNoSeriousA11yViolations(sara);
    await screenshot(sara, 'strategy-versions-list-en.png');

    for (const page of [sara, linh]) expect(pageErrors(page)).toEqual([]);
  });
});

import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, openPage, pageErrors } from './support/browser';
import { demoPassword, signIn } from './support/flows';
import { expectStatus, openAs, screenshot, settled } from './support/pages';

/** The strategy editor's editable area (TipTap/ProseMirror). */
function sharedText(page: Page) {
  return page.locator('.ProseMirror');
}

/** The editor's text without other people's caret labels, white space collapsed. */
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

/**
 * Waits until the editor's text on the page is exactly `value` (white space collapsed).
 * Polled from here: a string predicate in the page would be `eval`, which the CSP refuses.
 */
async function expectText(page: Page, value: string, timeout = 60_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let seen = await editorText(page);
  while (seen !== value) {
    if (Date.now() > deadline) {
      throw new Error(`Editor text is ${JSON.stringify(seen)}, expected ${JSON.stringify(value)}`);
    }
    await page.waitForTimeout(50);
    seen = await editorText(page);
  }
}

async function typeAtEnd(page: Page, text: string): Promise<void> {
  const field = sharedText(page);
  await field.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

describe('co-editing a strategy document, two people in two browsers', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows each person’s typing to the other within a second, with presence, read-only for a moderator, offline edits kept and nothing lost on reload', async () => {
    const title = `Lotus strategy ${Date.now().toString(36)}`;

    // The strategist creates a strategy document for the demo brand and lands in it.
    const sara = await openPage(browser, '/sign-in');
    await signIn(sara, 'strategist@demo.test', demoPassword);
    await sara.getByRole('link', { name: 'Lotus Tea House' }).click();
    await sara.getByRole('heading', { level: 1, name: 'Strategy documents' }).waitFor();
    await expectNoSeriousA11yViolations(sara);
    await sara.getByRole('button', { name: 'New strategy document' }).click();
    const dialog = sara.getByRole('dialog', { name: 'New strategy document' });
    await dialog.getByLabel(/^Title/).fill(title);
    // An empty document: this test is about typing, not the template.
    await dialog.getByLabel('Start from the SMM strategy template').uncheck();
    await settled(sara);
    await expectNoSeriousA11yViolations(sara);
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await sara.waitForURL('**/d/**');
    const documentPath = new URL(sara.url()).pathname;
    await sara.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectStatus(sara, 'Saved');
    await expectNoSeriousA11yViolations(sara);

    // The lead opens the same document in another browser context.
    const linh = await openAs(browser, 'lead@demo.test', documentPath);
    await linh.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectStatus(linh, 'Saved');

    // Each sees the other in the list of people here, with the name the server knows.
    await sara.getByTestId('presence-list').getByText('Linh Lead').waitFor();
    await linh.getByTestId('presence-list').getByText('Sara Strategist').waitFor();

    // What one types appears at the other, both ways (how fast: pnpm bench:collab).
    await typeAtEnd(sara, 'Goal: 2,000 tea-club members by June.');
    await expectText(linh, 'Goal: 2,000 tea-club members by June.');
    await expectStatus(sara, 'Saved');
    await typeAtEnd(linh, ' Insight: tea is a pause, not a drink.');
    const both = 'Goal: 2,000 tea-club members by June. Insight: tea is a pause, not a drink.';
    await expectText(sara, both);
    await expectStatus(linh, 'Saved');
    await expectNoSeriousA11yViolations(linh);
    await screenshot(sara, 'collaboration-en.png');

    // The moderator may only read: the text shows, read-only, and the page says why.
    const maryam = await openAs(browser, 'moderator@demo.test', documentPath);
    await maryam.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectStatus(
      maryam,
      'Read only — your role on this brand: Moderator. Ask an owner or admin for editing rights.',
    );
    await expectText(maryam, both);
    expect(await sharedText(maryam).getAttribute('contenteditable')).toBe('false');
    await sharedText(maryam).click();
    await maryam.keyboard.type('moderator was here');
    await expectText(maryam, both);
    await sara.getByTestId('presence-list').getByText('Maryam Moderator').waitFor();
    await expectNoSeriousA11yViolations(maryam);

    // The same page in Persian, right to left.
    await maryam.getByRole('combobox', { name: 'Language' }).selectOption('fa');
    await expectStatus(maryam, 'فقط خواندنی — نقش شما در این برند:');
    expect(await maryam.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectNoSeriousA11yViolations(maryam);
    await screenshot(maryam, 'collaboration-read-only-fa.png');

    // The lead goes offline: the page says so, and what they type waits on their device.
    await linh.context().setOffline(true);
    await expectStatus(linh, 'Offline — your changes are kept on this device');
    await typeAtEnd(linh, ' Written on the train.');
    const withOffline = `${both} Written on the train.`;
    await expectText(linh, withOffline);
    await expectNoSeriousA11yViolations(linh);
    await screenshot(linh, 'collaboration-offline-en.png');
    // Nothing reaches the others while offline.
    await sara.waitForTimeout(500);
    expect(await editorText(sara)).toBe(both);

    // Back online, the change reaches everyone and is saved.
    await linh.context().setOffline(false);
    await expectStatus(linh, 'Saved', 15_000);
    await expectText(sara, withOffline);
    await expectText(maryam, withOffline);

    // A reload shows the text again, from the server.
    await sara.reload();
    await sara.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectText(sara, withOffline);
    await expectStatus(sara, 'Saved');
    await expectNoSeriousA11yViolations(sara);

    // And a fresh browser context (no copy on the device) gets it from the server too.
    const fresh = await openAs(browser, 'strategist@demo.test', documentPath);
    await expectText(fresh, withOffline);
    await expectStatus(fresh, 'Saved');

    for (const page of [sara, linh, maryam, fresh]) expect(pageErrors(page)).toEqual([]);
  });
});

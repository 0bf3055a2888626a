import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, pageErrors } from './support/browser';
import { editorText, typeAtEnd } from './support/editor';
import { expectStatus, openAs, openDemoBrand, screenshot } from './support/pages';

function surface(page: Page) {
  return page.locator('.ProseMirror');
}

async function waitForText(page: Page, text: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector('.ProseMirror')?.textContent?.includes(expected) ?? false,
    text,
    { timeout },
  );
}

describe('who may edit the demo strategy, as SMM teams work', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets the SMM specialist and the owner write into the demo strategy and keeps it, while the moderator reads a read-only page that says why', async () => {
    const stamp = Date.now().toString(36);
    const fromSpecialist = `Taras adds a TikTok series ${stamp}.`;
    const fromOwner = `Olivia approves the budget line ${stamp}.`;

    // The SMM specialist opens the demo strategy from the brand's list and may edit it.
    const { page: taras } = await openDemoBrand(browser, 'smm@demo.test');
    await taras.getByRole('link', { name: '2027 SMM strategy', exact: true }).click();
    await taras.waitForURL('**/d/**');
    const documentPath = new URL(taras.url()).pathname;
    await expectStatus(taras, 'Saved');
    expect(await surface(taras).getAttribute('contenteditable')).toBe('true');
    expect(await taras.getByRole('toolbar').count()).toBe(1);
    await typeAtEnd(taras, fromSpecialist);
    await expectStatus(taras, 'Saved');

    // The owner, in another browser, sees it and writes too.
    const olivia = await openAs(browser, 'owner@demo.test', documentPath);
    await waitForText(olivia, fromSpecialist);
    await expectStatus(olivia, 'Saved');
    expect(await surface(olivia).getAttribute('contenteditable')).toBe('true');
    await typeAtEnd(olivia, fromOwner);
    await expectStatus(olivia, 'Saved');
    await waitForText(taras, fromOwner);

    // Both are kept: a reload shows them from the server.
    await taras.reload();
    await expectStatus(taras, 'Saved');
    await waitForText(taras, fromSpecialist);
    await waitForText(taras, fromOwner);

    // The moderator reads: the page says so and why, and nothing looks like it takes typing.
    const maryam = await openAs(browser, 'moderator@demo.test', documentPath);
    await waitForText(maryam, fromOwner);
    await expectStatus(
      maryam,
      'Read only — your role on this brand: Moderator. Ask an owner or admin for editing rights.',
    );
    expect(await maryam.getByTestId('connection-status').textContent()).not.toMatch(/comment/i);
    expect(await surface(maryam).getAttribute('contenteditable')).toBe('false');
    expect(await maryam.getByRole('toolbar').count()).toBe(0);
    // The card and table fields (a checklist's tick boxes are not text fields).
    const fields = surface(maryam).locator('input:not([type="checkbox"]), textarea');
    expect(await fields.count()).toBeGreaterThan(0);
    const looks = await fields.evaluateAll((elements) =>
      elements.map((element) => ({
        field: element.getAttribute('aria-label') ?? element.id,
        readOnly: (element as HTMLInputElement).readOnly,
        marked: element.getAttribute('data-read-only'),
        background: getComputedStyle(element).backgroundColor,
      })),
    );
    for (const look of looks) {
      expect(look).toEqual({
        field: look.field,
        readOnly: true,
        marked: 'true',
        background: expect.not.stringMatching(/^rgb\(255, 255, 255\)$/) as unknown,
      });
    }
    const before = await editorText(taras);
    const goal = maryam.getByLabel('Goal', { exact: true }).first();
    await goal.click();
    await maryam.keyboard.type('moderator was here');
    // As a reader would try: click into the last paragraph and type at the end.
    await surface(maryam).locator('p').last().click();
    await maryam.keyboard.press('ControlOrMeta+End');
    await maryam.keyboard.type('moderator was here');
    await maryam.waitForTimeout(500);
    expect(await editorText(maryam)).not.toContain('moderator was here');
    expect(await editorText(taras)).toBe(before);
    await expectNoSeriousA11yViolations(maryam);
    await screenshot(maryam, 'roles-moderator-read-only.png');

    for (const page of [taras, olivia, maryam]) expect(pageErrors(page)).toEqual([]);
  });
});

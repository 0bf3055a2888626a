import type { Browser, Locator, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, pageErrors } from './support/browser';
import { graphql } from './support/graphql';
import { focusEditorEnd } from './support/editor';
import {
  createDocument,
  expectStatus,
  openAs,
  openDemoBrand,
  screenshot,
  settled,
} from './support/pages';

const CREATE_FLOW = `mutation($input: CreateApprovalFlowInput!) { createApprovalFlow(input: $input) { id } }`;
const CREATE_POST = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`;

async function createPost(page: Page, brandId: string, title: string): Promise<string> {
  const { createDocument: post } = await graphql<{ createDocument: { id: string } }>(
    page,
    CREATE_POST,
    { input: { brandId, kind: 'POST', title } },
  );
  return post.id;
}

async function typeInPost(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Base text' }).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

async function openApproval(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /^Approval/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Approval' });
  await drawer.getByTestId('approval-panel').waitFor();
  await settled(page);
  return drawer;
}

/**
 * Records, in the page, each keystroke's time to the DOM change it causes in `selector`
 * (the decorations drawn: a MutationObserver runs right after the update) and to the next
 * animation frame; `performance` measures of the tone plugin's own work are read too.
 */
async function startKeystrokeClock(page: Page, selector: string): Promise<void> {
  await page.evaluate((target) => {
    const root = document.querySelector(target);
    if (!root) throw new Error(`no ${target}`);
    const clock = { toDom: [] as number[], toFrame: [] as number[], pending: 0 };
    (window as unknown as { __toneClock: typeof clock }).__toneClock = clock;
    performance.clearMeasures('chorus:tone-check');
    new MutationObserver(() => {
      if (!clock.pending) return;
      const start = clock.pending;
      clock.pending = 0;
      clock.toDom.push(performance.now() - start);
      requestAnimationFrame(() => clock.toFrame.push(performance.now() - start));
    }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    // A key typed on the keyboard starts at keydown; text the keyboard cannot type (Cyrillic,
    // Hebrew) arrives as input without a keydown, so it starts at beforeinput.
    document.addEventListener('keydown', () => (clock.pending = performance.now()), true);
    document.addEventListener(
      'beforeinput',
      () => (clock.pending = clock.pending || performance.now()),
      true,
    );
  }, selector);
}

async function readKeystrokeClock(page: Page) {
  return page.evaluate(() => {
    const clock = (window as unknown as { __toneClock: { toDom: number[]; toFrame: number[] } })
      .__toneClock;
    const work = performance.getEntriesByName('chorus:tone-check').map((entry) => entry.duration);
    return { toDom: clock.toDom, toFrame: clock.toFrame, work };
  });
}

function stats(values: number[]): { median: number; p95: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: Number(at(0.5).toFixed(2)), p95: Number(at(0.95).toFixed(2)), n: values.length };
}

describe('tone of voice in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a banned word added by the chief expert is underlined as the specialist types, blocks submission, and the override reason reaches the lead', async () => {
    const suffix = Date.now().toString(36);
    const lead = await openDemoBrand(browser, 'lead@demo.test');
    const { workspaceId, brandId } = lead;
    await graphql(lead.page, CREATE_FLOW, {
      input: {
        brandId,
        documentKind: 'POST',
        name: `Lead review ${suffix}`,
        isDefault: true,
        steps: [{ name: 'Lead review', rule: 'ANY', approvers: [{ kind: 'ROLE', role: 'LEAD' }] }],
      },
    });

    // The chief expert adds a banned Ukrainian word with its replacement in the brand settings.
    const expert = await openAs(
      browser,
      'expert@demo.test',
      `/w/${workspaceId}/b/${brandId}/settings`,
    );
    const section = expert.getByRole('region', { name: 'Tone of voice' });
    await section.getByRole('button', { name: 'Add a term' }).click();
    const row = section.getByRole('group', { name: /^Term \d+$/ }).last();
    // The replacement first: the row is named after its first word once it has one.
    await row.getByRole('textbox', { name: /^Replacement/ }).fill('подарунок');
    await row.getByRole('textbox', { name: /Banned words/ }).fill('халява');
    await section.getByRole('button', { name: 'Save guideline' }).click();
    await section.getByTestId('tone-now-failing').waitFor({ timeout: 30_000 });
    await expectNoSeriousA11yViolations(expert);

    // The specialist types it in a Ukrainian post: underlined, the replacement offered.
    const specialist = await openAs(browser, 'smm@demo.test', '/workspaces');
    const title = `Чайна новина ${suffix}`;
    const postId = await createPost(specialist, brandId, title);
    const postPath = `/w/${workspaceId}/b/${brandId}/d/${postId}`;
    await specialist.goto(postPath);
    await specialist.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectStatus(specialist, 'Saved');
    await specialist.getByTestId('tone-score').waitFor({ timeout: 30_000 });
    await typeInPost(specialist, 'Новий улун уже в крамниці #LotusTeaHouse. ');
    await startKeystrokeClock(specialist, '[data-testid="post-editor"]');
    await specialist.keyboard.type('Справжня халява');
    const mark = specialist.locator('[data-testid="text-highlights"] [data-tone-rule]', {
      hasText: 'халява',
    });
    await mark.waitFor({ timeout: 60_000 });
    const typed = await readKeystrokeClock(specialist);
    console.log(
      `tone keystroke→decorations, Ukrainian post (${typed.toDom.length} keys): ` +
        JSON.stringify({
          to_dom_ms: stats(typed.toDom),
          to_frame_ms: stats(typed.toFrame),
        }),
    );
    expect(await mark.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain(
      'underline',
    );
    const panel = specialist.getByTestId('tone-panel');
    await panel.getByRole('button', { name: 'Replace “халява” with “подарунок”' }).waitFor();
    expect(await panel.getByTestId('tone-score').getAttribute('data-verdict')).toBe('block');
    await expectStatus(specialist, 'Saved');
    await expectNoSeriousA11yViolations(specialist);

    // Submitting is blocked; the specialist may not override.
    let drawer = await openApproval(specialist);
    await drawer.getByRole('button', { name: 'Submit for approval' }).click();
    const gate = drawer.getByTestId('tone-gate');
    await gate.getByText('The tone check blocks this submission').waitFor({ timeout: 30_000 });
    await gate.getByTestId('tone-findings').waitFor({ timeout: 30_000 });
    expect(await gate.getByText(/халява/).count()).toBeGreaterThan(0);
    expect(await gate.getByRole('button', { name: 'Override with a reason' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(specialist);

    // The chief expert overrides with a reason.
    const reason = `Цитата клієнта в дописі ${suffix}`;
    await expert.goto(postPath);
    await expert.getByRole('heading', { level: 1, name: title }).waitFor();
    drawer = await openApproval(expert);
    await drawer.getByRole('button', { name: 'Submit for approval' }).click();
    const expertGate = drawer.getByTestId('tone-gate');
    await expertGate
      .getByRole('button', { name: 'Override with a reason' })
      .click({ timeout: 30_000 });
    await expertGate.getByRole('textbox', { name: /Why this version/ }).fill(reason);
    await expectNoSeriousA11yViolations(expert);
    await expertGate.getByRole('button', { name: 'Override and submit' }).click();
    await drawer
      .locator('[data-testid="approval-request"][data-status="PENDING"]')
      .waitFor({ timeout: 30_000 });

    // The lead sees the score, the findings and the reason in the approval.
    await lead.page.goto(postPath);
    await lead.page.getByRole('heading', { level: 1, name: title }).waitFor();
    drawer = await openApproval(lead.page);
    const check = drawer.getByTestId('approval-tone-check');
    await check.waitFor({ timeout: 30_000 });
    expect(await check.getByTestId('tone-override-reason').innerText()).toContain(reason);
    expect(await check.innerText()).toContain('халява');
    // …and approves it having read them (the panel is checked once the decision form closes).
    const decision = drawer.getByRole('form', { name: /decision/i });
    await decision.getByRole('radio', { name: 'Approve' }).check();
    await decision.getByRole('button', { name: 'Approve' }).click();
    await drawer
      .locator('[data-testid="approval-request"][data-status="APPROVED"]')
      .waitFor({ timeout: 30_000 });
    await settled(lead.page);
    await expectNoSeriousA11yViolations(lead.page);

    for (const page of [lead.page, expert, specialist]) expect(pageErrors(page)).toEqual([]);
    await Promise.all([lead.page, expert, specialist].map((page) => page.context().close()));
  });

  it('underlines a banned Hebrew word at its place in a right-to-left post (screenshot)', async () => {
    const { page, workspaceId, brandId } = await openDemoBrand(browser, 'smm@demo.test');
    const title = `פוסט בעברית ${Date.now().toString(36)}`;
    const postId = await createPost(page, brandId, title);
    await page.goto(`/w/${workspaceId}/b/${brandId}/d/${postId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectStatus(page, 'Saved');
    await page.getByTestId('tone-score').waitFor({ timeout: 30_000 });
    await typeInPost(page, 'תה זול לכל המשפחה #LotusTeaHouse');
    const mark = page.locator('[data-testid="text-highlights"] [data-tone-rule]', {
      hasText: 'זול',
    });
    await mark.waitFor({ timeout: 60_000 });
    const field = page.getByRole('textbox', { name: 'Base text' });
    const layer = page.getByTestId('text-highlights');
    // The layer reads right to left like the textarea, holds exactly its text, and the mark
    // sits on the second word from the right: inside the field, right of its middle, and left of
    // the first word «תה».
    expect(await field.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await layer.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await layer.innerText()).toContain(await field.inputValue());
    const [box, fieldBox] = await Promise.all([mark.boundingBox(), field.boundingBox()]);
    if (!box || !fieldBox) throw new Error('no boxes');
    expect(box.x).toBeGreaterThan(fieldBox.x + fieldBox.width / 2);
    expect(box.x + box.width).toBeLessThan(fieldBox.x + fieldBox.width - 20);
    expect(box.y).toBeGreaterThanOrEqual(fieldBox.y);
    expect(box.y + box.height).toBeLessThanOrEqual(fieldBox.y + fieldBox.height);
    await page
      .getByTestId('tone-panel')
      .getByRole('button', { name: /Replace “זול”/ })
      .waitFor();
    await screenshot(page, 'tone-hebrew-underline.png', { fullPage: false });
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('prints keystroke → decorations on a 5,000-word strategy (median and p95), against the same editor without a guideline', async () => {
    const { page, workspaceId, brandId } = await openDemoBrand(browser, 'smm@demo.test');
    const path = await createDocument(page, workspaceId, brandId, {
      kind: 'STRATEGY',
      title: `Tone bench ${Date.now().toString(36)}`,
    });
    await page.goto(path);
    await page.getByTestId('strategy-editor').waitFor();
    await expectStatus(page, 'Saved');
    const sentence =
      'Our tea is picked by hand in the hills above the river and the cheapest leaves never reach the shop';
    const paragraphs = Array.from(
      { length: 170 },
      (_, i) => `<p>${i}. ${sentence} and every cup is brewed for the people who wait.</p>`,
    ).join('');
    const words = await page.evaluate((html) => {
      type Found = HTMLElement & {
        editor?: { commands: { setContent(c: string): boolean }; getText(): string };
      };
      const element = document.querySelector<Found>('.ProseMirror');
      element?.editor?.commands.setContent(html);
      return element?.editor?.getText().split(/\s+/).filter(Boolean).length ?? 0;
    }, paragraphs);
    expect(words).toBeGreaterThanOrEqual(5_000);
    await page.locator('.ProseMirror .tone-finding').nth(169).waitFor({ timeout: 30_000 });
    await expectStatus(page, 'Saved');

    const typeAndRead = async (target: Page) => {
      await focusEditorEnd(target);
      await startKeystrokeClock(target, '.ProseMirror');
      await target.keyboard.type(' and the cheapest tea of all', { delay: 30 });
      return readKeystrokeClock(target);
    };
    const withTone = await typeAndRead(page);
    await page.waitForFunction(
      () => document.querySelectorAll('.ProseMirror .tone-finding').length >= 171,
      undefined,
      { timeout: 60_000 },
    );
    await expectStatus(page, 'Saved');

    // The same document in a page whose brand has no guideline (the answer replaced): the
    // editor's own cost per keystroke, for comparison.
    const bare = await page.context().newPage();
    await bare.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('query ToneGuideline(')) {
        await route.fulfill({ json: { data: { toneGuideline: null } } });
      } else {
        await route.fallback();
      }
    });
    await bare.goto(path);
    await bare
      .getByTestId('tone-panel')
      .getByText(/no tone-of-voice guideline/)
      .waitFor({
        timeout: 30_000,
      });
    await expectStatus(bare, 'Saved');
    const without = await typeAndRead(bare);
    console.log(
      `tone keystroke→decorations, ${words}-word strategy (ms): ` +
        JSON.stringify({
          tone_plugin_work: stats(withTone.work),
          keystroke_to_dom_with_tone: stats(withTone.toDom),
          keystroke_to_dom_without_guideline: stats(without.toDom),
          keystroke_to_frame_with_tone: stats(withTone.toFrame),
          keystroke_to_frame_without_guideline: stats(without.toFrame),
          target: 16,
        }),
    );
    expect(withTone.work.length).toBeGreaterThan(10);
    expect(without.work).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

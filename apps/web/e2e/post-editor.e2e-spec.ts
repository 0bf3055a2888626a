import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser } from './support/browser';
import { expectStatus, openAs, openDemoBrand, screenshot } from './support/pages';

/** Runs a GraphQL operation with the page's session, as the web app would. */
async function graphql<T>(page: Page, query: string, variables: object): Promise<T> {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const SET_NETWORKS = `mutation($input: UpdateBrandInput!) { updateBrand(input: $input) { id networks } }`;

/** Waits until a textarea holds exactly `value` (polled here: the CSP refuses string predicates). */
async function expectValue(page: Page, label: string, value: string, timeout = 60_000) {
  const field = page.getByRole('textbox', { name: label });
  const deadline = Date.now() + timeout;
  let seen = await field.inputValue();
  while (seen !== value) {
    if (Date.now() > deadline) {
      throw new Error(`${label} is ${JSON.stringify(seen)}, expected ${JSON.stringify(value)}`);
    }
    await page.waitForTimeout(50);
    seen = await field.inputValue();
  }
}

async function typeAtEnd(page: Page, label: string, text: string): Promise<void> {
  await page.getByRole('textbox', { name: label }).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

describe('co-editing a post, two people in two browsers', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('both type into one post and see each other; a text over the X limit shows the error on that variant', async () => {
    // The owner adds X to the demo brand's networks for this test (and puts them back after).
    const owner = await openDemoBrand(browser, 'owner@demo.test');
    const { brandId, workspaceId } = owner;
    const before = await graphql<{ brand: { networks: string[] } }>(
      owner.page,
      'query($id: ID!) { brand(id: $id) { networks } }',
      { id: brandId },
    );
    await graphql(owner.page, SET_NETWORKS, {
      input: { brandId, networks: [...before.brand.networks.filter((n) => n !== 'X'), 'X'] },
    });
    try {
      // The SMM specialist creates a post through the mutation the web app uses.
      const taras = await openAs(browser, 'smm@demo.test', '/workspaces');
      const { createDocument } = await graphql<{ createDocument: { id: string } }>(
        taras,
        'mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }',
        { input: { brandId, kind: 'POST', title: 'Lotus spring tea' } },
      );
      const postPath = `/w/${workspaceId}/b/${brandId}/d/${createDocument.id}`;
      await taras.goto(postPath);
      await taras.getByRole('heading', { level: 1, name: 'Lotus spring tea' }).waitFor();
      await expectStatus(taras, 'Saved');

      const sara = await openAs(browser, 'strategist@demo.test', postPath);
      await sara.getByRole('heading', { level: 1, name: 'Lotus spring tea' }).waitFor();
      await expectStatus(sara, 'Saved');
      await taras.getByTestId('presence-list').getByText('Sara Strategist').waitFor();

      // What one types in the base text appears at the other, both ways.
      await typeAtEnd(taras, 'Base text', 'Trà sen mùa xuân 🌸 #lotus');
      await expectValue(sara, 'Base text', 'Trà sen mùa xuân 🌸 #lotus');
      await typeAtEnd(sara, 'Base text', ' @lotusteahouse');
      const both = 'Trà sen mùa xuân 🌸 #lotus @lotusteahouse';
      await expectValue(taras, 'Base text', both);
      await taras.getByTestId('post-hashtags').getByText('#lotus').waitFor();
      await taras.getByTestId('post-mentions').getByText('@lotusteahouse').waitFor();

      // Taras writes X its own text, too long for X: it is kept, and the error shows.
      await taras.getByRole('tab', { name: /^X/ }).click();
      await taras.getByRole('button', { name: 'Write a text for X' }).click();
      await expectValue(taras, 'Text for X', both);
      const long = `${both} ${'Một tách trà, một khoảng lặng. '.repeat(9)}`;
      await taras.getByRole('textbox', { name: 'Text for X' }).fill(long);
      await taras.getByText(/characters over the X limit of 280/).waitFor();
      await expectStatus(taras, 'Saved');

      // Sara sees X's own text and the same error; the base text is unchanged.
      await sara.getByRole('tab', { name: /^X.*too long/ }).waitFor();
      await sara.getByRole('tab', { name: /^X/ }).click();
      await expectValue(sara, 'Text for X', long);
      await sara.getByText(/characters over the X limit of 280/).waitFor();
      await sara.getByRole('tab', { name: 'All networks' }).click();
      await expectValue(sara, 'Base text', both);

      // The preview says it is an approximation.
      await taras
        .getByTestId('post-preview-note')
        .getByText(/An approximation/)
        .waitFor();
      await expectNoSeriousA11yViolations(taras);
      await screenshot(taras, 'post-editor-en.png');

      // The moderator reads the post but cannot change it.
      const maryam = await openAs(browser, 'moderator@demo.test', postPath);
      await maryam.getByRole('heading', { level: 1, name: 'Lotus spring tea' }).waitFor();
      await expectValue(maryam, 'Base text', both);
      expect(
        await maryam.getByRole('textbox', { name: 'Base text' }).getAttribute('readonly'),
      ).not.toBeNull();
      await maryam.getByRole('tab', { name: /^X/ }).click();
      expect(await maryam.getByRole('button', { name: 'Use the base text again' }).count()).toBe(0);

      // The same editor in Hebrew, right to left.
      await sara.getByRole('combobox', { name: 'Language' }).selectOption('he');
      await sara.getByRole('textbox', { name: 'טקסט בסיס' }).waitFor();
      expect(await sara.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await screenshot(sara, 'post-editor-he.png');
    } finally {
      await graphql(owner.page, SET_NETWORKS, {
        input: { brandId, networks: before.brand.networks },
      });
    }
  });
});

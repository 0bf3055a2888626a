import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser } from './support/browser';
import { expectStatus, openAs, openDemoBrand, screenshot } from './support/pages';

/** A real 96 × 64 PNG (made with sharp), small enough to keep here. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAGAAAABACAIAAABqVuVZAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAwElEQVR4nO3ZwQnDQADEQHd0TajO1Jp/IP6EsH4MXAVCK5/t67xyzncIFzrnVhGAAqhfVsKgAIpB/e9RY2IBFIMysVYXWg0KoBiUiaVBPfO7gkgHUAzKxNKg5j0W6QCKQZlY8+64KAZQDMrEmgfIy2oAxaBMLA1qHmORDqAYlIk1j46LYgDFoEyshxx/VgMoBmViaVDzHot0AMWgTKx5d1wUAygGZWLNA+RlNYBiUCaWBjWPsUgHUAzKxJpH5+O8AX/pmXieOantAAAAAElFTkSuQmCC',
  'base64',
);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');

/** Waits until an image has really loaded (the server answered it and the browser decoded it). */
async function expectLoaded(page: Page, testId: string): Promise<void> {
  const image = page.getByTestId(testId).getByRole('img').first();
  await image.waitFor();
  const deadline = Date.now() + 20_000;
  while (!(await image.evaluate((element) => (element as HTMLImageElement).naturalWidth > 0))) {
    if (Date.now() > deadline) throw new Error(`The image in ${testId} never loaded`);
    await page.waitForTimeout(100);
  }
}

describe('attaching media to a post in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('uploads an image through the strip, shows its thumbnail and preview, and explains a refused file', async () => {
    const { workspaceId, brandId } = await openDemoBrand(browser, 'owner@demo.test');
    const page = await openAs(browser, 'smm@demo.test', '/workspaces');
    const response = await page.request.post('/graphql', {
      headers: { 'content-type': 'application/json' },
      data: {
        query: 'mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }',
        variables: { input: { brandId, kind: 'POST', title: 'Green tea in pictures' } },
      },
    });
    const { data } = (await response.json()) as { data: { createDocument: { id: string } } };
    await page.goto(`/w/${workspaceId}/b/${brandId}/d/${data.createDocument.id}`);
    await page.getByRole('heading', { level: 1, name: 'Green tea in pictures' }).waitFor();
    await expectStatus(page, 'Saved');

    const strip = page.getByTestId('post-media');
    await strip.getByText('No photos or videos yet.').waitFor();
    await strip.locator('input[type="file"]').setInputFiles({
      name: 'green-cup.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    // The thumbnail the server made appears in the strip, and the preview shows the image.
    const thumbnail = strip.getByRole('img', { name: 'green-cup.png' });
    await thumbnail.waitFor({ timeout: 30_000 });
    expect(await thumbnail.getAttribute('src')).toMatch(/^\/api\/media\/[0-9a-f-]{36}\/thumbnail$/);
    await expectLoaded(page, 'post-media-item');
    await expectLoaded(page, 'post-preview-image');

    // A PDF called .png is refused with the reason, and nothing is added.
    await strip.locator('input[type="file"]').setInputFiles({
      name: 'not-really.png',
      mimeType: 'image/png',
      buffer: PDF,
    });
    await strip
      .getByRole('alert')
      .getByText('not-really.png was not attached: its contents are application/pdf', {
        exact: false,
      })
      .waitFor({ timeout: 30_000 });
    expect(await strip.getByTestId('post-media-item').count()).toBe(1);
    await screenshot(page, 'post-media.png');
    await expectNoSeriousA11yViolations(page);

    // Someone else opening the post sees the same file.
    const sara = await openAs(browser, 'strategist@demo.test', new URL(page.url()).pathname);
    await sara.getByTestId('post-media').getByRole('img', { name: 'green-cup.png' }).waitFor();
  });
});

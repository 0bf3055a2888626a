import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, pageErrors } from './support/browser';
import { demoPassword, signIn } from './support/flows';
import { createDocument, expectStatus, openDemoBrand } from './support/pages';
import { STRATEGY_SENTENCES as SENTENCES } from './support/multilingual';

/**
 * The time to open a long strategy: 50 pages (about 25,000 words in headings, paragraphs,
 * lists and tables, in several scripts) written through the editor, then opened by another
 * person in a fresh browser (no copy on the device), three times. Prints the figures.
 */

interface PageEditor {
  commands: { setContent(content: string): boolean };
}

/** About 500 words a page: a heading, paragraphs, a list and a small table. */
function strategyHtml(pages: number): string {
  const parts: string[] = [];
  for (let page = 1; page <= pages; page += 1) {
    parts.push(`<h2>Section ${page}: audience and content</h2>`);
    for (let paragraph = 0; paragraph < 6; paragraph += 1) {
      const text = Array.from(
        { length: 5 },
        (_, i) => SENTENCES[(page + paragraph + i) % SENTENCES.length],
      ).join(' ');
      parts.push(`<p>${text}</p>`);
    }
    parts.push(
      `<ul><li>Instagram: three posts a week, stories daily</li><li>Facebook: a weekly live tasting</li><li>Zalo: a newsletter every Friday</li></ul>`,
      `<table><tbody><tr><th>Segment</th><th>Driver</th><th>Barrier</th></tr><tr><td>Office workers</td><td>A quiet break</td><td>No time</td></tr></tbody></table>`,
    );
  }
  parts.push(`<p>The end of page ${pages}.</p>`);
  return parts.join('');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe('a 50-page strategy', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens for another person in a fresh browser in a few seconds (figures printed)', async () => {
    const {
      page: sara,
      workspaceId,
      brandId,
    } = await openDemoBrand(browser, 'strategist@demo.test');
    const documentPath = await createDocument(sara, workspaceId, brandId, {
      kind: 'STRATEGY',
      title: '50 pages',
    });

    await sara.goto(documentPath);
    await sara.locator('.ProseMirror').waitFor();
    await expectStatus(sara, 'Saved', 20_000);
    const html = strategyHtml(50);
    const written = await sara.evaluate((content) => {
      const element = document.querySelector<Element & { editor?: PageEditor }>('.ProseMirror');
      const started = performance.now();
      element?.editor?.commands.setContent(content);
      return {
        ms: performance.now() - started,
        words: (element?.textContent ?? '').split(/\s+/).filter(Boolean).length,
      };
    }, html);
    await expectStatus(sara, 'Saved', 20_000);
    expect(written.words).toBeGreaterThan(20_000);

    const openings: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const linh = await openPage(browser, '/sign-in');
      await signIn(linh, 'lead@demo.test', demoPassword);
      const started = Date.now();
      await linh.goto(documentPath);
      await linh.waitForFunction(
        () => document.querySelector('.ProseMirror')?.textContent?.includes('The end of page 50.'),
        null,
        { timeout: 30_000 },
      );
      openings.push(Date.now() - started);
      expect(pageErrors(linh)).toEqual([]);
      await linh.context().close();
    }
    console.log(
      `50-page strategy (${written.words} words, ${(html.length / 1024).toFixed(0)} KB of HTML): ` +
        `written through the editor in ${written.ms.toFixed(0)} ms; opened in a fresh browser in ` +
        `${openings.join(' / ')} ms (median ${median(openings)} ms)`,
    );
    expect(pageErrors(sara)).toEqual([]);
  });
});

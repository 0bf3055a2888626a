import type { Browser } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, pageErrors } from './support/browser';
import { createDocument, expectStatus, openDemoBrand, screenshot, settled } from './support/pages';

/** Whether the section's heading is on screen, in the upper half of the window (in the page). */
function onScreen(wanted: string): boolean {
  const heading = [...document.querySelectorAll('.ProseMirror h2')].find(
    (h) => h.textContent === wanted,
  );
  const top = heading?.getBoundingClientRect().top ?? -1;
  return top >= 0 && top < window.innerHeight / 2;
}

/**
 * A long strategy's outline: the 17 sections of the template in a menu; choosing the last
 * one brings its heading to the top of the window, in English and in Hebrew.
 */
describe('the strategy outline', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('jumps from the outline to a section far below, in English and right to left in Hebrew', async () => {
    const { page, workspaceId, brandId } = await openDemoBrand(browser, 'strategist@demo.test');
    const path = await createDocument(page, workspaceId, brandId, {
      kind: 'STRATEGY',
      title: `Outlined strategy ${Date.now().toString(36)}`,
      fromTemplate: true,
    });
    await page.goto(path);
    await expectStatus(page, 'Saved');
    const outline = page.getByTestId('strategy-outline');
    await outline.waitFor({ timeout: 60_000 });
    const count = Number(/\((\d+)\)/.exec((await outline.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(10);

    await outline.click();
    const items = page
      .getByRole('navigation', { name: 'Sections of the strategy' })
      .getByRole('button');
    await items.first().waitFor();
    expect(await items.count()).toBe(count);
    const last = (await items.last().textContent()) ?? '';
    expect(await page.evaluate(onScreen, last)).toBe(false);
    await expectNoSeriousA11yViolations(page);
    await settled(page);
    await screenshot(page, 'strategy-outline-en.png', { fullPage: false });
    await items.last().click();
    await page.waitForFunction(onScreen, last, { timeout: 30_000 });

    // In Hebrew the list reads right to left and the jump lands the same way.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('he');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByTestId('strategy-outline').click();
    const hebrewItems = page
      .getByRole('navigation', { name: 'סעיפי האסטרטגיה' })
      .getByRole('button');
    const first = hebrewItems.first();
    await first.waitFor();
    await settled(page);
    await screenshot(page, 'strategy-outline-he.png', { fullPage: false });
    expect(await hebrewItems.count()).toBe(count);
    const target = (await hebrewItems.nth(count - 2).textContent()) ?? '';
    await hebrewItems.nth(count - 2).click();
    await first.waitFor({ state: 'detached' });
    await page.waitForFunction(onScreen, target, { timeout: 30_000 });
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

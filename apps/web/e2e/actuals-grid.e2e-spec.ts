import type { Browser, Page } from 'playwright-core';
import { launchBrowser, pageErrors } from './support/browser';
import { openDemoBrand } from './support/pages';

/**
 * Issue 17's co-edited actuals grid in a real browser: a strategist and an SMM specialist,
 * each in their own browser context, on the same network and months. What one saves appears
 * in the other's grid without a reload (the live channel); when both edit the same cell, the
 * second save is refused with the conflict message and the second person's text is kept.
 */

const MONTH = '2024-03';

async function openActuals(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Brand sections' })
    .getByRole('link', { name: 'Results' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
  await page.getByRole('tab', { name: 'Actuals' }).click();
  await page.getByLabel('Last month shown').fill(MONTH);
  await page.getByRole('gridcell', { name: 'Clicks · Mar 2024' }).waitFor();
}

function cell(page: Page, name: string) {
  return page.getByRole('gridcell', { name });
}

/** Opens a cell's editor with Enter and types `text` into it (replacing what it held). */
async function typeInto(page: Page, name: string, text: string) {
  await cell(page, name).click();
  await cell(page, name).press('Enter');
  const input = cell(page, name).getByRole('textbox');
  await input.fill(text);
  return input;
}

describe('the co-edited actuals grid between two people', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("shows one person's saved cell to the other without a reload, and refuses the second of two edits of a cell, keeping its text", async () => {
    const a = (await openDemoBrand(browser, 'strategist@demo.test')).page;
    const b = (await openDemoBrand(browser, 'smm@demo.test')).page;
    await openActuals(a);
    await openActuals(b);
    const clicks = String(100 + Math.floor(Math.random() * 800));

    // A saves a cell; it shows saved for A and appears in B's open grid.
    const input = await typeInto(a, 'Clicks · Mar 2024', clicks);
    await input.press('Enter');
    await cell(a, 'Clicks · Mar 2024').filter({ hasText: 'Saved' }).waitFor({ timeout: 30_000 });
    await cell(b, 'Clicks · Mar 2024').filter({ hasText: clicks }).waitFor({ timeout: 30_000 });

    // Both edit Reach: B is typing when A saves. B is told, keeps the text, and saving it
    // anyway is refused with the conflict message; B's text stays in the cell.
    const theirs = String(Number(clicks) + 1);
    const mine = String(Number(clicks) + 2);
    const bInput = await typeInto(b, 'Reach · Mar 2024', mine);
    const aInput = await typeInto(a, 'Reach · Mar 2024', theirs);
    await aInput.press('Enter');
    await cell(a, 'Reach · Mar 2024').filter({ hasText: 'Saved' }).waitFor({ timeout: 30_000 });
    await b
      .getByTestId('actuals-notice')
      .filter({ hasText: `changed by Sara Strategist while you were typing; it is now ${theirs}` })
      .waitFor({ timeout: 30_000 });
    expect(await bInput.inputValue()).toBe(mine);
    await bInput.press('Enter');
    await b
      .getByTestId('actuals-notice')
      .filter({ hasText: `not saved, Sara Strategist changed it meanwhile; it is now ${theirs}` })
      .waitFor({ timeout: 30_000 });
    expect(await cell(b, 'Reach · Mar 2024').textContent()).toContain(mine);
    expect(await cell(b, 'Reach · Mar 2024').textContent()).toContain('Conflict');
    // A's value is what is stored: a reload of B's grid shows it.
    await b.reload();
    await openActuals(b);
    await cell(b, 'Reach · Mar 2024').filter({ hasText: theirs }).waitFor({ timeout: 30_000 });

    expect(pageErrors(a)).toEqual([]);
    expect(pageErrors(b)).toEqual([]);
  }, 240_000);
});

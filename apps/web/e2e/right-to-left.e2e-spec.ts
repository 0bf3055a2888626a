import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, openPage, pageErrors } from './support/browser';
import { demoPassword, signIn } from './support/flows';
import { artifactsDir } from './support/paths';

const hebrewTitle = 'ברוכים הבאים ל-Chorus';

function documentDirection(page: Page): Promise<{ dir: string; lang: string }> {
  return page.evaluate(() => ({
    dir: document.documentElement.dir,
    lang: document.documentElement.lang,
  }));
}

describe('right-to-left languages', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('switching to Hebrew turns the page right-to-left, and the choice survives a reload', async () => {
    const page = await openPage(browser, '/');
    await page.getByTestId('health-status').waitFor();
    expect(await documentDirection(page)).toEqual({ dir: 'ltr', lang: 'en' });

    await page.getByRole('combobox', { name: 'Language' }).selectOption('he');

    await page.getByRole('heading', { level: 1, name: hebrewTitle }).waitFor();
    expect(await documentDirection(page)).toEqual({ dir: 'rtl', lang: 'he' });

    await page.reload();

    await page.getByRole('heading', { level: 1, name: hebrewTitle }).waitFor();
    expect(await documentDirection(page)).toEqual({ dir: 'rtl', lang: 'he' });
    expect(await page.getByRole('combobox', { name: 'שפה' }).inputValue()).toBe('he');

    // The layout mirrors: the app name now sits at the right end of the header.
    const appName = await page
      .getByRole('banner')
      .getByRole('link', { name: 'Chorus' })
      .boundingBox();
    const width = page.viewportSize()?.width ?? 0;
    expect(appName).not.toBeNull();
    expect(appName?.x ?? 0).toBeGreaterThan(width / 2);

    await page.getByTestId('health-status').waitFor();
    mkdirSync(artifactsDir, { recursive: true });
    const screenshot = path.join(artifactsDir, 'home-he.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(readFileSync(screenshot).subarray(1, 4).toString('latin1')).toBe('PNG');

    await expectNoSeriousA11yViolations(page);
    expect(pageErrors(page)).toEqual([]);
  });

  it('shows a brand section in Persian, right-to-left, without accessibility violations', async () => {
    const page = await openPage(browser, '/sign-in');
    await signIn(page, 'strategist@demo.test', demoPassword);
    await page.getByRole('link', { name: 'Lotus Tea House' }).click();
    await page.getByRole('heading', { level: 1, name: 'Strategy documents' }).waitFor();
    await page.getByRole('link', { name: 'Media plans', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Media plans' }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fa');

    await page.getByRole('heading', { level: 1, name: 'برنامه‌های رسانه‌ای' }).waitFor();
    expect(await documentDirection(page)).toEqual({ dir: 'rtl', lang: 'fa' });
    await page.screenshot({ path: path.join(artifactsDir, 'media-plans-fa.png'), fullPage: true });

    await expectNoSeriousA11yViolations(page);
    expect(pageErrors(page)).toEqual([]);
  });
});

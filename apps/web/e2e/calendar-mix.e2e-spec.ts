import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import {
  calendarPath,
  createBrand,
  createPosts,
  movePostByDrag,
  type NewPost,
} from './support/calendar';
import { openDemoBrand, screenshot } from './support/pages';

/** Polls until the week's card in the content mix does (or does not) warn about the cap. */
async function expectCapWarning(page: Page, weekStart: string, shown: boolean): Promise<void> {
  const warning = page.getByTestId(`content-mix-${weekStart}`).getByTestId('promotion-cap-warning');
  await warning.waitFor({ state: shown ? 'visible' : 'detached', timeout: 30_000 });
}

describe('the promotional share beside the calendar', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('warns when a third promotional post joins a week of ten with a 20 % cap, and stops when it leaves', async () => {
    const { page, workspaceId } = await openDemoBrand(browser, 'owner@demo.test');
    const { brandId, categories } = await createBrand(page, workspaceId, {
      name: `Promotion cap ${Date.now().toString(36)}`,
      timeZone: 'Asia/Ho_Chi_Minh',
      promotionCapPercent: 20,
    });
    const promotion = categories.find((category) => category.key === 'promotion')?.id;
    const expertise = categories.find((category) => category.key === 'expertise')?.id;
    // The week of Sunday 3 October 2027 (an en-US reader's week): ten posts, two promotional.
    const week: NewPost[] = Array.from({ length: 10 }, (_, index) => ({
      title: index < 2 ? `Sale ${index + 1}` : `Tea tip ${index - 1}`,
      publishAt: `2027-10-0${4 + Math.floor(index / 2)}T${index % 2 === 0 ? '09' : '15'}:00`,
      categoryId: index < 2 ? promotion : expertise,
    }));
    await createPosts(page, brandId, week);
    const [third] = await createPosts(page, brandId, [
      { title: 'Gift box sale', publishAt: '2027-10-13T10:00', categoryId: promotion },
    ]);

    await page.goto(calendarPath(workspaceId, brandId, '2027-10-01'));
    await page.getByTestId('content-mix-2027-10-03').waitFor();
    // Two of ten is the cap exactly: allowed.
    await expectCapWarning(page, '2027-10-03', false);

    await movePostByDrag(page, third!, '2027-10-06');
    await expectCapWarning(page, '2027-10-03', true);
    await screenshot(page, 'calendar-promotion-cap.png');

    await movePostByDrag(page, third!, '2027-10-13');
    await expectCapWarning(page, '2027-10-03', false);
  });
});

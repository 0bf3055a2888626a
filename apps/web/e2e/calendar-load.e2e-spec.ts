import type { Browser } from 'playwright-core';
import { launchBrowser, pageErrors } from './support/browser';
import { calendarPath, createBrand, createPosts, dayCell, type NewPost } from './support/calendar';
import { openDemoBrand } from './support/pages';

/** How many posts the month holds (issue 13: the month view with 1,000 posts). */
const POSTS = 1_000;

describe('a month of 1,000 posts', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('draws the month view of 1,000 posts and prints how long it took after the data arrived', async () => {
    const { page, workspaceId } = await openDemoBrand(browser, 'owner@demo.test');
    const { brandId, categories } = await createBrand(page, workspaceId, {
      name: `Calendar load ${Date.now().toString(36)}`,
      timeZone: 'Europe/Kyiv',
    });
    const posts: NewPost[] = Array.from({ length: POSTS }, (_, index) => {
      const day = (index % 30) + 1;
      const minutes = 8 * 60 + ((index * 7) % (12 * 60));
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      return {
        title: `Post ${index + 1}`,
        publishAt: `2027-09-${String(day).padStart(2, '0')}T${time}`,
        categoryId: categories[index % categories.length]?.id,
      };
    });
    const seeding = Date.now();
    await createPosts(page, brandId, posts, 6);
    console.log(
      `calendar load: ${POSTS} posts created through createPost in ${Date.now() - seeding} ms`,
    );

    const answered = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        (response.request().postData() ?? '').includes('CalendarPosts'),
      { timeout: 60_000 },
    );
    await page.goto(calendarPath(workspaceId, brandId, '2027-09-01'));
    const response = await answered;
    const arrived = Date.now();
    const body = (await response.json()) as { data: { calendarPosts: { posts: unknown[] } } };
    expect(body.data.calendarPosts.posts).toHaveLength(POSTS);
    // The last day of the month is drawn with its posts behind "+N more".
    await dayCell(page, '2027-09-30').locator('.fc-daygrid-more-link').waitFor({ timeout: 60_000 });
    const shown = Date.now() - arrived;
    const measured = await page.evaluate(() => {
      const entries = performance.getEntriesByName('calendar:render');
      return entries.length > 0 ? entries[entries.length - 1]!.duration : null;
    });
    const events = await page.locator('.fc-event').count();
    console.log(
      `calendar month with ${POSTS} posts: rendered ${measured?.toFixed(1)} ms after the data ` +
        `arrived (performance.measure in the page); last day drawn ${shown} ms after the answer ` +
        `reached the browser (measured wait); ${events} event elements (FullCalendar draws those ` +
        `behind "+N more" hidden)`,
    );
    expect(measured).not.toBeNull();
    expect(pageErrors(page)).toEqual([]);
  }, 300_000);
});

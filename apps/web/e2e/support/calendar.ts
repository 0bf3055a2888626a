import type { Locator, Page } from 'playwright-core';

/** Runs a GraphQL operation with the page's session, as the web app would. */
export async function graphql<T>(page: Page, query: string, variables: object): Promise<T> {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export interface NewPost {
  title: string;
  /** Local date-time in the brand's zone, e.g. 2027-03-10T10:00. */
  publishAt: string;
  categoryId?: string;
  promotional?: boolean;
}

const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`;

/**
 * Creates posts through `createPost` (the mutation the calendar uses), a few requests at
 * once (the server answers one createPost per operation); answers their ids in order.
 */
export async function createPosts(
  page: Page,
  brandId: string,
  posts: readonly NewPost[],
  parallel = 6,
): Promise<string[]> {
  const ids: string[] = new Array<string>(posts.length);
  let next = 0;
  const worker = async () => {
    while (next < posts.length) {
      const at = next++;
      const post = posts[at]!;
      const data = await graphql<{ createPost: { post: { id: string } } }>(page, CREATE_POST, {
        input: {
          brandId,
          title: post.title,
          post: {
            publishAt: post.publishAt,
            categoryId: post.categoryId ?? null,
            promotional: post.promotional ?? null,
          },
        },
      });
      ids[at] = data.createPost.post.id;
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return ids;
}

/** The month grid's cell of a day. */
export function dayCell(page: Page, day: string): Locator {
  return page.locator(`td.fc-daygrid-day[data-date="${day}"]`);
}

/** A post's event on the calendar (the element FullCalendar drags). */
export function postEvent(page: Page, postId: string): Locator {
  return page.locator(`.fc-event:has([data-post-id="${postId}"])`);
}

/** The day cell a post's event sits in, or null when it is not on screen. */
export async function dayOfPost(page: Page, postId: string): Promise<string | null> {
  return page.evaluate((id) => {
    const element = document.querySelector(`[data-post-id="${id}"]`);
    return element?.closest<HTMLElement>('td[data-date]')?.dataset.date ?? null;
  }, postId);
}

/** Polls until a post's event is in `day`'s cell; answers the milliseconds waited. */
export async function waitForPostOn(
  page: Page,
  postId: string,
  day: string,
  timeout = 30_000,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    if ((await dayOfPost(page, postId)) === day) return Date.now() - started;
    if (Date.now() - started > timeout) {
      throw new Error(`post ${postId} is on ${await dayOfPost(page, postId)}, expected ${day}`);
    }
    await page.waitForTimeout(25);
  }
}

/** Drags a post's event onto a day of the month grid, with the mouse, as a person would. */
export async function dragPostTo(page: Page, postId: string, day: string): Promise<void> {
  const source = await postEvent(page, postId).boundingBox();
  const target = await dayCell(page, day).boundingBox();
  if (!source || !target) throw new Error(`cannot drag ${postId} to ${day}: not on screen`);
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  // FullCalendar starts a drag after a few pixels of movement; move in steps.
  await page.mouse.move(source.x + source.width / 2 + 10, source.y + source.height / 2 + 5, {
    steps: 5,
  });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 15 });
  await page.mouse.up();
}

/**
 * Drags a post onto a day and waits until it shows there. A drag that the page cancelled
 * (the calendar re-drew its events mid-drag, e.g. on a live update of an earlier move) leaves
 * the post where it was: the person drags again, up to three times. A drop that arrived and
 * bounced back is not retried away: it fails on the last wait.
 */
export async function movePostByDrag(page: Page, postId: string, day: string): Promise<number> {
  const started = Date.now();
  const from = await dayOfPost(page, postId);
  for (let attempt = 1; ; attempt += 1) {
    await postEvent(page, postId).waitFor();
    await dragPostTo(page, postId, day);
    try {
      await waitForPostOn(page, postId, day, attempt < 3 ? 10_000 : 30_000);
      return Date.now() - started;
    } catch (error) {
      if (attempt >= 3 || (await dayOfPost(page, postId)) !== from) throw error;
    }
  }
}

/** The brand-local publish time the server has for a post. */
export async function publishAtOf(page: Page, postId: string): Promise<string | null> {
  const data = await graphql<{ post: { publishAtLocal: string | null } }>(
    page,
    'query($id: ID!) { post(id: $id) { publishAtLocal } }',
    { id: postId },
  );
  return data.post.publishAtLocal;
}

/** The calendar page of a brand opened at a month. */
export function calendarPath(workspaceId: string, brandId: string, month: string): string {
  return `/w/${workspaceId}/b/${brandId}/calendar?date=${month}`;
}

/** A new brand of the workspace (the owner's session), with the seeded content categories. */
export async function createBrand(
  page: Page,
  workspaceId: string,
  input: { name: string; timeZone: string; promotionCapPercent?: number },
): Promise<{ brandId: string; categories: Array<{ id: string; key: string | null }> }> {
  const { createBrand } = await graphql<{ createBrand: { id: string } }>(
    page,
    'mutation($input: CreateBrandInput!) { createBrand(input: $input) { id } }',
    { input: { workspaceId, networks: ['INSTAGRAM', 'FACEBOOK'], ...input } },
  );
  const { contentCategories } = await graphql<{
    contentCategories: Array<{ id: string; key: string | null }>;
  }>(page, 'query($id: ID!) { contentCategories(brandId: $id) { id key } }', {
    id: createBrand.id,
  });
  return { brandId: createBrand.id, categories: contentCategories };
}

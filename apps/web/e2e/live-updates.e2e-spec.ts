import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, pageErrors } from './support/browser';
import { demoPassword, signIn } from './support/flows';

/**
 * Issue 13 in a real browser: two people on one brand, each in their own browser context;
 * what one changes reaches the other's EventSource (same-origin, under the CSP, through the
 * real server on the embedded database) within moments.
 */
async function brandIdOf(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Lotus Tea House' }).click();
  await page.waitForURL(/\/w\/[^/]+\/b\/[^/]+/);
  return /\/w\/[^/]+\/b\/([^/]+)/.exec(new URL(page.url()).pathname)?.[1] ?? '';
}

/** Opens the brand's live stream in the page; events collect in window.__live. */
async function listen(page: Page, brandId: string): Promise<void> {
  await page.evaluate((id) => {
    const seen: Array<{ type: string; subjectType: string; subjectId: string }> = [];
    (window as unknown as { __live: typeof seen }).__live = seen;
    const source = new EventSource(`/api/live/brands/${id}`);
    source.addEventListener('chorus', (message) => {
      seen.push(JSON.parse((message as MessageEvent<string>).data) as (typeof seen)[number]);
    });
    return new Promise<void>((resolve) => source.addEventListener('open', () => resolve()));
  }, brandId);
}

async function graphql<T>(page: Page, query: string, variables: object): Promise<T> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return ((await response.json()) as { data: unknown }).data;
    },
    { query, variables },
  ) as Promise<T>;
}

describe('live updates between two people on a brand', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("shows one person's new and moved post to the other as it happens", async () => {
    const watcher = await openPage(browser, '/sign-in');
    await signIn(watcher, 'moderator@demo.test', demoPassword);
    const brandId = await brandIdOf(watcher);
    const editor = await openPage(browser, '/sign-in');
    await signIn(editor, 'smm@demo.test', demoPassword);
    await listen(watcher, brandId);

    const created = await graphql<{ createPost: { post: { id: string } } }>(
      editor,
      `
        mutation ($i: CreatePostInput!) {
          createPost(input: $i) {
            post {
              id
            }
          }
        }
      `,
      {
        i: {
          brandId,
          title: 'Live from the other window',
          post: { publishAt: '2027-04-01T10:00' },
        },
      },
    );
    const postId = created.createPost.post.id;
    await graphql(
      editor,
      `
        mutation ($i: MovePostInput!) {
          movePost(input: $i) {
            post {
              id
            }
          }
        }
      `,
      {
        i: { postId, publishAt: '2027-04-02T10:00' },
      },
    );

    await watcher.waitForFunction(
      (id) =>
        (
          (
            window as unknown as {
              __live: Array<{ type: string; subjectType: string; subjectId: string }>;
            }
          ).__live ?? []
        )
          .filter((event) => event.subjectType === 'post' && event.subjectId === id)
          .map((event) => event.type)
          .join() === 'post.created,post.moved',
      postId,
      { timeout: 60_000 },
    );
    expect(pageErrors(watcher)).toEqual([]);
  });
});

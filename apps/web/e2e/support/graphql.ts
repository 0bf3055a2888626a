import type { Page } from 'playwright-core';

/** One GraphQL operation with the page's session, as the web app would send it. */
export async function graphql<T>(page: Page, query: string, variables: object): Promise<T> {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

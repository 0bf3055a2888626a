import type { Locator, Page } from 'playwright-core';

/** The editor's paragraph holding `text`. */
export function paragraph(page: Page, text: string): Locator {
  return page.locator('.ProseMirror p', { hasText: text });
}

/** The margin's card of the thread whose first comment says `text`. */
export function threadCard(page: Page, text: string): Locator {
  return page.getByTestId('comment-margin').getByTestId('comment-thread').filter({ hasText: text });
}

/** Where an element is laid out; throws when it is not. */
export async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not laid out');
  return found;
}

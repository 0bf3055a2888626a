import type { Page } from 'playwright-core';

/** Signs in through the sign-in page (already open or opened here) and waits to land. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith('/sign-in')) await page.goto('/sign-in');
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** Fills in and sends the sign-up form (already open). */
export async function signUp(
  page: Page,
  account: { displayName: string; email: string; password: string },
): Promise<void> {
  await page.getByLabel(/^Your name/).fill(account.displayName);
  await page.getByLabel(/^Email/).fill(account.email);
  await page.getByLabel(/^Password/).fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-up');
}

/** The demo accounts' password (seeded on a fresh database). */
export const demoPassword = 'chorus-demo-2026';

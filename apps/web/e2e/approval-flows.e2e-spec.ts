import type { Browser, Locator, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, pageErrors } from './support/browser';
import { openDemoBrand, screenshot } from './support/pages';

async function pick(page: Page, combobox: Locator, option: string): Promise<void> {
  // Mantine's pills box covers the input: the click lands on it, as a person's would.
  await combobox.click({ force: true });
  await page.getByRole('option', { name: option, exact: true }).click();
  // Tab closes the list (Escape would close the dialog too).
  await page.keyboard.press('Tab');
}

describe('approval flows in the brand settings', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets a lead design a two-step post flow that becomes the default, and open "Waiting on me"', async () => {
    const { page, workspaceId } = await openDemoBrand(browser, 'lead@demo.test');
    await page
      .getByRole('navigation', { name: 'Brand sections' })
      .getByRole('link', { name: 'Settings', exact: true })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Approval flows' }).waitFor();

    const posts = page.getByRole('region', { name: 'Posts', exact: true });
    await posts.getByRole('button', { name: 'New flow' }).click();
    const dialog = page.getByRole('dialog', { name: 'New approval flow' });
    const name = `Paid posts ${Date.now().toString(36)}`;
    await dialog.getByRole('textbox', { name: /Flow name/ }).fill(name);
    await dialog.getByRole('checkbox', { name: 'The default flow for this kind' }).check();

    const first = dialog.getByRole('group', { name: 'Step 1' });
    await first.getByRole('textbox', { name: 'Step name' }).fill('Specialist check');
    await pick(page, first.getByRole('combobox', { name: 'Approvers by role' }), 'Lead');
    await first.getByRole('textbox', { name: 'Due within (hours)' }).fill('24');

    await dialog.getByRole('button', { name: 'Add a step' }).click();
    const second = dialog.getByRole('group', { name: 'Step 2' });
    await second.getByRole('textbox', { name: 'Step name' }).fill('Chief expert');
    await pick(page, second.getByRole('combobox', { name: 'Approvers by role' }), 'Chief expert');
    await second.getByText('All of them').click();
    await dialog.getByRole('button', { name: 'Save flow' }).click();
    await dialog.waitFor({ state: 'detached' });

    const card = posts.getByTestId('approval-flow').filter({ hasText: name });
    await card.waitFor();
    await card.getByText('Default', { exact: true }).waitFor();
    const text = await card.innerText();
    expect(text).toContain('Specialist check');
    expect(text).toContain('due in 24 h');
    expect(text).toContain('Chief expert — all of: Chief expert');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'approval-flows-en.png');

    // The flow is still there, as the default, after a reload.
    await page.reload();
    await posts
      .getByTestId('approval-flow')
      .filter({ hasText: name })
      .getByText('Default')
      .waitFor();

    await page.goto(`/w/${workspaceId}`);
    await page
      .getByRole('navigation', { name: 'Workspace sections' })
      .getByRole('link', { name: 'Waiting on me' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Waiting on me' }).waitFor();
    await page.getByRole('tab', { name: /To decide/ }).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });
});

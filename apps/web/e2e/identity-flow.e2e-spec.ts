import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, openPage, pageErrors } from './support/browser';
import { signUp } from './support/flows';
import { screenshot } from './support/pages';

function documentDirection(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.dir);
}

describe('identity and access, two people in two browsers', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('an owner invites a colleague, who joins, becomes a strategist through a team and sees only what that allows', async () => {
    const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const ownerAccount = {
      displayName: 'Olivia Owner',
      email: `olivia-${stamp}@example.com`,
      password: 'lotus tea at dawn 2026',
    };
    const colleagueAccount = {
      displayName: 'Sara Strategist',
      email: `sara-${stamp}@example.com`,
      password: 'saigon soda summer 2026',
    };

    // The owner signs up in the first browser context and lands on an empty workspace list.
    const owner = await openPage(browser, '/sign-up');
    await owner.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await expectNoSeriousA11yViolations(owner);
    await signUp(owner, ownerAccount);
    await owner.getByRole('heading', { level: 1, name: 'Your workspaces' }).waitFor();
    await owner.getByText('You are not in any workspace yet.', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(owner);

    // …creates a workspace…
    await owner.getByRole('main').getByRole('link', { name: 'Create a workspace' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Create a workspace' }).waitFor();
    await expectNoSeriousA11yViolations(owner);
    await owner.getByLabel(/^Workspace name/).fill('Mekong Digital');
    await owner.getByRole('button', { name: 'Create workspace' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Brands' }).waitFor();
    const workspaceId = new URL(owner.url()).pathname.split('/')[2] ?? '';
    expect(workspaceId).not.toBe('');
    await owner.getByRole('button', { name: 'Workspace: Mekong Digital' }).waitFor();
    await expectNoSeriousA11yViolations(owner);

    // …and a brand.
    await owner.getByRole('button', { name: 'Create a brand' }).click();
    const brandDialog = owner.getByRole('dialog', { name: 'Create a brand' });
    await brandDialog.getByLabel(/^Brand name/).fill('Saigon Soda');
    await brandDialog
      .getByLabel(/^Description/)
      .fill('Craft sodas from Saigon, sold in cafés and online.');
    await brandDialog.getByRole('combobox', { name: 'Networks' }).click();
    await owner.getByRole('option', { name: 'Instagram' }).click();
    await owner.getByRole('option', { name: 'TikTok' }).click();
    await owner.keyboard.press('Escape');
    const languages = brandDialog.getByLabel(/^Content languages/);
    await languages.fill('vi');
    await languages.press('Enter');
    await languages.fill('en');
    await languages.press('Enter');
    await languages.press('Escape');
    await brandDialog.getByLabel(/^Time zone/).selectOption('Asia/Ho_Chi_Minh');
    await expectNoSeriousA11yViolations(owner);
    await brandDialog.getByRole('button', { name: 'Create brand' }).click();
    await brandDialog.waitFor({ state: 'hidden' });
    const ownerCard = owner.getByTestId('brand-card').filter({ hasText: 'Saigon Soda' });
    await ownerCard.waitFor();
    expect(await ownerCard.textContent()).toContain('Instagram');
    await expectNoSeriousA11yViolations(owner);

    // The owner invites a colleague and reads the link the page shows once.
    await owner
      .getByRole('navigation', { name: 'Workspace sections' })
      .getByRole('link', { name: 'Members' })
      .click();
    await owner.getByRole('heading', { level: 1, name: 'Members and invitations' }).waitFor();
    await expectNoSeriousA11yViolations(owner);
    await owner.getByRole('button', { name: 'Invite people' }).click();
    const inviteDialog = owner.getByRole('dialog', { name: 'Invite people to Mekong Digital' });
    await inviteDialog.getByLabel(/^Email/).fill(colleagueAccount.email);
    await inviteDialog.getByRole('button', { name: 'Create invitation link' }).click();
    const linkField = inviteDialog.getByRole('textbox', { name: 'Invitation link' });
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(/\/invite\/[^/]+$/);
    expect(await inviteDialog.getByTestId('invitation-delivery').textContent()).toContain(
      'was not emailed',
    );
    await expectNoSeriousA11yViolations(owner);
    await inviteDialog.getByRole('button', { name: 'Done' }).click();
    await inviteDialog.waitFor({ state: 'detached' });
    await owner.getByTestId('invitation-row').filter({ hasText: 'Pending' }).waitFor();
    await screenshot(owner, 'members-en.png');

    // The colleague opens the link in a second browser context (another person), signs up
    // from there and joins.
    const invitePath = new URL(link).pathname;
    const colleague = await openPage(browser, invitePath);
    await colleague.getByRole('heading', { level: 1, name: 'Join Mekong Digital' }).waitFor();
    await colleague.getByText('Olivia Owner invited you to join Mekong Digital').waitFor();
    await expectNoSeriousA11yViolations(colleague);
    await colleague.getByRole('link', { name: 'Create an account' }).click();
    await colleague.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await signUp(colleague, colleagueAccount);
    await colleague.waitForURL(`**${invitePath}`);
    await colleague.getByRole('button', { name: 'Join workspace' }).click();
    await colleague.waitForURL(`**/w/${workspaceId}`);
    await colleague.getByRole('heading', { level: 1, name: 'Brands' }).waitFor();
    await colleague.getByText('You are not on any brand yet.', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(colleague);

    // The owner creates a team and adds the colleague to it as strategist.
    await owner
      .getByRole('navigation', { name: 'Workspace sections' })
      .getByRole('link', { name: 'Teams and roles' })
      .click();
    await owner.getByRole('heading', { level: 1, name: 'Teams and roles' }).waitFor();
    await owner.getByLabel(/^Team name/).fill('Soda squad');
    await owner.getByRole('button', { name: 'Create team' }).click();
    const team = owner.getByRole('region', { name: 'Soda squad' });
    await team.waitFor();
    await team.getByRole('button', { name: 'Add person' }).click();
    const rolesDialog = owner.getByRole('dialog', { name: 'Add a person to Soda squad' });
    await rolesDialog
      .getByLabel(/^Person/)
      .selectOption({ label: `Sara Strategist (${colleagueAccount.email})` });
    await rolesDialog.getByRole('checkbox', { name: 'Strategist' }).check();
    await expectNoSeriousA11yViolations(owner);
    await rolesDialog.getByRole('button', { name: 'Add to team' }).click();
    await rolesDialog.waitFor({ state: 'hidden' });
    await team
      .getByRole('row')
      .filter({ hasText: 'Sara Strategist' })
      .getByText('Strategist', { exact: true })
      .waitFor();
    await expectNoSeriousA11yViolations(owner);

    // …and assigns the team to the brand in the brand's settings.
    await owner
      .getByRole('navigation', { name: 'Workspace sections' })
      .getByRole('link', { name: 'Brands' })
      .click();
    await owner.getByRole('link', { name: 'Saigon Soda' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Strategy documents' }).waitFor();
    await owner
      .getByRole('navigation', { name: 'Brand sections' })
      .getByRole('link', { name: 'Settings', exact: true })
      .click();
    await owner.getByRole('heading', { level: 1, name: 'Brand settings' }).waitFor();
    await owner.getByRole('combobox', { name: 'Assigned teams' }).click();
    await owner.getByRole('option', { name: 'Soda squad' }).click();
    await owner.keyboard.press('Escape');
    await owner
      .getByRole('region', { name: 'Details' })
      .getByRole('button', { name: 'Save changes' })
      .click();
    await owner.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await expectNoSeriousA11yViolations(owner);
    await screenshot(owner, 'brand-settings-en.png');

    // The same pages, right to left: brand settings in Hebrew, members in Persian.
    await owner.getByRole('combobox', { name: 'Language', exact: true }).selectOption('he');
    await owner.getByRole('heading', { level: 1, name: 'הגדרות המותג' }).waitFor();
    expect(await documentDirection(owner)).toBe('rtl');
    await expectNoSeriousA11yViolations(owner);
    await screenshot(owner, 'brand-settings-he.png');
    await owner.goto(`/w/${workspaceId}/members`);
    await owner.getByRole('combobox', { name: 'שפה', exact: true }).selectOption('fa');
    await owner.getByRole('heading', { level: 1, name: 'اعضا و دعوت‌ها' }).waitFor();
    await owner.getByTestId('invitation-row').first().waitFor();
    expect(await documentDirection(owner)).toBe('rtl');
    await expectNoSeriousA11yViolations(owner);
    await screenshot(owner, 'members-fa.png');

    // The strategist now sees the brand, with their role on it…
    await colleague.reload();
    const colleagueCard = colleague.getByTestId('brand-card').filter({ hasText: 'Saigon Soda' });
    await colleagueCard.waitFor();
    await expectNoSeriousA11yViolations(colleague);
    await colleagueCard.getByRole('link', { name: 'Saigon Soda' }).click();
    await colleague.getByRole('heading', { level: 1, name: 'Strategy documents' }).waitFor();
    expect(await colleague.getByTestId('brand-roles').textContent()).toBe('Strategist');
    await expectNoSeriousA11yViolations(colleague);
    // …whose settings they may read but not change…
    await colleague
      .getByRole('navigation', { name: 'Brand sections' })
      .getByRole('link', { name: 'Settings', exact: true })
      .click();
    await colleague.getByText('Only owners and admins can change these settings.').waitFor();
    expect(await colleague.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(colleague);

    // …and cannot manage members: no link, and the address itself says so.
    await colleague.goto(`/w/${workspaceId}`);
    const sections = colleague.getByRole('navigation', { name: 'Workspace sections' });
    await sections.getByRole('link', { name: 'Teams and roles' }).waitFor();
    expect(await sections.getByRole('link', { name: 'Members' }).count()).toBe(0);
    await colleague.goto(`/w/${workspaceId}/members`);
    await colleague.getByText("You don't have access to member management.").waitFor();
    expect(await colleague.getByRole('button', { name: 'Invite people' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(colleague);
    await screenshot(colleague, 'members-no-access-en.png');

    expect(pageErrors(owner)).toEqual([]);
    expect(pageErrors(colleague)).toEqual([]);
  });
});

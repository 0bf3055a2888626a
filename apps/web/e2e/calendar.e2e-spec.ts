import type { Browser, Page } from 'playwright-core';
import { launchBrowser, pageErrors } from './support/browser';
import {
  calendarPath,
  createBrand,
  createPosts,
  dayCell,
  dayOfPost,
  dragPostTo,
  graphql,
  postEvent,
  publishAtOf,
  waitForPostOn,
} from './support/calendar';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { openAs, openDemoBrand, screenshot } from './support/pages';

/** The calendar's render figure from the page (ms), or null before the first answer. */
async function renderFigure(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const entries = performance.getEntriesByName('calendar:render');
    return entries.length > 0 ? entries[entries.length - 1]!.duration : null;
  });
}

describe('the content calendar in two browsers', () => {
  let browser: Browser;
  let workspaceId: string;
  let brandId: string;
  let owner: Page;
  const suffix = Date.now().toString(36);

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page: owner, workspaceId, brandId } = await openDemoBrand(browser, 'owner@demo.test'));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a post one SMM specialist drags to another day on the other person’s calendar', async () => {
    const [postId] = await createPosts(owner, brandId, [
      { title: `Tea ceremony live ${suffix}`, publishAt: '2027-03-10T10:00' },
    ]);
    const path = calendarPath(workspaceId, brandId, '2027-03-01');
    const taras = await openAs(browser, 'smm@demo.test', path);
    const sara = await openAs(browser, 'strategist@demo.test', path);
    await waitForPostOn(taras, postId!, '2027-03-10');
    await waitForPostOn(sara, postId!, '2027-03-10');
    // Both streams are open before the move (the live stream connects as the page loads).
    await sara.waitForTimeout(1_000);

    await dragPostTo(taras, postId!, '2027-03-12');
    const dropped = Date.now();
    await waitForPostOn(taras, postId!, '2027-03-12');
    const onSecond = await waitForPostOn(sara, postId!, '2027-03-12', 60_000);
    const shownAfter = Date.now() - dropped;

    // The server has the new day at the same time of day, in the brand's zone.
    expect(await publishAtOf(owner, postId!)).toBe('2027-03-12T10:00');
    console.log(
      `calendar live move: shown on the second browser ${shownAfter} ms after the drop ` +
        `(${onSecond} ms after the first browser showed it)`,
    );
    expect(pageErrors(taras)).toEqual([]);
    expect(pageErrors(sara)).toEqual([]);
    await taras.context().close();
    await sara.context().close();
  });

  it('snaps a refused move back and says why', async () => {
    const [postId] = await createPosts(owner, brandId, [
      { title: `Archived meanwhile ${suffix}`, publishAt: '2027-04-15T09:00' },
    ]);
    const taras = await openAs(browser, 'smm@demo.test', '/workspaces');
    // Taras' calendar does not hear about the archiving: he still sees the post and drags it.
    await taras.context().route('**/api/live/**', (route) => route.abort());
    await taras.goto(calendarPath(workspaceId, brandId, '2027-04-01'));
    await waitForPostOn(taras, postId!, '2027-04-15');
    await graphql(
      owner,
      'mutation($input: TransitionPostInput!) { transitionPost(input: $input) { post { id } } }',
      { input: { postId, to: 'ARCHIVED' } },
    );

    await dragPostTo(taras, postId!, '2027-04-16');

    const alert = taras.getByTestId('calendar-notice-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      `“Archived meanwhile ${suffix}” was not moved: the post is archived`,
    );
    await waitForPostOn(taras, postId!, '2027-04-15');
    expect(await publishAtOf(owner, postId!)).toBe('2027-04-15T09:00');
    await taras.context().close();
  });

  it('moves a post by typing a new date in the list view', async () => {
    const [postId] = await createPosts(owner, brandId, [
      { title: `Typed date ${suffix}`, publishAt: '2027-05-06T08:30' },
    ]);
    const taras = await openAs(
      browser,
      'smm@demo.test',
      `/w/${workspaceId}/b/${brandId}/calendar?view=listMonth&date=2027-05-01`,
    );
    const field = taras.getByRole('textbox', {
      name: `Publish time of “Typed date ${suffix}” (Asia/Ho_Chi_Minh)`,
    });
    await field.fill('2027-05-20T18:45');
    await field.press('Enter');
    for (let tries = 0; (await publishAtOf(owner, postId!)) !== '2027-05-20T18:45'; tries++) {
      if (tries > 200) throw new Error('the typed date was not saved');
      await taras.waitForTimeout(100);
    }
    await taras.context().close();
  });

  it('shows where the server put a time the brand’s clock skips (DST gap)', async () => {
    const { brandId: kyivBrand } = await createBrand(owner, workspaceId, {
      name: `Kyiv coffee ${suffix}`,
      timeZone: 'Europe/Kyiv',
    });
    const [postId] = await createPosts(owner, kyivBrand, [
      { title: `Spring forward ${suffix}`, publishAt: '2027-03-27T10:00' },
    ]);
    await owner.goto(`/w/${workspaceId}/b/${kyivBrand}/calendar?view=listMonth&date=2027-03-01`);
    const field = owner.getByRole('textbox', {
      name: `Publish time of “Spring forward ${suffix}” (Europe/Kyiv)`,
    });
    // 03:30 on 28 March 2027 does not exist in Kyiv: the clocks jump from 03:00 to 04:00.
    await field.fill('2027-03-28T03:30');
    await field.press('Enter');
    const notice = owner.getByTestId('calendar-notice-info');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      "2027-03-28 03:30 does not exist in the brand's time zone (the clocks go forward); it is scheduled at 2027-03-28 04:30 (UTC+03:00).",
    );
    expect(await publishAtOf(owner, postId!)).toBe('2027-03-28T04:30');
    for (let tries = 0; (await field.inputValue()) !== '2027-03-28T04:30'; tries++) {
      if (tries > 200) throw new Error(`the list shows ${await field.inputValue()}`);
      await owner.waitForTimeout(50);
    }
  });

  it('plans a post by clicking an empty day and shows it there', async () => {
    const taras = await openAs(
      browser,
      'smm@demo.test',
      calendarPath(workspaceId, brandId, '2027-06-01'),
    );
    // The top corner of the day, beside its number: empty whatever posts the day holds.
    await dayCell(taras, '2027-06-09').click({ position: { x: 8, y: 8 } });
    const dialog = taras.getByRole('dialog', { name: 'New post' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(`Clicked day ${suffix}`);
    expect(await dialog.getByLabel('Publish time').inputValue()).toBe('2027-06-09T09:00');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await dayCell(taras, '2027-06-09').getByText(`Clicked day ${suffix}`).waitFor();
    await taras.context().close();
  });

  it('draws the month in English and, right to left, in Hebrew', async () => {
    // A brand of its own, so the picture shows only these posts however often the test runs.
    const { brandId: shownBrand, categories } = await createBrand(owner, workspaceId, {
      name: `Sen Tea Garden ${suffix}`,
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    const category = (key: string) => categories.find((entry) => entry.key === key)?.id;
    const plan: Array<[string, string, string]> = [
      ['Lotus tea tasting', '2027-07-05T09:00', 'entertainment'],
      ['Behind the leaves: our farmers', '2027-07-07T10:30', 'reputation'],
      ['Quiz: which tea are you?', '2027-07-09T18:00', 'engagement'],
      ['Spring blend launch −15 %', '2027-07-13T08:00', 'promotion'],
      ['How to brew oolong', '2027-07-14T12:00', 'expertise'],
      ['Tea & mindfulness live', '2027-07-21T19:00', 'engagement'],
      ['Customer story: Minh', '2027-07-23T11:00', 'reputation'],
      ['Gift boxes are back', '2027-07-27T09:30', 'promotion'],
    ];
    await createPosts(
      owner,
      shownBrand,
      plan.map(([title, publishAt, key]) => ({ title, publishAt, categoryId: category(key) })),
    );
    await owner.goto(calendarPath(workspaceId, shownBrand, '2027-07-01'));
    await dayCell(owner, '2027-07-05').getByText('Lotus tea tasting').waitFor();
    expect(await owner.locator('.fc').getAttribute('class')).toContain('fc-direction-ltr');
    await screenshot(owner, 'calendar-en.png');
    await expectNoSeriousA11yViolations(owner);
    console.log(`calendar month render (8 posts): ${await renderFigure(owner)} ms`);

    await owner.getByRole('combobox', { name: 'Language' }).selectOption('he');
    await owner.getByRole('heading', { level: 1, name: 'לוח תוכן' }).waitFor();
    await owner.locator('.fc.fc-direction-rtl').waitFor();
    expect(await owner.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // In a right-to-left month the week runs from the right: the first column is rightmost.
    const [first, last] = await owner.evaluate(() => {
      const headers = [...document.querySelectorAll<HTMLElement>('.fc-col-header-cell')];
      const lefts = headers.map((cell) => cell.getBoundingClientRect().left);
      return [lefts[0] ?? 0, lefts[lefts.length - 1] ?? 0];
    });
    expect(first).toBeGreaterThan(last);
    await screenshot(owner, 'calendar-hebrew.png');
    await expectNoSeriousA11yViolations(owner);
    await owner.getByRole('combobox', { name: 'שפה' }).selectOption('en');
    await owner.getByRole('heading', { level: 1, name: 'Content calendar' }).waitFor();
  });

  it('suggests the best hours to post from an imported audience-activity grid, tinted in the week view', async () => {
    const { brandId: timesBrand } = await createBrand(owner, workspaceId, {
      name: `Best times ${suffix}`,
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    const sara = await openAs(
      browser,
      'owner@demo.test',
      `${calendarPath(workspaceId, timesBrand, '2027-03-01')}&view=timeGridWeek`,
    );
    const panel = sara.getByTestId('best-times');
    await panel.getByText('No audience activity imported yet.').waitFor();
    // Instagram's "when your followers are online" grid: Wednesday 19:00 is the peak.
    const hours = Array.from({ length: 24 }, (_, hour) => String(hour));
    const rows = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((day) =>
      [
        day,
        ...hours.map((hour) =>
          day === 'Wed' && hour === '19' ? 900 : day === 'Sat' && hour === '10' ? 600 : 40,
        ),
      ].join(','),
    );
    await panel.locator('input[type="file"]').setInputFiles({
      name: 'instagram-activity.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([['Day', ...hours].join(','), ...rows].join('\r\n')),
    });
    await panel.getByText('Activity imported; the best times are updated.').waitFor();
    const slots = panel.getByTestId('best-times-slots');
    await slots.getByText('Wednesday, 19:00 — 100 % of the peak').waitFor();
    await slots.getByText(/Saturday, 10:00/).waitFor();
    // The same hours tinted in the week view (background events, one per suggested hour).
    await sara.locator('.chorus-best-slot').first().waitFor();
    expect(await sara.locator('.chorus-best-slot').count()).toBeGreaterThanOrEqual(2);
    await panel.getByRole('button', { name: 'Show the heat map' }).click();
    const map = sara.getByTestId('activity-heat-map');
    await map.waitFor();
    expect(await map.getByTitle('Wednesday 19:00: 900').textContent()).toBe('900');
    await screenshot(sara, 'calendar-best-times.png');
    expect(pageErrors(sara)).toEqual([]);
    await sara.context().close();
  });

  it('tells where a move is not on screen: the post stays on its day for a reader', async () => {
    const [postId] = await createPosts(owner, brandId, [
      { title: `Read only ${suffix}`, publishAt: '2027-08-11T11:00' },
    ]);
    const maryam = await openAs(
      browser,
      'moderator@demo.test',
      calendarPath(workspaceId, brandId, '2027-08-01'),
    );
    await waitForPostOn(maryam, postId!, '2027-08-11');
    await dragPostTo(maryam, postId!, '2027-08-13');
    await maryam.waitForTimeout(1_000);
    expect(await dayOfPost(maryam, postId!)).toBe('2027-08-11');
    expect(await postEvent(maryam, postId!).getAttribute('class')).not.toContain(
      'fc-event-draggable',
    );
    expect(await publishAtOf(owner, postId!)).toBe('2027-08-11T11:00');
    await maryam.context().close();
  });
});

import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, openPage, pageErrors } from './support/browser';
import { demoPassword, signIn } from './support/flows';
import { editorText, focusEditorEnd, type PageEditor } from './support/editor';
import { createDocument, expectStatus, openDemoBrand, screenshot } from './support/pages';

function surface(page: Page) {
  return page.locator('.ProseMirror');
}

/** Milliseconds until the editor on `page` holds `text`. */
async function msUntilText(page: Page, text: string, timeout = 60_000): Promise<number> {
  const started = Date.now();
  await page.waitForFunction(
    (expected) => document.querySelector('.ProseMirror')?.textContent?.includes(expected) ?? false,
    text,
    { timeout },
  );
  return Date.now() - started;
}

/** Milliseconds until `page` shows the caret of the person named `name`. */
async function msUntilCaret(page: Page, name: string, timeout = 60_000): Promise<number> {
  const started = Date.now();
  await page
    .locator('.collaboration-carets__caret .collaboration-carets__label', { hasText: name })
    .waitFor({ timeout });
  return Date.now() - started;
}

/**
 * A strategy of ordinary size (the template's 17 sections, each a heading, a hint and some
 * text, with goal cards, a persona, an insight, the brand's role and both typed tables).
 */
function normalStrategyHtml(): { html: string; lastLine: string } {
  const sections = [
    'Goals and tasks',
    'Audience',
    'Personas',
    'Insight',
    'Drivers and barriers',
    'Brand role',
    'Competitors',
    'Positioning',
    'Tone of voice',
    'Platforms',
    'Content pillars',
    'Content plan',
    'Formats',
    'Community management',
    'Promotion',
    'Budget',
    'KPIs and reporting',
  ];
  const body = sections.map((heading, index) => {
    const parts = [
      `<h2>${index + 1}. ${heading}</h2>`,
      `<div data-type="strategyHint" data-text="Describe the ${heading.toLowerCase()} in a few sentences."></div>`,
      `<p>For Lotus Tea House, the ${heading.toLowerCase()} follow from one idea: tea is a pause in a busy city day. We write for office workers in Hanoi and Ho Chi Minh City who want ten quiet minutes.</p>`,
      `<ul><li><p>First point about ${heading.toLowerCase()}</p></li><li><p>Second point, with <strong>emphasis</strong> and a <a href="https://example.com">link</a></p></li></ul>`,
    ];
    if (index === 0) {
      parts.push(
        '<div data-type="smartGoal" data-statement="2,000 tea-club members" data-metric="Members" data-baseline="800" data-target="2000" data-deadline="2099-06-30" data-why="Members come back every week."></div>',
        '<div data-type="smartGoal" data-statement="Grow Instagram" data-metric="Followers" data-target="25000" data-deadline="2099-12-31"></div>',
      );
    }
    if (index === 2) {
      parts.push(
        '<div data-type="persona" data-name="Minh" data-age-range="25–34" data-location="Hanoi" data-occupation="Office worker" data-networks="Instagram, TikTok" data-active-hours="12:00–13:00, 21:00–23:00" data-needs="A calm break"></div>',
      );
    }
    if (index === 3) parts.push('<div data-type="insight">Tea is a pause, not a drink.</div>');
    if (index === 4) {
      parts.push(
        '<table data-type="driversBarriers"><tbody><tr data-type="driverBarrierRow" data-segment="Office workers" data-drivers="Calm" data-barriers="No time"></tr><tr data-type="driverBarrierRow" data-segment="Students" data-drivers="Price" data-barriers="Coffee habit"></tr></tbody></table>',
      );
    }
    if (index === 5) parts.push('<div data-type="brandRole">The quiet corner of the city.</div>');
    if (index === 6) {
      parts.push(
        '<table data-type="competitors"><tbody><tr data-type="competitorRow" data-name="Phuc Long" data-network="Instagram" data-frequency="Daily" data-content-types="Reels" data-works="Promotions" data-fails="Long captions"></tr></tbody></table>',
      );
    }
    return parts.join('');
  });
  const lastLine = 'End of the strategy.';
  return { html: `${body.join('')}<p>${lastLine}</p>`, lastLine };
}

describe('the strategy editor, two people in two browsers', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows each person’s text and caret to the other within a second, reads Hebrew right to left, and lets a moderator only read', async () => {
    const title = `Rich strategy ${Date.now().toString(36)}`;

    // The strategist opens the demo brand and creates a strategy document through the API.
    const {
      page: sara,
      workspaceId,
      brandId,
    } = await openDemoBrand(browser, 'strategist@demo.test');
    const documentPath = await createDocument(sara, workspaceId, brandId, {
      kind: 'STRATEGY',
      title,
    });

    await sara.goto(documentPath);
    await sara.getByRole('heading', { level: 1, name: title }).waitFor();
    await surface(sara).waitFor();
    await expectStatus(sara, 'Saved');
    expect(await surface(sara).getAttribute('contenteditable')).toBe('true');
    await sara.getByRole('toolbar', { name: 'Formatting' }).waitFor();

    // She fills it with a strategy of ordinary size.
    const normal = normalStrategyHtml();
    await sara.evaluate((html) => {
      const element = document.querySelector<Element & { editor?: PageEditor }>('.ProseMirror');
      element?.editor?.commands.setContent(html);
    }, normal.html);
    await expectStatus(sara, 'Saved');
    await sara.getByText('This goal is SMART.').first().waitFor();
    await expectNoSeriousA11yViolations(sara);
    await sara.getByRole('group', { name: 'SMART goal' }).first().scrollIntoViewIfNeeded();
    await screenshot(sara, 'strategy-editor-en.png', { fullPage: false });

    // Performance probe: the lead opens it (no copy on this device yet).
    const linh = await openPage(browser, '/sign-in');
    await signIn(linh, 'lead@demo.test', demoPassword);
    const navigationStarted = Date.now();
    await linh.goto(documentPath, { waitUntil: 'commit' });
    await surface(linh).waitFor({ timeout: 60_000 });
    const editorMs = Date.now() - navigationStarted;
    await surface(linh).filter({ hasText: normal.lastLine }).waitFor({ timeout: 60_000 });
    const openMs = Date.now() - navigationStarted;
    console.log(
      `[perf] strategy editor: navigation to document content shown in ${openMs} ms ` +
        `(editor on screen after ${editorMs} ms; 17 sections, ${normal.html.length} characters of HTML)`,
    );
    await expectStatus(linh, 'Saved');
    expect(await linh.getByRole('group', { name: 'SMART goal' }).count()).toBe(2);

    // Sara puts her caret at the end: Linh sees it, with the name the server knows.
    await focusEditorEnd(sara);
    const saraCaretMs = await msUntilCaret(linh, 'Sara Strategist');
    // What she types reaches Linh (the figures are logged below).
    await sara.keyboard.press('Enter');
    await sara.keyboard.type('Sara writes the summary.');
    const saraTextMs = await msUntilText(linh, 'Sara writes the summary.');

    // And the other way round.
    await focusEditorEnd(linh);
    const linhCaretMs = await msUntilCaret(sara, 'Linh Lead');
    await linh.keyboard.press('Enter');
    await linh.keyboard.type('Linh adds the budget.');
    const linhTextMs = await msUntilText(sara, 'Linh adds the budget.');
    console.log(
      `[perf] strategy editor: caret ${saraCaretMs} / ${linhCaretMs} ms, text ${saraTextMs} / ${linhTextMs} ms (Sara→Linh / Linh→Sara)`,
    );
    await expectStatus(sara, 'Saved');
    await expectStatus(linh, 'Saved');

    // A Hebrew paragraph reads right to left next to an English one.
    const hebrew = 'שלום, זוהי אסטרטגיה';
    const english = 'Hello, this is a strategy.';
    await focusEditorEnd(sara);
    await sara.keyboard.press('Enter');
    await sara.keyboard.type(hebrew);
    await sara.keyboard.press('Enter');
    await sara.keyboard.type(english);
    await msUntilText(linh, english);
    for (const page of [sara, linh]) {
      const layout = await page.evaluate(
        (texts) =>
          texts.map((text) => {
            // Other people's carets are widgets inside the text: not part of it.
            const textOf = (element: Element) => {
              const copy = element.cloneNode(true) as Element;
              copy
                .querySelectorAll('.collaboration-carets__caret')
                .forEach((caret) => caret.remove());
              return copy.textContent;
            };
            const paragraph = Array.from(document.querySelectorAll('.ProseMirror p')).find(
              (p) => textOf(p) === text,
            );
            if (!paragraph) return null;
            const range = document.createRange();
            range.selectNodeContents(paragraph);
            const textBox = range.getBoundingClientRect();
            const box = paragraph.getBoundingClientRect();
            return {
              dir: paragraph.getAttribute('dir'),
              direction: getComputedStyle(paragraph).direction,
              // Which edge of the paragraph the text sits against.
              startsAtRight: Math.abs(box.right - textBox.right) < 2,
              startsAtLeft: Math.abs(textBox.left - box.left) < 2,
            };
          }),
        [hebrew, english],
      );
      expect(layout).toEqual([
        { dir: 'auto', direction: 'rtl', startsAtRight: true, startsAtLeft: false },
        { dir: 'auto', direction: 'ltr', startsAtRight: false, startsAtLeft: true },
      ]);
    }

    // Undo is per person: Sara's undo takes back her own words, not Linh's.
    await sara.waitForTimeout(700);
    await sara.keyboard.type(' Temporary words.');
    await msUntilText(linh, 'Temporary words.');
    await sara.keyboard.press('ControlOrMeta+z');
    await linh.waitForFunction(
      () => !document.querySelector('.ProseMirror')?.textContent?.includes('Temporary words.'),
    );
    expect(await editorText(sara)).toContain('Linh adds the budget.');
    expect(await editorText(sara)).toContain(english);

    // The moderator may only read: the editor is not editable and typing changes nothing.
    const maryam = await openPage(browser, '/sign-in');
    await signIn(maryam, 'moderator@demo.test', demoPassword);
    await maryam.goto(documentPath);
    await surface(maryam).filter({ hasText: english }).waitFor();
    await expectStatus(maryam, 'Read only — your role on this brand: Moderator.');
    expect(await surface(maryam).getAttribute('contenteditable')).toBe('false');
    expect(await maryam.getByRole('toolbar').count()).toBe(0);
    const goalField = maryam.getByLabel('Goal', { exact: true }).first();
    expect(await goalField.isDisabled()).toBe(false);
    expect(await goalField.isEditable()).toBe(false);
    expect(await goalField.getAttribute('aria-readonly')).toBe('true');
    expect(await goalField.getAttribute('data-read-only')).toBe('true');
    const before = await editorText(sara);
    await maryam.getByText(english).click();
    await maryam.keyboard.type('moderator was here');
    await maryam.keyboard.press('Enter');
    await maryam.waitForTimeout(500);
    expect(await editorText(maryam)).not.toContain('moderator was here');
    expect(await editorText(sara)).toBe(before);
    await expectNoSeriousA11yViolations(maryam);

    // Both editors' carets, as the moderator sees them: Sara's at the end, Linh's two lines up.
    await focusEditorEnd(sara);
    await focusEditorEnd(linh);
    await linh.keyboard.press('ArrowUp');
    await linh.keyboard.press('ArrowUp');
    await msUntilCaret(maryam, 'Sara Strategist');
    await msUntilCaret(maryam, 'Linh Lead');
    await surface(maryam).getByText(english).scrollIntoViewIfNeeded();
    await screenshot(maryam, 'strategy-two-carets.png', { fullPage: false });

    // The same document in a Hebrew interface: the cards mirror, the English text stays LTR.
    await maryam.getByRole('combobox', { name: 'Language' }).selectOption('he');
    await expectStatus(maryam, 'קריאה בלבד');
    await maryam.getByRole('group', { name: 'יעד SMART' }).first().scrollIntoViewIfNeeded();
    await expectNoSeriousA11yViolations(maryam);
    await screenshot(maryam, 'strategy-editor-he.png', { fullPage: false });

    for (const page of [sara, linh, maryam]) expect(pageErrors(page)).toEqual([]);
  });
});

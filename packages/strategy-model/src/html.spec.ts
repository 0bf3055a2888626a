import { escapeHtml, strategyToHtml } from './html.js';
import { buildFragment, el, p, t, type ChildSpec } from './testing/build-fragment.js';

const TODAY = '2025-03-10';

function html(children: ChildSpec[], options: Parameters<typeof strategyToHtml>[1] = {}) {
  return strategyToHtml(buildFragment(children), { today: TODAY, ...options });
}

/** The page between <body> and </body>, without the title heading. */
function body(page: string): string {
  const inner = page.split('<body>\n')[1]?.split('\n</body>')[0] ?? '';
  return inner.split('\n').slice(1).join('\n');
}

/** Every opening tag of a block element in the page body. */
function blockTags(page: string): string[] {
  return (
    body(page).match(/<(p|h[1-6]|ul|ol|li|blockquote|pre|table|th|td|div|dl|dt|dd)\b[^>]*>/g) ?? []
  );
}

describe('strategyToHtml', () => {
  it('writes a complete standalone page with language, direction, charset and title', () => {
    const page = html([p('Hello')], { title: 'Spring launch', language: 'vi' });
    expect(page.startsWith('<!doctype html>\n<html lang="vi" dir="ltr">')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<title>Spring launch</title>');
    expect(page).toContain('<h1 dir="auto">Spring launch</h1>');
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
  });

  it.each([
    ['fa', 'rtl'],
    ['he', 'rtl'],
    ['en', 'ltr'],
    ['th', 'ltr'],
  ] as const)('writes %s pages with dir=%s', (language, dir) => {
    expect(html([], { language })).toContain(`<html lang="${language}" dir="${dir}">`);
  });

  it('falls back to English for a language it does not know', () => {
    const page = html([], { language: 'xx' as never });
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(page).toContain('<title>SMM strategy</title>');
  });

  it("uses the language's document title when none is given", () => {
    expect(html([], { language: 'uk' })).toContain('<title>SMM-стратегія</title>');
  });

  it('carries a print stylesheet: A4 page and no breaks inside cards and tables', () => {
    const page = html([]);
    expect(page).toMatch(/@page \{ size: A4; margin: [^}]+\}/);
    expect(page).toMatch(/\.card, table[^{]*\{\s*break-inside: avoid;\s*page-break-inside: avoid;/);
  });

  it('puts dir="auto" on every block element', () => {
    const page = html([
      el('heading', { level: 2 }, 'Goals'),
      p('Text'),
      el('bulletList', {}, el('listItem', {}, p('a'))),
      el('orderedList', { start: 2 }, el('listItem', {}, p('b'))),
      el('taskList', {}, el('taskItem', { checked: true }, p('c'))),
      el('blockquote', {}, p('d')),
      el('codeBlock', {}, 'e'),
      el(
        'table',
        {},
        el('tableRow', {}, el('tableHeader', {}, p('f')), el('tableCell', {}, p('g'))),
      ),
      el('smartGoal', { goalId: 'g', statement: 's', metric: 'm' }),
      el('persona', { name: 'n', ageRange: '30' }),
      el('driversBarriers', {}, el('driverBarrierRow', { segment: 'x' })),
      el('competitors', {}, el('competitorRow', { name: 'y' })),
      el('insight', {}, 'i'),
      el('brandRole', {}, 'r'),
      el('unknownThing', {}, p('u')),
    ]);
    const tags = blockTags(page);
    expect(tags.length).toBeGreaterThan(30);
    for (const tag of tags) expect(tag).toContain('dir="auto"');
  });

  it('writes rich text blocks as their HTML elements', () => {
    const out = body(
      html([
        el('heading', { level: 3 }, 'Title'),
        el('orderedList', { start: 3 }, el('listItem', {}, p('three'))),
        el(
          'taskList',
          {},
          el('taskItem', { checked: true }, p('done')),
          el('taskItem', {}, p('todo')),
        ),
        el('blockquote', {}, p('quote')),
        el('codeBlock', { language: 'ts' }, 'a < b'),
        el('horizontalRule'),
        el('table', {}, el('tableRow', {}, el('tableHeader', { colspan: 2 }, p('H')))),
      ]),
    );
    expect(out).toContain('<h3 dir="auto">Title</h3>');
    expect(out).toContain('<ol dir="auto" start="3">\n<li dir="auto"><p dir="auto">three</p></li>');
    expect(out).toContain(
      '<li class="task done" dir="auto"><span class="box" aria-hidden="true">☑</span>done</li>',
    );
    expect(out).toContain(
      '<li class="task" dir="auto"><span class="box" aria-hidden="true">☐</span>todo</li>',
    );
    expect(out).toContain('<blockquote dir="auto">\n<p dir="auto">quote</p>\n</blockquote>');
    expect(out).toContain('<pre dir="auto"><code class="language-ts">a &lt; b</code></pre>');
    expect(out).toContain('<hr>');
    expect(out).toContain('<th dir="auto" colspan="2"><p dir="auto">H</p></th>');
  });

  it('writes marks as nested inline elements, link outermost', () => {
    expect(
      body(
        html([
          p(
            t('x', { bold: {}, italic: {}, link: { href: 'https://example.com/?a=1&b=2' } }),
            el('hardBreak'),
            t('s', { strike: {} }),
            t('u', { underline: {} }),
            t('c', { code: {} }),
          ),
        ]),
      ),
    ).toBe(
      '<p dir="auto"><a href="https://example.com/?a=1&amp;b=2" rel="noopener noreferrer nofollow"><strong><em>x</em></strong></a><br><s>s</s><u>u</u><code>c</code></p>',
    );
  });

  it('writes a goal card with its fields, the SMART letters and the issues', () => {
    const out = body(
      html([
        el('smartGoal', {
          goalId: 'g1',
          statement: 'Grow',
          metric: 'followers',
          target: 'a lot',
          deadline: '2025-06-30',
        }),
      ]),
    );
    expect(out).toContain('<div class="card goal" dir="auto">');
    expect(out).toContain('<p class="card-title" dir="auto">Goal: Grow</p>');
    expect(out).toContain('<dt dir="auto">Metric</dt><dd dir="auto">followers</dd>');
    expect(out).toContain('<span class="ok" title="Specific">S ✓</span>');
    expect(out).toContain('<span class="issue" title="Measurable">M ✗</span>');
    expect(out).toContain('<li dir="auto">the target is not a number</li>');
    expect(out).not.toContain('Baseline');
  });

  it('writes persona cards, typed tables and labelled blocks in the page language', () => {
    const out = body(
      html(
        [
          el('persona', { name: 'Dana', needs: 'time' }),
          el(
            'driversBarriers',
            {},
            el('driverBarrierRow', { segment: 'Parents', barriers: 'Price' }),
          ),
          el('competitors', {}, el('competitorRow', { name: 'Rival' })),
          el('insight', {}, 'Insight text'),
          el('brandRole', {}, 'Role text'),
        ],
        { language: 'he' },
      ),
    );
    expect(out).toContain('<p class="card-title" dir="auto">פרסונה: Dana</p>');
    expect(out).toContain('<dt dir="auto">צרכים וכאבים</dt><dd dir="auto">time</dd>');
    expect(out).toContain(
      '<thead><tr><th dir="auto">פלח</th><th dir="auto">מניעים</th><th dir="auto">חסמים</th></tr></thead>',
    );
    expect(out).toContain(
      '<tr><td dir="auto">Parents</td><td dir="auto"></td><td dir="auto">Price</td></tr>',
    );
    expect(out).toContain('<th dir="auto">מתחרה</th>');
    expect(out).toContain('<p class="label" dir="auto">תובנה</p>\n<p dir="auto">Insight text</p>');
    expect(out).toContain('<p class="label" dir="auto">תפקיד המותג</p>');
  });

  it('does not export hints', () => {
    expect(body(html([el('strategyHint', { text: 'Secret hint' })]))).toBe('');
  });

  it('turns hostile input into inert text', () => {
    const page = html(
      [
        p('<script>alert(1)</script>'),
        p(t('click', { link: { href: 'javascript:alert(1)' } })),
        p(t('data', { link: { href: 'data:text/html,<script>alert(1)</script>' } })),
        p(t('quote', { link: { href: 'https://x.com/"onmouseover="alert(1)' } })),
        el('smartGoal', { goalId: 'g', statement: '<img src=x onerror=alert(1)>' }),
        el('codeBlock', { language: '"><script>alert(1)</script>' }, '</code></pre><script>'),
        el('script', {}, 'alert(1)'),
        el('insight', {}, el('iframe', { src: 'https://evil' }, '<iframe>')),
      ],
      { title: '</title><script>alert(1)</script>' },
    );
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toMatch(/<iframe/i);
    expect(page).not.toMatch(/javascript:/i);
    expect(page).not.toMatch(/href="data:/i);
    expect(page).not.toMatch(/"onmouseover=/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<p dir="auto">click</p>');
    expect(page).toContain('href="https://x.com/&quot;onmouseover=&quot;alert(1)"');
  });

  it('forbids scripts through a Content-Security-Policy', () => {
    expect(html([])).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});

import { strategyToMarkdown } from './markdown.js';
import { buildFragment, el, p, t, type ChildSpec } from './testing/build-fragment.js';

const TODAY = '2025-03-10';

function md(children: ChildSpec[], options: Parameters<typeof strategyToMarkdown>[1] = {}) {
  return strategyToMarkdown(buildFragment(children), { today: TODAY, ...options });
}

describe('strategyToMarkdown', () => {
  it('writes an empty document as an empty string', () => {
    expect(md([])).toBe('');
  });

  it('writes the title as a level-1 heading and blocks separated by blank lines', () => {
    expect(md([p('one'), p('two')], { title: 'Spring *launch*' })).toBe(
      '# Spring \\*launch\\*\n\none\n\ntwo\n',
    );
  });

  it('writes headings at their level and skips empty paragraphs', () => {
    expect(md([el('heading', { level: 3 }, 'Goals'), p(), p('text')])).toBe('### Goals\n\ntext\n');
  });

  it('keeps a trailing # in a heading from being read as a closing sequence', () => {
    expect(md([el('heading', { level: 2 }, 'Campaign #')])).toBe('## Campaign \\#\n');
  });

  it('writes bold, italic, strike, underline, code and link marks', () => {
    expect(
      md([
        p(
          t('b', { bold: {} }),
          ' ',
          t('i', { italic: {} }),
          ' ',
          t('s', { strike: {} }),
          ' ',
          t('u', { underline: {} }),
          ' ',
          t('c', { code: {} }),
          ' ',
          t('l', { link: { href: 'https://example.com' } }),
        ),
      ]),
    ).toBe('**b** *i* ~~s~~ <ins>u</ins> `c` [l](https://example.com)\n');
  });

  it('opens a mark spanning several runs once and keeps spaces outside delimiters', () => {
    expect(
      md([
        p(
          t('bold ', { bold: {} }),
          t('both', { bold: {}, italic: {} }),
          t(' end', { bold: {} }),
          ' plain',
        ),
      ]),
    ).toBe('**bold *both* end** plain\n');
  });

  it('does not put emphasis on a run of spaces', () => {
    expect(md([p('a', t('  ', { bold: {} }), 'b')])).toBe('a  b\n');
  });

  it('escapes Markdown syntax in plain text', () => {
    expect(md([p('*not bold* _x_ `y` [z](w) <b> a|b ~~s~~ \\ &amp;')])).toBe(
      '\\*not bold\\* \\_x\\_ \\`y\\` \\[z\\](w) \\<b\\> a\\|b \\~\\~s\\~\\~ \\\\ \\&amp;\n',
    );
  });

  it('escapes what would start a block at the beginning of a line', () => {
    expect(
      md([
        p('# not a heading'),
        p('- not a list', el('hardBreak'), '+ nor this', el('hardBreak'), '1. nor this'),
        p('> not a quote'),
        p('---'),
        p('#hashtag stays'),
      ]),
    ).toBe(
      [
        '\\# not a heading',
        '\\- not a list\\\n\\+ nor this\\\n1\\. nor this',
        '\\> not a quote',
        '\\---',
        '#hashtag stays',
      ].join('\n\n') + '\n',
    );
  });

  it('writes hard breaks as a backslash at the end of the line and drops trailing ones', () => {
    expect(md([p('one', el('hardBreak'), 'two', el('hardBreak'))])).toBe('one\\\ntwo\n');
  });

  it('fences code spans that contain backticks', () => {
    expect(md([p(t('a`b', { code: {} }))])).toBe('``a`b``\n');
  });

  it('drops links that are not http, https or mailto but keeps their text', () => {
    expect(
      md([
        p(
          t('x', { link: { href: 'javascript:alert(1)' } }),
          ' ',
          t('mail', { link: { href: 'mailto:a@b.c' } }),
        ),
      ]),
    ).toBe('x [mail](mailto:a@b.c)\n');
  });

  it('encodes characters that would end a link destination', () => {
    expect(md([p(t('l', { link: { href: 'https://x.com/a b(c)' } }))])).toBe(
      '[l](https://x.com/a%20b%28c%29)\n',
    );
  });

  it('writes nested bullet and ordered lists, tight where possible', () => {
    expect(
      md([
        el(
          'bulletList',
          {},
          el(
            'listItem',
            {},
            p('one'),
            el(
              'orderedList',
              { start: 3 },
              el('listItem', {}, p('three')),
              el('listItem', {}, p('four')),
            ),
          ),
          el('listItem', {}, p('two')),
        ),
      ]),
    ).toBe('- one\n  3. three\n  4. four\n- two\n');
  });

  it('indents the second paragraph of a list item under the marker', () => {
    expect(md([el('orderedList', {}, el('listItem', {}, p('a'), p('b')))])).toBe('1. a\n\n   b\n');
  });

  it('writes task lists with their checkboxes', () => {
    expect(
      md([
        el(
          'taskList',
          {},
          el('taskItem', { checked: true }, p('done')),
          el('taskItem', {}, p('todo')),
        ),
      ]),
    ).toBe('- [x] done\n- [ ] todo\n');
  });

  it('writes blockquotes with every line quoted', () => {
    expect(md([el('blockquote', {}, p('one'), p('two'))])).toBe('> one\n>\n> two\n');
  });

  it('writes code blocks with their language and a fence longer than any inside', () => {
    expect(md([el('codeBlock', { language: 'ts' }, 'a\n```\nb')])).toBe(
      '````ts\na\n```\nb\n````\n',
    );
  });

  it('writes a horizontal rule', () => {
    expect(md([p('a'), el('horizontalRule'), p('b')])).toBe('a\n\n---\n\nb\n');
  });

  it('writes tables as GFM tables, escaping pipes and turning breaks into <br>', () => {
    expect(
      md([
        el(
          'table',
          {},
          el('tableRow', {}, el('tableHeader', {}, p('Network')), el('tableHeader', {}, p('Plan'))),
          el(
            'tableRow',
            {},
            el('tableCell', {}, p('a|b')),
            el('tableCell', {}, p('one', el('hardBreak'), 'two'), p(t('x|y', { code: {} }))),
          ),
          el('tableRow', {}, el('tableCell', { colspan: 2 }, p('wide'))),
        ),
      ]),
    ).toBe(
      [
        '| Network | Plan |',
        '| --- | --- |',
        '| a\\|b | one<br>two<br>`x\\|y` |',
        '| wide |  |',
      ].join('\n') + '\n',
    );
  });

  it('does not export hints', () => {
    expect(md([el('strategyHint', { text: 'Write here' }), p('content')])).toBe('content\n');
  });

  it('writes a goal card as a titled list with its SMART issues', () => {
    expect(
      md([
        el('smartGoal', {
          goalId: 'g1',
          statement: 'Grow the *community*',
          metric: 'followers',
          baseline: '',
          target: 'a lot',
          deadline: '2025-01-01',
          why: 'Repeat buyers\ncome from it',
        }),
      ]),
    ).toBe(
      [
        '**Goal:** Grow the \\*community\\*',
        '',
        '- **Metric:** followers',
        '- **Target:** a lot',
        '- **Deadline:** 2025-01-01',
        '- **Why it matters:** Repeat buyers\\',
        '  come from it',
        '- **SMART check:** the target is not a number; the deadline has passed',
      ].join('\n') + '\n',
    );
  });

  it('writes a complete goal without a SMART line', () => {
    const out = md([
      el('smartGoal', {
        goalId: 'g1',
        statement: 'Grow',
        metric: 'followers',
        target: '25 000',
        deadline: '2025-06-30',
      }),
    ]);
    expect(out).toBe(
      '**Goal:** Grow\n\n- **Metric:** followers\n- **Target:** 25 000\n- **Deadline:** 2025-06-30\n',
    );
  });

  it('writes a persona card as a titled list of its filled fields', () => {
    expect(md([el('persona', { name: 'Anna', ageRange: '25-34', networks: 'Instagram' })])).toBe(
      '**Persona:** Anna\n\n- **Age:** 25-34\n- **Social networks:** Instagram\n',
    );
  });

  it('leaves out an empty persona card', () => {
    expect(md([el('persona', {})])).toBe('');
  });

  it('writes drivers and barriers as a GFM table without empty rows', () => {
    expect(
      md([
        el(
          'driversBarriers',
          {},
          el('driverBarrierRow', {
            segment: 'Parents',
            drivers: 'Safety|trust',
            barriers: 'Price\nDelivery',
          }),
          el('driverBarrierRow', {}),
        ),
      ]),
    ).toBe(
      '| Segment | Drivers | Barriers |\n| --- | --- | --- |\n| Parents | Safety\\|trust | Price<br>Delivery |\n',
    );
  });

  it('writes competitors as a GFM table', () => {
    expect(
      md([el('competitors', {}, el('competitorRow', { name: 'Rival', works: 'Reels' }))]),
    ).toBe(
      [
        '| Competitor | Network | Posting frequency | Content types | What works | What does not work |',
        '| --- | --- | --- | --- | --- | --- |',
        '| Rival |  |  |  | Reels |  |',
      ].join('\n') + '\n',
    );
  });

  it('writes insight and brand role as labelled paragraphs', () => {
    expect(
      md([
        el('insight', {}, 'Parents want ', t('time', { bold: {} }), '.'),
        el('brandRole', {}, 'The helpful neighbour.'),
        el('insight', {}),
      ]),
    ).toBe('**Insight:** Parents want **time**.\n\n**Brand role:** The helpful neighbour.\n');
  });

  it('uses the labels of the given language', () => {
    expect(md([el('insight', {}, 'x'), el('persona', { name: 'Олена' })], { language: 'uk' })).toBe(
      '**Інсайт:** x\n\n**Персона:** Олена\n',
    );
  });

  it('writes the content of unknown nodes', () => {
    expect(md([el('callout', {}, p('inside'), 'loose ', el('mention', {}, '@ann'))])).toBe(
      'inside\n\nloose @ann\n',
    );
  });
});

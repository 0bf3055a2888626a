import * as Y from 'yjs';
import { MAX_READ_DEPTH, readStrategy } from './read-strategy.js';
import { MAX_FIELD_LENGTH, STRATEGY_FRAGMENT } from './schema.js';
import { buildFragment, el, p, t } from './testing/build-fragment.js';

describe('readStrategy', () => {
  it('reads text runs with their marks, merging neighbours that carry the same marks', () => {
    const fragment = buildFragment([
      p(
        'plain ',
        t('bold', { bold: {} }),
        t(' still', { bold: {} }),
        ' and ',
        t('go', {
          link: { href: 'https://example.com', target: null },
          italic: {},
        }),
      ),
    ]);
    expect(readStrategy(fragment)).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'plain ', marks: [] },
          { type: 'text', text: 'bold still', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' and ', marks: [] },
          {
            type: 'text',
            text: 'go',
            marks: [{ type: 'link', href: 'https://example.com' }, { type: 'italic' }],
          },
        ],
      },
    ]);
  });

  it('strips the --hash suffix y-prosemirror gives overlapping marks and drops unknown marks', () => {
    const fragment = buildFragment([
      p(t('x', { 'bold--a1b2': {}, highlight: { color: 'red' }, code: null })),
    ]);
    expect(readStrategy(fragment)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'bold' }] }] },
    ]);
  });

  it('reads a hard break between the text nodes of a paragraph', () => {
    const fragment = buildFragment([p('one', el('hardBreak'), t('two', { strike: {} }))]);
    expect(readStrategy(fragment)).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'one', marks: [] },
          { type: 'hardBreak' },
          { type: 'text', text: 'two', marks: [{ type: 'strike' }] },
        ],
      },
    ]);
  });

  it('reads heading levels, defaulting to 1 and clamping to 1..6', () => {
    const fragment = buildFragment([
      el('heading', { level: 2 }, 'a'),
      el('heading', {}, 'b'),
      el('heading', { level: 42 }, 'c'),
      el('heading', { level: 'three' }, 'd'),
      el('heading', { level: '3' }, 'e'),
    ]);
    expect(readStrategy(fragment).map((node) => node.type === 'heading' && node.level)).toEqual([
      2, 1, 6, 1, 3,
    ]);
  });

  it('reads nested bullet and ordered lists', () => {
    const fragment = buildFragment([
      el(
        'orderedList',
        { start: 3 },
        el('listItem', {}, p('three'), el('bulletList', {}, el('listItem', {}, p('inner')))),
      ),
    ]);
    expect(readStrategy(fragment)).toEqual([
      {
        type: 'orderedList',
        start: 3,
        items: [
          {
            content: [
              { type: 'paragraph', content: [{ type: 'text', text: 'three', marks: [] }] },
              {
                type: 'bulletList',
                items: [
                  {
                    content: [
                      { type: 'paragraph', content: [{ type: 'text', text: 'inner', marks: [] }] },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ]);
  });

  it('reads task items as checked only when checked is true', () => {
    const fragment = buildFragment([
      el(
        'taskList',
        {},
        el('taskItem', { checked: true }, p('a')),
        el('taskItem', {}, p('b')),
        el('taskItem', { checked: 'yes' }, p('c')),
      ),
    ]);
    const [list] = readStrategy(fragment);
    expect(list?.type === 'taskList' && list.items.map((item) => item.checked)).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('reads blockquotes, code blocks and horizontal rules', () => {
    const fragment = buildFragment([
      el('blockquote', {}, p('quoted')),
      el('codeBlock', { language: 'ts"><script>' }, 'const a = 1;'),
      el('horizontalRule'),
    ]);
    expect(readStrategy(fragment)).toEqual([
      {
        type: 'blockquote',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'quoted', marks: [] }] }],
      },
      { type: 'codeBlock', language: 'tsscript', text: 'const a = 1;' },
      { type: 'horizontalRule' },
    ]);
  });

  it('reads tables with header cells and spans', () => {
    const fragment = buildFragment([
      el(
        'table',
        {},
        el('tableRow', {}, el('tableHeader', { colspan: 2 }, p('H'))),
        el('tableRow', {}, el('tableCell', {}, p('a')), el('tableCell', { rowspan: -4 }, p('b'))),
      ),
    ]);
    const [table] = readStrategy(fragment);
    expect(
      table?.type === 'table' &&
        table.rows.map((row) => row.map((c) => [c.header, c.colspan, c.rowspan])),
    ).toEqual([
      [[true, 2, 1]],
      [
        [false, 1, 1],
        [false, 1, 1],
      ],
    ]);
  });

  it('reads every typed block with its fields, missing attributes as empty strings', () => {
    const fragment = buildFragment([
      el('strategyHint', { text: 'Write the goals.' }),
      el('smartGoal', { goalId: 'g1', statement: 'Grow', target: '25000' }),
      el('persona', { name: 'Anna', ageRange: '25-34' }),
      el('driversBarriers', {}, el('driverBarrierRow', { segment: 'Parents', drivers: 'Safety' })),
      el('competitors', {}, el('competitorRow', { name: 'Rival', works: 'Reels' })),
      el('insight', {}, 'People want ', t('time', { bold: {} }), '.'),
      el('brandRole', {}, 'The helpful neighbour.'),
    ]);
    const nodes = readStrategy(fragment);
    expect(nodes.map((node) => node.type)).toEqual([
      'hint',
      'smartGoal',
      'persona',
      'driversBarriers',
      'competitors',
      'insight',
      'brandRole',
    ]);
    expect(nodes[0]).toEqual({ type: 'hint', text: 'Write the goals.' });
    expect(nodes[1]).toEqual({
      type: 'smartGoal',
      attrs: {
        goalId: 'g1',
        statement: 'Grow',
        metric: '',
        baseline: '',
        target: '25000',
        deadline: '',
        why: '',
      },
    });
    expect(nodes[2]).toMatchObject({ attrs: { name: 'Anna', ageRange: '25-34', needs: '' } });
    expect(nodes[3]).toEqual({
      type: 'driversBarriers',
      rows: [{ segment: 'Parents', drivers: 'Safety', barriers: '' }],
    });
    expect(nodes[4]).toEqual({
      type: 'competitors',
      rows: [
        {
          name: 'Rival',
          network: '',
          frequency: '',
          contentTypes: '',
          works: 'Reels',
          fails: '',
        },
      ],
    });
    expect(nodes[5]).toEqual({
      type: 'insight',
      content: [
        { type: 'text', text: 'People want ', marks: [] },
        { type: 'text', text: 'time', marks: [{ type: 'bold' }] },
        { type: 'text', text: '.', marks: [] },
      ],
    });
  });

  it('coerces hostile attribute values: non-strings become empty, long strings are cut', () => {
    const long = 'x'.repeat(MAX_FIELD_LENGTH + 500);
    const fragment = buildFragment([
      el('smartGoal', {
        goalId: 7,
        statement: { evil: true },
        metric: ['a'],
        target: long,
        why: true,
      }),
    ]);
    const [goal] = readStrategy(fragment);
    expect(goal?.type === 'smartGoal' && goal.attrs).toEqual({
      goalId: '',
      statement: '',
      metric: '',
      baseline: '',
      target: 'x'.repeat(MAX_FIELD_LENGTH),
      deadline: '',
      why: '',
    });
  });

  it('does not split an emoji when cutting a field at the limit', () => {
    const value = 'x'.repeat(MAX_FIELD_LENGTH - 1) + '😀';
    const [hint] = readStrategy(buildFragment([el('strategyHint', { text: value })]));
    expect(hint?.type === 'hint' && hint.text).toBe('x'.repeat(MAX_FIELD_LENGTH - 1));
  });

  it('keeps unknown nodes, block or inline, with their text readable', () => {
    const fragment = buildFragment([
      el('callout', { tone: 'info' }, p('inside ', el('mention', { id: 'u1' }, '@ann'))),
      el('driversBarriers', {}, el('bogus'), el('driverBarrierRow', { segment: 's' })),
    ]);
    expect(readStrategy(fragment)).toEqual([
      {
        type: 'unknown',
        name: 'callout',
        children: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'inside ', marks: [] },
              {
                type: 'unknown',
                name: 'mention',
                children: [{ type: 'text', text: '@ann', marks: [] }],
              },
            ],
          },
        ],
      },
      { type: 'driversBarriers', rows: [{ segment: 's', drivers: '', barriers: '' }] },
    ]);
  });

  it('wraps stray children of lists and tables instead of losing them', () => {
    const fragment = buildFragment([
      el('bulletList', {}, p('not in an item')),
      el('table', {}, el('tableRow', {}, p('not in a cell'))),
    ]);
    const [list, table] = readStrategy(fragment);
    expect(list).toEqual({
      type: 'bulletList',
      items: [
        {
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'not in an item', marks: [] }] },
          ],
        },
      ],
    });
    expect(table?.type === 'table' && table.rows[0]?.[0]?.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'not in a cell', marks: [] }] },
    ]);
  });

  it('stops descending past MAX_READ_DEPTH instead of exhausting the stack', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment(STRATEGY_FRAGMENT);
    let inner = new Y.XmlElement('paragraph');
    inner.insert(0, [new Y.XmlText('deep')]);
    for (let i = 0; i < MAX_READ_DEPTH + 10; i++) {
      const quote = new Y.XmlElement('blockquote');
      quote.insert(0, [inner]);
      inner = quote;
    }
    fragment.insert(0, [inner]);
    let node = readStrategy(fragment)[0];
    let depth = 0;
    while (node?.type === 'blockquote') {
      node = node.content[0];
      depth++;
    }
    expect(depth).toBe(MAX_READ_DEPTH);
    expect(node).toEqual({ type: 'unknown', name: 'blockquote', children: [] });
  });

  it('reads an empty fragment as no blocks', () => {
    expect(readStrategy(buildFragment([]))).toEqual([]);
  });
});

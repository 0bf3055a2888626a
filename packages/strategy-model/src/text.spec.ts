import { strategyToPlainText } from './text.js';
import { buildFragment, el, p, t } from './testing/build-fragment.js';

describe('strategyToPlainText', () => {
  it('writes blocks as plain text separated by blank lines, without hints', () => {
    const fragment = buildFragment([
      el('heading', { level: 2 }, 'Goals'),
      el('strategyHint', { text: 'hint' }),
      p('Some ', t('bold', { bold: {} }), el('hardBreak'), 'text'),
      el(
        'bulletList',
        {},
        el('listItem', {}, p('a'), el('orderedList', {}, el('listItem', {}, p('b')))),
      ),
      el('taskList', {}, el('taskItem', { checked: true }, p('done'))),
    ]);
    expect(strategyToPlainText(fragment)).toBe(
      'Goals\n\nSome bold\ntext\n\n• a\n  1. b\n\n☑ done\n',
    );
  });

  it('writes typed blocks as labelled lines of their filled fields', () => {
    const fragment = buildFragment([
      el('smartGoal', { goalId: 'g', statement: 'Grow', target: '25 000' }),
      el('persona', { name: 'Anna', ageRange: '30' }),
      el('driversBarriers', {}, el('driverBarrierRow', { segment: 'Parents', drivers: 'Safety' })),
      el('insight', {}, 'People want time.'),
    ]);
    expect(strategyToPlainText(fragment)).toBe(
      [
        'Goal: Grow\nTarget: 25 000',
        'Persona\nName: Anna\nAge: 30',
        'Segment | Drivers | Barriers\nParents | Safety | ',
        'Insight: People want time.',
      ].join('\n\n') + '\n',
    );
  });

  it('writes the text of tables and unknown nodes', () => {
    const fragment = buildFragment([
      el('table', {}, el('tableRow', {}, el('tableCell', {}, p('a')), el('tableCell', {}, p('b')))),
      el('callout', {}, p('inside'), 'loose'),
    ]);
    expect(strategyToPlainText(fragment)).toBe('a | b\n\ninside\n\nloose\n');
  });

  it('writes an empty document as an empty string', () => {
    expect(strategyToPlainText(buildFragment([]))).toBe('');
  });
});

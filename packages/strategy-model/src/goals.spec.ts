import { extractGoals } from './goals.js';
import { buildFragment, el, p } from './testing/build-fragment.js';

describe('extractGoals', () => {
  it('lists goal cards in document order with their parsed target', () => {
    const fragment = buildFragment([
      el('heading', { level: 2 }, 'Goals'),
      el('smartGoal', {
        goalId: 'g1',
        statement: ' Grow the community ',
        metric: 'followers',
        baseline: '12 000',
        target: '25 000',
        deadline: '2025-06-30',
        why: 'Repeat buyers',
      }),
      p('between'),
      el('smartGoal', { goalId: 'g2', statement: 'Sell', target: 'a lot', deadline: 'June' }),
    ]);
    expect(extractGoals(fragment)).toEqual([
      {
        id: 'g1',
        statement: 'Grow the community',
        metric: 'followers',
        baseline: '12 000',
        target: '25 000',
        targetValue: 25000,
        deadline: '2025-06-30',
        why: 'Repeat buyers',
      },
      {
        id: 'g2',
        statement: 'Sell',
        metric: '',
        baseline: '',
        target: 'a lot',
        targetValue: null,
        deadline: '',
        why: '',
      },
    ]);
  });

  it('skips a card without goalId and a second card repeating a goalId', () => {
    const fragment = buildFragment([
      el('smartGoal', { statement: 'no id' }),
      el('smartGoal', { goalId: '  ', statement: 'blank id' }),
      el('smartGoal', { goalId: 'g1', statement: 'first' }),
      el('smartGoal', { goalId: 'g1', statement: 'pasted copy' }),
    ]);
    expect(extractGoals(fragment).map((goal) => [goal.id, goal.statement])).toEqual([
      ['g1', 'first'],
    ]);
  });

  it('finds goal cards nested in other blocks', () => {
    const fragment = buildFragment([
      el('blockquote', {}, el('smartGoal', { goalId: 'g1' })),
      el('mystery', {}, el('smartGoal', { goalId: 'g2' })),
    ]);
    expect(extractGoals(fragment).map((goal) => goal.id)).toEqual(['g1', 'g2']);
  });

  it('finds no goals in an empty document', () => {
    expect(extractGoals(buildFragment([]))).toEqual([]);
  });
});

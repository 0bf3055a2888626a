import { addRow, initPlan, setCell } from '@chorus/media-plan-model';
import * as Y from 'yjs';
import { mediaPlanComparableText } from './versions';

describe('a media plan as comparable text', () => {
  it('gives one line per row with its non-empty cells, then the totals, in every language alike', () => {
    const doc = new Y.Doc();
    initPlan(doc, {
      flightStart: '2027-01-04',
      flightEnd: '2027-01-17',
      granularity: 'week',
      currency: 'EUR',
    });
    const ads = addRow(doc, 'PAID', {
      channel: 'Instagram',
      activity: 'Targeted ads',
      pricing: 'CPM',
    });
    addRow(doc, 'EARNED', { channel: 'PR', activity: 'Press day', goalId: 'goal-7' });
    setCell(doc, ads, '2027-W02', { budget: 123456, quantity: 5000, note: 'launch  week' });

    expect(mediaPlanComparableText(doc)).toBe(
      [
        'Flight 2027-01-04 – 2027-01-17, by week, EUR',
        '',
        'PAID',
        'PAID · "Instagram" · "Targeted ads" · CPM · 2027-W02: budget 1234.56, quantity 5000, note "launch week"',
        '',
        'OWNED',
        '',
        'EARNED',
        'EARNED · "PR" · "Press day" · goal goal-7 · FLAT',
        '',
        'Totals',
        'PAID: 1234.56 EUR, quantity 5000',
        'OWNED: 0.00 EUR, quantity 0',
        'EARNED: 0.00 EUR, quantity 0',
        'Overall: 1234.56 EUR, quantity 5000',
      ].join('\n'),
    );
  });

  it('changes one row line (and the totals) when one cell changes', () => {
    const doc = new Y.Doc();
    initPlan(doc, {
      flightStart: '2027-01-04',
      flightEnd: '2027-01-31',
      granularity: 'week',
      currency: 'USD',
    });
    const a = addRow(doc, 'PAID', { channel: 'A' });
    addRow(doc, 'PAID', { channel: 'B' });
    const before = mediaPlanComparableText(doc).split('\n');
    setCell(doc, a, '2027-W03', { budget: 500 });
    const after = mediaPlanComparableText(doc).split('\n');
    const changed = after.filter((line, i) => line !== before[i]);
    expect(changed).toEqual([
      'PAID · "A" · "" · FLAT · 2027-W03: budget 5.00',
      'PAID: 5.00 USD, quantity 0',
      'Overall: 5.00 USD, quantity 0',
    ]);
  });
});

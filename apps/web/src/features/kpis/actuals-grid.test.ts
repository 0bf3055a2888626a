import { cellKey, cellProblem, changedCells, typedActuals } from './actuals-grid';

describe('the actuals grid', () => {
  it('reads stored actuals as typed values (money in major units), account level only', () => {
    const cells = typedActuals(
      [
        { network: 'instagram', metric: 'spend', periodKey: '2026-11', postRef: '', value: 12345 },
        { network: 'instagram', metric: 'likes', periodKey: '2026-11', postRef: 'p1', value: 9 },
      ],
      'EUR',
    );
    expect([...cells]).toEqual([[cellKey('instagram', 'spend', '2026-11'), 123.45]]);
  });

  it('refuses negative numbers, fractions of a count, shares over 100 and cents of a currency without them', () => {
    expect(cellProblem('reach', Number.NaN, 'EUR')).toBe('notANumber');
    expect(cellProblem('reach', -1, 'EUR')).toBe('negative');
    expect(cellProblem('followers', 10.5, 'EUR')).toBe('notInteger');
    expect(cellProblem('active_share', 101, 'EUR')).toBe('over100');
    expect(cellProblem('spend', 1.005, 'EUR')).toBe('tooManyDecimals');
    expect(cellProblem('spend', 10.5, 'JPY')).toBe('tooManyDecimals');
    expect(cellProblem('spend', 10.25, 'EUR')).toBeNull();
    expect(cellProblem('reach', '', 'EUR')).toBeNull();
  });

  it('sends only changed cells, an emptied one as a clear', () => {
    const key = (metric: string) => cellKey('instagram', metric, '2026-12');
    const stored = new Map([
      [key('reach'), 100],
      [key('spend'), 12.5],
    ]);
    const edited = new Map<string, number | ''>([
      [key('reach'), 100],
      [key('spend'), ''],
      [key('likes'), 7],
      [key('saves'), ''],
    ]);
    expect(changedCells(stored, edited, 'EUR')).toEqual([
      { network: 'instagram', metric: 'spend', periodKey: '2026-12', value: null },
      { network: 'instagram', metric: 'likes', periodKey: '2026-12', value: 7 },
    ]);
  });
});

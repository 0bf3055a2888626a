import { cellProblem } from './actuals-grid';

describe('the actuals grid', () => {
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
});

import type { SmartGoalAttrs } from './schema.js';
import {
  checkSmart,
  isIsoDate,
  SMART_CRITERIA,
  SMART_ISSUES,
  SMART_LETTERS,
  smartChecklist,
} from './smart.js';

const TODAY = '2025-03-10';

function buildGoal(overrides: Partial<SmartGoalAttrs> = {}): SmartGoalAttrs {
  return {
    goalId: 'g1',
    statement: 'Grow the Instagram community of young parents',
    metric: 'followers',
    baseline: '12 000',
    target: '25 000',
    deadline: '2025-06-30',
    why: 'Parents are where repeat purchases come from',
    ...overrides,
  };
}

describe('checkSmart', () => {
  it('finds nothing wrong with a complete goal', () => {
    expect(checkSmart(buildGoal(), TODAY)).toEqual([]);
  });

  it('accepts a goal without baseline and why-it-matters, both being optional', () => {
    expect(checkSmart(buildGoal({ baseline: '', why: '' }), TODAY)).toEqual([]);
  });

  it('reports every missing required field of an empty card', () => {
    expect(checkSmart({ goalId: 'g1' }, TODAY)).toEqual([
      'statement_missing',
      'metric_missing',
      'target_missing',
      'deadline_missing',
    ]);
  });

  it('treats whitespace-only fields as missing', () => {
    expect(checkSmart(buildGoal({ statement: '  ', metric: '\n' }), TODAY)).toEqual([
      'statement_missing',
      'metric_missing',
    ]);
  });

  it('reports a target and a baseline that are not numbers', () => {
    expect(checkSmart(buildGoal({ target: 'a lot', baseline: 'some' }), TODAY)).toEqual([
      'baseline_not_number',
      'target_not_number',
    ]);
  });

  it('reports a deadline that is not a yyyy-mm-dd date', () => {
    for (const deadline of ['30.06.2025', '2025-02-30', 'next summer', '2025-6-1']) {
      expect(checkSmart(buildGoal({ deadline }), TODAY)).toEqual(['deadline_invalid']);
    }
  });

  it('reports a deadline before today but not one that is today', () => {
    expect(checkSmart(buildGoal({ deadline: '2025-03-09' }), TODAY)).toEqual(['deadline_past']);
    expect(checkSmart(buildGoal({ deadline: TODAY }), TODAY)).toEqual([]);
  });

  it('does not judge the past when today itself is not a date', () => {
    expect(checkSmart(buildGoal({ deadline: '2000-01-01' }), 'today')).toEqual([]);
  });

  it('survives non-string fields from a hostile client', () => {
    const hostile = { statement: 5, metric: null, target: {} } as unknown as SmartGoalAttrs;
    expect(checkSmart(hostile, TODAY)).toEqual([
      'statement_missing',
      'metric_missing',
      'target_missing',
      'deadline_missing',
    ]);
  });
});

describe('SMART_CRITERIA', () => {
  it('assigns every issue to at least one letter and names only known issues', () => {
    const assigned = SMART_LETTERS.flatMap((letter) => SMART_CRITERIA[letter]);
    for (const issue of SMART_ISSUES) expect(assigned).toContain(issue);
    for (const issue of assigned) expect(SMART_ISSUES).toContain(issue);
  });

  it('turns issues into a checklist per letter', () => {
    expect(smartChecklist(['deadline_past'])).toEqual({
      S: true,
      M: true,
      A: true,
      R: true,
      T: false,
    });
    expect(smartChecklist(['target_not_number'])).toEqual({
      S: true,
      M: false,
      A: false,
      R: true,
      T: true,
    });
    expect(smartChecklist([])).toEqual({ S: true, M: true, A: true, R: true, T: true });
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-01-01T00:00')).toBe(false);
  });
});

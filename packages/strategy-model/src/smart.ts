import { parseTarget } from './parse-target.js';
import type { SmartGoalAttrs } from './schema.js';

/** What keeps a goal card from being SMART. */
export type SmartIssue =
  | 'statement_missing'
  | 'metric_missing'
  | 'target_missing'
  | 'target_not_number'
  | 'deadline_missing'
  | 'deadline_invalid'
  | 'deadline_past'
  | 'baseline_not_number';

/** Every issue, in the order `checkSmart` reports them. */
export const SMART_ISSUES = [
  'statement_missing',
  'metric_missing',
  'baseline_not_number',
  'target_missing',
  'target_not_number',
  'deadline_missing',
  'deadline_invalid',
  'deadline_past',
] as const satisfies readonly SmartIssue[];

/** The letters of SMART: specific, measurable, achievable, relevant, time-bound. */
export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

export const SMART_LETTERS = ['S', 'M', 'A', 'R', 'T'] as const satisfies readonly SmartLetter[];

/**
 * Which issues break which letter, for a checklist "S ✓ M ✗ A ✓ R ✓ T ✗". Achievable is
 * judged by people from the target against the baseline, so it needs both to be numbers;
 * relevant needs at least a statement to be judged (why-it-matters is optional).
 */
export const SMART_CRITERIA: Readonly<Record<SmartLetter, readonly SmartIssue[]>> = {
  S: ['statement_missing'],
  M: ['metric_missing', 'target_missing', 'target_not_number'],
  A: ['target_missing', 'target_not_number', 'baseline_not_number'],
  R: ['statement_missing'],
  T: ['deadline_missing', 'deadline_invalid', 'deadline_past'],
};

/** True when `text` is a real calendar date written yyyy-mm-dd. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function field(goal: Partial<SmartGoalAttrs>, name: keyof SmartGoalAttrs): string {
  const value: unknown = goal[name];
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The SMART issues of a goal card, given today's date (yyyy-mm-dd, in the workspace's
 * time zone; the caller decides which). A deadline of today is not past. Baseline and
 * why-it-matters are optional; a baseline that is written must be a number.
 */
export function checkSmart(goal: Partial<SmartGoalAttrs>, today: string): SmartIssue[] {
  const issues: SmartIssue[] = [];
  if (field(goal, 'statement') === '') issues.push('statement_missing');
  if (field(goal, 'metric') === '') issues.push('metric_missing');
  const baseline = field(goal, 'baseline');
  if (baseline !== '' && parseTarget(baseline) === null) issues.push('baseline_not_number');
  const target = field(goal, 'target');
  if (target === '') issues.push('target_missing');
  else if (parseTarget(target) === null) issues.push('target_not_number');
  const deadline = field(goal, 'deadline');
  if (deadline === '') issues.push('deadline_missing');
  else if (!isIsoDate(deadline)) issues.push('deadline_invalid');
  else if (isIsoDate(today) && deadline < today) issues.push('deadline_past');
  return issues;
}

/** Which SMART letters hold (true) given the issues `checkSmart` found. */
export function smartChecklist(issues: readonly SmartIssue[]): Record<SmartLetter, boolean> {
  const holds = (letter: SmartLetter) =>
    !SMART_CRITERIA[letter].some((issue) => issues.includes(issue));
  return { S: holds('S'), M: holds('M'), A: holds('A'), R: holds('R'), T: holds('T') };
}

// The KPI form's draft and its checks before anything is sent, and the targets typed by
// hand. No React, no Apollo: shared by components and tests.
import {
  isKpiMetric,
  isPeriodKind,
  METRICS,
  periodsBetween,
  validateTargets,
  type TargetError,
} from '@chorus/kpi-model';
import { isNetworkId } from '@chorus/post-model';
import { toStored, toTyped, typedNumber } from './kpi-format';

export interface KpiDraft {
  name: string;
  metric: string;
  network: string | null;
  /** As typed (money in major units); '' for none, a string while being typed. */
  baseline: number | string;
  target: number | string;
  startDate: string;
  deadline: string;
  periodKind: string;
  direction: string;
}

export type KpiDraftErrors = Partial<Record<keyof KpiDraft, string>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function emptyDraft(today: string): KpiDraft {
  return {
    name: '',
    metric: 'engagement_rate',
    network: null,
    baseline: '',
    target: '',
    startDate: today,
    deadline: '',
    periodKind: 'month',
    direction: 'higher',
  };
}

/** A KPI as the form edits it (money in major units). */
export function draftOf(
  kpi: {
    name: string;
    metric: string;
    network: string | null;
    baseline: number | null;
    target: number | null;
    startDate: string;
    deadline: string | null;
    periodKind: string;
    direction: string;
    unit: string;
  },
  currency: string,
): KpiDraft {
  return {
    name: kpi.name,
    metric: kpi.metric,
    network: kpi.network,
    baseline: kpi.baseline === null ? '' : toTyped(kpi.baseline, kpi.unit, currency),
    target: kpi.target === null ? '' : toTyped(kpi.target, kpi.unit, currency),
    startDate: kpi.startDate,
    deadline: kpi.deadline ?? '',
    periodKind: kpi.periodKind,
    direction: kpi.direction,
  };
}

/** Translation keys (under `kpis.form.errors`) of what keeps the draft from being sent. */
export function draftErrors(draft: KpiDraft): KpiDraftErrors {
  const errors: KpiDraftErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'nameRequired';
  else if (name.length > 300) errors.name = 'nameTooLong';
  if (!isKpiMetric(draft.metric)) errors.metric = 'metricRequired';
  if (draft.network !== null && !isNetworkId(draft.network)) errors.network = 'networkUnknown';
  const capped = isKpiMetric(draft.metric) && METRICS[draft.metric].capped100;
  for (const field of ['baseline', 'target'] as const) {
    const value = typedNumber(draft[field]);
    if (value === '') continue;
    if (!Number.isFinite(value) || value < 0) errors[field] = 'notNegative';
    else if (capped && value > 100) errors[field] = 'over100';
  }
  if (!ISO_DATE.test(draft.startDate)) errors.startDate = 'dateInvalid';
  if (draft.deadline !== '') {
    if (!ISO_DATE.test(draft.deadline)) errors.deadline = 'dateInvalid';
    else if (draft.deadline < draft.startDate) errors.deadline = 'deadlineBeforeStart';
  }
  if (!isPeriodKind(draft.periodKind)) errors.periodKind = 'periodKindInvalid';
  return errors;
}

/** The draft as the server's KpiInput (money in minor units). */
export function draftInput(draft: KpiDraft, currency: string) {
  const unit = isKpiMetric(draft.metric) ? METRICS[draft.metric].unit : 'count';
  const number = (typed: number | string) => {
    const value = typedNumber(typed);
    return value === '' ? null : toStored(value, unit, currency);
  };
  return {
    name: draft.name.trim(),
    metric: draft.metric,
    network: draft.network,
    baseline: number(draft.baseline),
    target: number(draft.target),
    startDate: draft.startDate,
    deadline: draft.deadline === '' ? null : draft.deadline,
    periodKind: draft.periodKind,
    direction: draft.direction,
  };
}

/** The periods a KPI's targets are typed for (start to deadline); none without a deadline. */
export function targetPeriods(kpi: {
  startDate: string;
  deadline: string | null;
  periodKind: string;
}): string[] {
  if (!kpi.deadline || !isPeriodKind(kpi.periodKind)) return [];
  return periodsBetween(kpi.startDate, kpi.deadline, kpi.periodKind).map((p) => p.key);
}

/** Typed targets checked as the server checks them; errors by period key. */
export function manualTargetErrors(
  typedValues: Readonly<Record<string, number | string>>,
  kpi: { startDate: string; deadline: string | null; periodKind: string; metric: string },
): Record<string, TargetError | 'missing'> {
  const errors: Record<string, TargetError | 'missing'> = {};
  const entries = Object.entries(typedValues).map(
    ([key, value]) => [key, typedNumber(value)] as [string, number | ''],
  );
  for (const [key, value] of entries) if (value === '') errors[key] = 'missing';
  if (!kpi.deadline || !isPeriodKind(kpi.periodKind)) return errors;
  const targets = entries
    .filter((entry): entry is [string, number] => entry[1] !== '')
    .map(([periodKey, value]) => ({ periodKey, value }));
  const capped = isKpiMetric(kpi.metric) && METRICS[kpi.metric].capped100;
  for (const problem of validateTargets(targets, {
    kind: kpi.periodKind,
    start: kpi.startDate,
    deadline: kpi.deadline,
    capped100: capped,
  })) {
    errors[problem.periodKey] = problem.error;
  }
  return errors;
}

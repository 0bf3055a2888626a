// Derived measures: computed from actuals on every read, never stored. Each returns a
// number or a typed reason it cannot be computed (never Infinity or NaN), with its
// formula for a hover. Money inputs and outputs are integer minor units.
import { ENGAGEMENT_PARTS, type MeasureId, type MetricId } from './metrics.js';

/** Why a measure has no value ("—" with this reason in a UI). */
export type NotComputableReason =
  /** An input was never entered or imported for the period. */
  | 'missing_data'
  /** Community size is 0: a rate per member would divide by zero. */
  | 'no_members'
  | 'no_reach'
  | 'no_impressions'
  | 'no_clicks'
  | 'no_conversions'
  /** Spend is 0 or unknown in actuals and in the media plan. */
  | 'no_spend'
  /** Growth needs the previous period's community size. */
  | 'no_previous';

export type MeasureResult =
  | {
      readonly ok: true;
      readonly value: number;
      readonly formula: string;
      /** ROI only: spend came from the media plan, not from actuals. */
      readonly planned: boolean;
    }
  | { readonly ok: false; readonly reason: NotComputableReason; readonly formula: string };

/** The formula of every measure, in words, for the hover on a value. */
export const FORMULAS: Readonly<Record<MeasureId | 'engagements', string>> = {
  engagements: 'engagements = likes + comments + shares + saves',
  engagement_rate: 'engagement rate = engagements ÷ community members (followers) × 100',
  engagement_rate_reach: 'engagement rate by reach = engagements ÷ reach × 100',
  growth:
    'growth = (followers − followers of the previous period) ÷ followers of the previous period × 100',
  ctr: 'CTR = clicks ÷ impressions × 100',
  cpc: 'CPC = spend ÷ clicks',
  cpa: 'CPA = spend ÷ conversions',
  cpm: 'CPM = spend ÷ impressions × 1000',
  roi: 'ROI = (revenue − spend) ÷ spend; spend from actuals, else planned spend from the media plan',
};

/** Actual values of one period (network or whole brand); null or absent: not entered. */
export type MetricValues = Partial<Record<MetricId, number | null>>;

type Input = number | null | undefined;

function ok(id: MeasureId, value: number, planned = false): MeasureResult {
  return Number.isFinite(value)
    ? { ok: true, value, formula: FORMULAS[id], planned }
    : { ok: false, reason: 'missing_data', formula: FORMULAS[id] };
}

function no(id: MeasureId, reason: NotComputableReason): MeasureResult {
  return { ok: false, reason, formula: FORMULAS[id] };
}

function known(value: Input): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Engagements of a period: the sum of the parts a network reported (likes, comments,
 * shares, saves), or the engagements it reported as one number when it gave no parts;
 * null when neither was entered.
 */
export function engagementsOf(values: MetricValues): number | null {
  let sum = 0;
  let any = false;
  for (const part of ENGAGEMENT_PARTS) {
    const value = values[part];
    if (known(value)) {
      sum += value;
      any = true;
    }
  }
  if (any) return sum;
  return known(values.engagements) ? values.engagements : null;
}

function rate(id: MeasureId, part: Input, whole: Input, zero: NotComputableReason, scale = 100) {
  if (!known(part) || !known(whole)) return no(id, 'missing_data');
  if (whole === 0) return no(id, zero);
  return ok(id, (part / whole) * scale);
}

/** Engagements ÷ community members × 100 (the articles' definition). */
export function engagementRate(values: MetricValues): MeasureResult {
  return rate('engagement_rate', engagementsOf(values), values.followers, 'no_members');
}

/** Engagements ÷ reach × 100 (labelled "by reach"). */
export function engagementRateByReach(values: MetricValues): MeasureResult {
  return rate('engagement_rate_reach', engagementsOf(values), values.reach, 'no_reach');
}

/** Community growth against the previous period, in percent. */
export function growth(previousFollowers: Input, followers: Input): MeasureResult {
  if (!known(followers)) return no('growth', 'missing_data');
  if (!known(previousFollowers)) return no('growth', 'no_previous');
  if (previousFollowers === 0) return no('growth', 'no_members');
  return ok('growth', ((followers - previousFollowers) / previousFollowers) * 100);
}

/** Clicks ÷ impressions × 100. */
export function ctr(values: MetricValues): MeasureResult {
  return rate('ctr', values.clicks, values.impressions, 'no_impressions');
}

function cost(id: MeasureId, spend: Input, per: Input, zero: NotComputableReason, scale = 1) {
  if (!known(spend) || !known(per)) return no(id, 'missing_data');
  if (per === 0) return no(id, zero);
  return ok(id, Math.round((spend / per) * scale));
}

/** Spend ÷ clicks, in minor units (rounded). */
export function cpc(values: MetricValues): MeasureResult {
  return cost('cpc', values.spend, values.clicks, 'no_clicks');
}

/** Spend ÷ conversions, in minor units (rounded). */
export function cpa(values: MetricValues): MeasureResult {
  return cost('cpa', values.spend, values.conversions, 'no_conversions');
}

/** Spend ÷ impressions × 1000, in minor units (rounded). */
export function cpm(values: MetricValues): MeasureResult {
  return cost('cpm', values.spend, values.impressions, 'no_impressions', 1000);
}

/**
 * (Revenue − spend) ÷ spend, as a ratio (0.5 = 50 % return). Spend is the actual spend
 * when one was entered (even 0: then `no_spend`), else the media plan's planned spend for
 * the same period and channel, and the result says `planned: true`.
 */
export function roi(values: MetricValues, plannedSpend?: Input): MeasureResult {
  if (!known(values.revenue)) return no('roi', 'missing_data');
  const actual = known(values.spend);
  const spend = actual ? (values.spend as number) : plannedSpend;
  if (!known(spend) || spend === 0) return no('roi', 'no_spend');
  return ok('roi', (values.revenue - spend) / spend, !actual);
}

/** Every measure of one period's values (growth needs the previous period's followers). */
export function measuresOf(
  values: MetricValues,
  context: { previousFollowers?: Input; plannedSpend?: Input } = {},
): Record<MeasureId, MeasureResult> {
  return {
    engagement_rate: engagementRate(values),
    engagement_rate_reach: engagementRateByReach(values),
    growth: growth(context.previousFollowers, values.followers),
    ctr: ctr(values),
    cpc: cpc(values),
    cpa: cpa(values),
    cpm: cpm(values),
    roi: roi(values, context.plannedSpend),
  };
}

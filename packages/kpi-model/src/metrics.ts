// The metrics Chorus stores as actuals, the measures it derives from them (never stored),
// their units and which way is better.

/** What an amount is counted in. Money is always integer minor units of one currency. */
export type UnitKind = 'count' | 'percent' | 'money' | 'ratio';

/** A unit with its currency when it is money (ISO 4217, e.g. `EUR`). */
export type Unit =
  | { readonly kind: 'count' }
  | { readonly kind: 'percent' }
  | { readonly kind: 'ratio' }
  | { readonly kind: 'money'; readonly currency: string };

/** Whether a larger number is the better one. */
export type Direction = 'higher' | 'lower';

/**
 * How a metric adds up over time: `flow` metrics (reach, clicks, spend) are summed over the
 * days of a month; `stock` metrics (followers, the shares of the community) are read at the
 * end of it, the latest value wins.
 */
export type Aggregation = 'flow' | 'stock';

/** Metrics stored as actuals, per brand × network × metric × period (optionally per post). */
export const METRIC_IDS = [
  'followers',
  'new_followers',
  'unfollows',
  'reach',
  'impressions',
  'video_views',
  'profile_visits',
  'likes',
  'comments',
  'shares',
  'saves',
  'engagements',
  'clicks',
  'utm_sessions',
  'conversions',
  'spend',
  'revenue',
  'active_share',
  'medium_share',
  'inactive_share',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** Measures computed from actuals on every read, never stored. */
export const MEASURE_IDS = [
  'engagement_rate',
  'engagement_rate_reach',
  'growth',
  'ctr',
  'cpc',
  'cpa',
  'cpm',
  'roi',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

/** What a KPI can follow: a stored metric or a derived measure. */
export type KpiMetric = MetricId | MeasureId;

export interface MetricInfo {
  readonly id: KpiMetric;
  /** Short English label; UIs translate by id. */
  readonly label: string;
  readonly unit: UnitKind;
  readonly direction: Direction;
  /** Stored metrics only: how months add up. Measures: null. */
  readonly aggregation: Aggregation | null;
  /** A value that cannot exceed 100 (percent of something that has 100 at most). */
  readonly capped100: boolean;
}

function info(
  id: KpiMetric,
  label: string,
  unit: UnitKind,
  aggregation: Aggregation | null,
  direction: Direction = 'higher',
): MetricInfo {
  return {
    id,
    label,
    unit,
    direction,
    aggregation,
    capped100: unit === 'percent' && aggregation === 'stock',
  };
}

export const METRICS: Readonly<Record<KpiMetric, MetricInfo>> = {
  followers: info('followers', 'Followers / members', 'count', 'stock'),
  new_followers: info('new_followers', 'New followers', 'count', 'flow'),
  unfollows: info('unfollows', 'Unfollows', 'count', 'flow', 'lower'),
  reach: info('reach', 'Reach', 'count', 'flow'),
  impressions: info('impressions', 'Impressions', 'count', 'flow'),
  video_views: info('video_views', 'Video views', 'count', 'flow'),
  profile_visits: info('profile_visits', 'Profile visits', 'count', 'flow'),
  likes: info('likes', 'Likes', 'count', 'flow'),
  comments: info('comments', 'Comments', 'count', 'flow'),
  shares: info('shares', 'Shares', 'count', 'flow'),
  saves: info('saves', 'Saves', 'count', 'flow'),
  engagements: info('engagements', 'Engagements', 'count', 'flow'),
  clicks: info('clicks', 'Clicks', 'count', 'flow'),
  utm_sessions: info('utm_sessions', 'UTM sessions', 'count', 'flow'),
  conversions: info('conversions', 'Conversions', 'count', 'flow'),
  spend: info('spend', 'Spend', 'money', 'flow', 'lower'),
  revenue: info('revenue', 'Revenue', 'money', 'flow'),
  active_share: info('active_share', 'Active share of the community', 'percent', 'stock'),
  medium_share: info('medium_share', 'Medium-active share of the community', 'percent', 'stock'),
  inactive_share: info(
    'inactive_share',
    'Inactive share of the community',
    'percent',
    'stock',
    'lower',
  ),
  engagement_rate: info('engagement_rate', 'Engagement rate (per member)', 'percent', null),
  engagement_rate_reach: info(
    'engagement_rate_reach',
    'Engagement rate (per reach)',
    'percent',
    null,
  ),
  growth: info('growth', 'Community growth', 'percent', null),
  ctr: info('ctr', 'Click-through rate', 'percent', null),
  cpc: info('cpc', 'Cost per click', 'money', null, 'lower'),
  cpa: info('cpa', 'Cost per acquisition', 'money', null, 'lower'),
  cpm: info('cpm', 'Cost per thousand impressions', 'money', null, 'lower'),
  roi: info('roi', 'Return on investment', 'ratio', null),
};

/** The parts engagements add up to when a network reports them one by one. */
export const ENGAGEMENT_PARTS: readonly MetricId[] = ['likes', 'comments', 'shares', 'saves'];

const METRIC_SET: ReadonlySet<string> = new Set(METRIC_IDS);
const MEASURE_SET: ReadonlySet<string> = new Set(MEASURE_IDS);

export function isMetricId(value: unknown): value is MetricId {
  return typeof value === 'string' && METRIC_SET.has(value);
}

export function isMeasureId(value: unknown): value is MeasureId {
  return typeof value === 'string' && MEASURE_SET.has(value);
}

export function isKpiMetric(value: unknown): value is KpiMetric {
  return isMetricId(value) || isMeasureId(value);
}

/** The unit of a KPI's metric; money takes the plan's (or brand's) currency. */
export function unitOf(metric: KpiMetric, currency: string): Unit {
  const kind = METRICS[metric].unit;
  return kind === 'money' ? { kind, currency } : { kind };
}

// Words a SMART goal's free-text "metric" field is matched against, most specific first.
const GOAL_WORDS: readonly (readonly [RegExp, KpiMetric])[] = [
  [/engagement rate.*reach|er.*reach/, 'engagement_rate_reach'],
  [/engagement rate|\ber\b/, 'engagement_rate'],
  [/\bctr\b|click[- ]?through/, 'ctr'],
  [/\bcpc\b|cost per click/, 'cpc'],
  [/\bcpa\b|cost per (acquisition|action|conversion|lead)/, 'cpa'],
  [/\bcpm\b|cost per (thousand|mille)/, 'cpm'],
  [/\broi\b|\broas\b|return on/, 'roi'],
  [/growth/, 'growth'],
  [/new (followers|subscribers|members)|follows\b/, 'new_followers'],
  [/unfollow/, 'unfollows'],
  [/follower|subscriber|member|community|audience size|fans|page likes/, 'followers'],
  [/utm|session|traffic|visits to (the )?site|website visits/, 'utm_sessions'],
  [/profile visit/, 'profile_visits'],
  [/video view|views/, 'video_views'],
  [/impression/, 'impressions'],
  [/reach/, 'reach'],
  [/engagement|interaction/, 'engagements'],
  [/conversion|lead|sign[- ]?up|purchase|order|sale/, 'conversions'],
  [/revenue|income|turnover/, 'revenue'],
  [/spend|budget|cost/, 'spend'],
  [/click/, 'clicks'],
  [/like/, 'likes'],
  [/comment/, 'comments'],
  [/share|repost/, 'shares'],
  [/save/, 'saves'],
];

/**
 * The metric a SMART goal's free-text metric most likely names ("Instagram followers" →
 * `followers`, "ER" → `engagement_rate`), or null when nothing matches (the KPI is then
 * created as a count the team can re-type).
 */
export function metricFromText(text: string): KpiMetric | null {
  const lower = text.toLowerCase().trim();
  if (lower === '') return null;
  if (isKpiMetric(lower)) return lower;
  for (const [pattern, metric] of GOAL_WORDS) if (pattern.test(lower)) return metric;
  return null;
}

// Column mapping for imported actuals: which header holds the period, the network, the
// post, the currency and each metric. Headers of the networks' own analytics exports are
// recognised (see the README for the list); anything else is mapped by hand.
import { isNetworkId, NETWORK_IDS, NETWORKS, type NetworkId } from '@chorus/post-model';
import { isMetricId, type MetricId } from '../metrics.js';

export interface ActualsMapping {
  /** Header of the date or month column (required). */
  readonly period: string;
  /** Header of a network column; absent: the whole file is one network (chosen on import). */
  readonly network?: string;
  /** Header of a post id or URL column; absent: the rows are account-level actuals. */
  readonly post?: string;
  /** Header of a currency column, for money metrics. */
  readonly currency?: string;
  /** Metric → header. */
  readonly metrics: Readonly<Partial<Record<MetricId, string>>>;
}

/** A mapping suggested from a file's headers, with the network its headers betray. */
export interface SuggestedMapping {
  readonly mapping: ActualsMapping | null;
  /** The network a header names ("Facebook Page reach" → facebook), or null. */
  readonly network: NetworkId | null;
  /** Currency written in a header ("Amount spent (EUR)"), or null. */
  readonly headerCurrency: string | null;
  /** Headers nothing was mapped to. */
  readonly unmapped: readonly string[];
}

/** Normalised header: lower case, no currency or "(total)" in brackets, single spaces. */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/\((total|all|[a-z]{3})\)/g, ' ')
    .replace(/[_\-:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `Amount spent (EUR)` → `EUR`. */
export function currencyInHeader(header: string): string | null {
  const match = /\(([A-Z]{3})\)\s*$/.exec(header.trim());
  return match ? match[1]! : null;
}

const PERIOD_HEADERS = new Set([
  'date',
  'day',
  'month',
  'period',
  'reporting starts',
  'start date',
  'date range',
  'year month',
]);
const NETWORK_HEADERS = new Set(['network', 'platform', 'channel', 'social network']);
const POST_HEADERS = new Set([
  'post',
  'post id',
  'post url',
  'permalink',
  'post link',
  'tweet id',
  'video id',
  'content id',
]);
const CURRENCY_HEADERS = new Set(['currency', 'currency code']);

/**
 * Header → metric, for Chorus's own template (the metric ids) and the networks' exports:
 * Instagram and Facebook (Meta Business Suite), Meta Ads Manager, LinkedIn page
 * analytics, TikTok, X, YouTube Studio, Google Analytics 4.
 */
export const METRIC_HEADERS: Readonly<Record<string, MetricId>> = {
  // Followers / members (a stock).
  followers: 'followers',
  'total followers': 'followers',
  'followers count': 'followers',
  members: 'followers',
  subscribers: 'followers',
  'total subscribers': 'followers',
  'page likes': 'followers',
  'total likes': 'followers',
  'facebook page followers': 'followers',
  'instagram followers': 'followers',
  // New followers and unfollows.
  'new followers': 'new_followers',
  follows: 'new_followers',
  'new follows': 'new_followers',
  'facebook page new follows': 'new_followers',
  'facebook page new likes': 'new_followers',
  'subscribers gained': 'new_followers',
  unfollows: 'unfollows',
  'subscribers lost': 'unfollows',
  // Reach, impressions, views, visits.
  reach: 'reach',
  'accounts reached': 'reach',
  'facebook page reach': 'reach',
  'instagram reach': 'reach',
  'unique impressions': 'reach',
  impressions: 'impressions',
  'facebook page impressions': 'impressions',
  'video views': 'video_views',
  views: 'video_views',
  plays: 'video_views',
  'profile visits': 'profile_visits',
  'profile views': 'profile_visits',
  'facebook page visits': 'profile_visits',
  'instagram profile visits': 'profile_visits',
  'page views': 'profile_visits',
  // Interactions.
  likes: 'likes',
  reactions: 'likes',
  comments: 'comments',
  'comments added': 'comments',
  replies: 'comments',
  shares: 'shares',
  reposts: 'shares',
  retweets: 'shares',
  saves: 'saves',
  saved: 'saves',
  bookmarks: 'saves',
  engagements: 'engagements',
  'post engagements': 'engagements',
  'content interactions': 'engagements',
  interactions: 'engagements',
  // Clicks and traffic.
  clicks: 'clicks',
  'link clicks': 'clicks',
  'url clicks': 'clicks',
  'website clicks': 'clicks',
  'external link taps': 'clicks',
  sessions: 'utm_sessions',
  'utm sessions': 'utm_sessions',
  conversions: 'conversions',
  'key events': 'conversions',
  results: 'conversions',
  purchases: 'conversions',
  leads: 'conversions',
  // Money.
  spend: 'spend',
  'amount spent': 'spend',
  cost: 'spend',
  revenue: 'revenue',
  'total revenue': 'revenue',
  'purchase revenue': 'revenue',
  'purchases conversion value': 'revenue',
  // Audience activity shares.
  'active share': 'active_share',
  'active members': 'active_share',
  'medium share': 'medium_share',
  'inactive share': 'inactive_share',
};

/** The network a header's words name ("Facebook Page reach", "Instagram followers"). */
function networkInHeader(normalized: string): NetworkId | null {
  for (const id of NETWORK_IDS) {
    if (id.length > 2 && normalized.startsWith(`${id} `)) return id;
  }
  return null;
}

/** A mapping from header names; null mapping when no period column is recognised. */
export function suggestActualsMapping(headers: readonly string[]): SuggestedMapping {
  let period: string | undefined;
  let network: string | undefined;
  let post: string | undefined;
  let currency: string | undefined;
  let headerCurrency: string | null = null;
  let named: NetworkId | null = null;
  const metrics: Partial<Record<MetricId, string>> = {};
  const unmapped: string[] = [];
  for (const header of headers) {
    const key = normalizeHeader(header);
    if (key === '') continue;
    named ??= networkInHeader(key);
    const metric = isMetricId(key.replace(/ /g, '_'))
      ? (key.replace(/ /g, '_') as MetricId)
      : METRIC_HEADERS[key];
    if (!period && PERIOD_HEADERS.has(key)) period = header;
    else if (!network && NETWORK_HEADERS.has(key)) network = header;
    else if (!post && POST_HEADERS.has(key)) post = header;
    else if (!currency && CURRENCY_HEADERS.has(key)) currency = header;
    else if (metric && !metrics[metric]) {
      metrics[metric] = header;
      headerCurrency ??= currencyInHeader(header);
    } else unmapped.push(header);
  }
  const mapping = period ? { period, network, post, currency, metrics } : null;
  return { mapping, network: named, headerCurrency, unmapped };
}

/** A network written in a file: its id or its label, any case ("Instagram", "x", "X (Twitter)"). */
export function networkFromText(text: string): NetworkId | null {
  const lower = text.trim().toLowerCase();
  if (isNetworkId(lower)) return lower;
  for (const id of NETWORK_IDS) {
    const label = NETWORKS[id].label.toLowerCase();
    if (label === lower || lower.startsWith(`${label} `) || label.startsWith(`${lower} `))
      return id;
  }
  if (lower === 'twitter') return 'x';
  return null;
}

import type { PostStatus, SocialNetwork } from '../../gql/graphql';
import {
  isApprovalFilterValue,
  matchesApproval,
  type ApprovalFilterValue,
} from './calendar-approval';
import type { CalendarPost } from './calendar-events';

/** The value that stands for "none" (no category, goal, row or assignee) in a filter list. */
export const NONE = '-';

/**
 * What the calendar shows. Each list is "any of these"; an empty list does not filter. The
 * calendar loads a whole range and filters here, so changing a filter answers at once.
 */
export interface CalendarFilter {
  networks: SocialNetwork[];
  statuses: PostStatus[];
  /** Approval states, and LATE: not approved by its publish time. */
  approvals: ApprovalFilterValue[];
  categoryIds: string[];
  goalIds: string[];
  mediaPlanRowIds: string[];
  assigneeIds: string[];
}

export type FilterKey = keyof CalendarFilter;

export const FILTER_KEYS: readonly FilterKey[] = [
  'networks',
  'statuses',
  'approvals',
  'categoryIds',
  'goalIds',
  'mediaPlanRowIds',
  'assigneeIds',
];

export const EMPTY_FILTER: CalendarFilter = {
  networks: [],
  statuses: [],
  approvals: [],
  categoryIds: [],
  goalIds: [],
  mediaPlanRowIds: [],
  assigneeIds: [],
};

function anyOf(wanted: readonly string[], value: string | null | undefined): boolean {
  if (wanted.length === 0) return true;
  return wanted.includes(value ?? NONE);
}

/** Whether a post passes every filter. */
export function matchesFilter(post: CalendarPost, filter: CalendarFilter): boolean {
  return (
    (filter.networks.length === 0 ||
      post.networks.some((network) => filter.networks.includes(network))) &&
    anyOf(filter.statuses, post.status) &&
    (filter.approvals.length === 0 ||
      filter.approvals.some((value) => matchesApproval(post, value))) &&
    anyOf(filter.categoryIds, post.category?.id) &&
    anyOf(filter.goalIds, post.goalId) &&
    anyOf(filter.mediaPlanRowIds, post.mediaPlanRowId) &&
    anyOf(filter.assigneeIds, post.assignee?.id)
  );
}

export function filterPosts(
  posts: readonly CalendarPost[],
  filter: CalendarFilter,
): CalendarPost[] {
  if (activeFilterCount(filter) === 0) return [...posts];
  return posts.filter((post) => matchesFilter(post, filter));
}

/** How many of the filters are in use. */
export function activeFilterCount(filter: CalendarFilter): number {
  return FILTER_KEYS.filter((key) => filter[key].length > 0).length;
}

/** The filter as query parameters (`?networks=X,INSTAGRAM&statuses=DRAFT`), for a shareable address. */
export function filterToSearch(filter: CalendarFilter, search: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const key of FILTER_KEYS) {
    if (filter[key].length > 0) next.set(key, filter[key].join(','));
    else next.delete(key);
  }
  return next;
}

/** The filter an address carries; unknown networks and statuses are dropped. */
export function filterFromSearch(
  search: URLSearchParams,
  known: { networks: readonly string[]; statuses: readonly string[] },
): CalendarFilter {
  const read = (key: FilterKey) =>
    (search.get(key) ?? '')
      .split(',')
      .map((value) => value.trim())
      .filter((value) => value !== '');
  return {
    networks: read('networks').filter((value): value is SocialNetwork =>
      known.networks.includes(value),
    ),
    statuses: read('statuses').filter((value): value is PostStatus =>
      known.statuses.includes(value),
    ),
    approvals: read('approvals').filter(isApprovalFilterValue),
    categoryIds: read('categoryIds'),
    goalIds: read('goalIds'),
    mediaPlanRowIds: read('mediaPlanRowIds'),
    assigneeIds: read('assigneeIds'),
  };
}

/** The people assigned to any of the posts, by name (the assignee filter's choices). */
export function assigneesOf(
  posts: readonly CalendarPost[],
  locale: string,
): Array<{ id: string; displayName: string }> {
  const people = new Map<string, string>();
  for (const post of posts) {
    if (post.assignee) people.set(post.assignee.id, post.assignee.displayName);
  }
  return [...people]
    .map(([id, displayName]) => ({ id, displayName }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, locale));
}

/** The media plans the posts belong to (whose rows and flights the calendar reads). */
export function mediaPlanIdsOf(posts: readonly CalendarPost[]): string[] {
  const ids = new Set<string>();
  for (const post of posts) if (post.mediaPlanId) ids.add(post.mediaPlanId);
  return [...ids].sort();
}

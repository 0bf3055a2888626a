/**
 * A post's life: draft → ready → scheduled → published, or archived. Publishing happens
 * outside Chorus (no network APIs), so "published" is set by hand or by the team's
 * publishing tool through the webhook. With an approval flow, a post goes ready →
 * in_review (submitted) → approved (the flow's last approval) → scheduled; an edit
 * sends it back to in_review. Only approvals move a post into or out of review.
 */
export const POST_STATUSES = [
  'draft',
  'ready',
  'in_review',
  'approved',
  'scheduled',
  'published',
  'archived',
] as const;

export type PostStatus = (typeof POST_STATUSES)[number];

const EDGES: Readonly<Record<PostStatus, readonly PostStatus[]>> = {
  draft: ['ready', 'archived'],
  ready: ['draft', 'scheduled', 'archived'],
  in_review: ['archived'],
  approved: ['ready', 'scheduled', 'archived'],
  scheduled: ['ready', 'published', 'archived'],
  published: ['archived'],
  archived: ['draft'],
};

export function isPostStatus(value: string): value is PostStatus {
  return (POST_STATUSES as readonly string[]).includes(value);
}

/** The statuses a post in `from` may move to. */
export function nextStatuses(from: PostStatus): readonly PostStatus[] {
  return EDGES[from];
}

export function canTransition(from: PostStatus, to: PostStatus): boolean {
  return EDGES[from].includes(to);
}

/**
 * What an approval request does to a post's status: submitted or reopened → in_review,
 * the last approval → approved, changes requested / rejected / withdrawn → the status it
 * had before review (`ready`). These edges belong to approvals only: a person cannot
 * make them by hand ({@link canTransition} does not list them).
 */
export type ApprovalOutcome = 'submitted' | 'approved' | 'returned';

/** The status an approval outcome gives a post in `from`; null when the post keeps its status. */
export function statusAfterApproval(from: PostStatus, outcome: ApprovalOutcome): PostStatus | null {
  if (from === 'archived' || from === 'published') return null;
  switch (outcome) {
    case 'submitted':
      return from === 'in_review' ? null : 'in_review';
    case 'approved':
      return from === 'in_review' ? 'approved' : null;
    case 'returned':
      return from === 'in_review' ? 'ready' : null;
  }
}

/** Statuses whose posts still count in the plan (the calendar's default and the mix). */
export const PLANNED_STATUSES: readonly PostStatus[] = [
  'draft',
  'ready',
  'in_review',
  'approved',
  'scheduled',
  'published',
];

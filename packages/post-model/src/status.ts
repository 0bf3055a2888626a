/**
 * A post's life: draft → ready → scheduled → published, or archived. Publishing happens
 * outside Chorus (no network APIs), so "published" is set by hand or by the team's
 * publishing tool through the webhook. Approvals slot in between ready and scheduled
 * later: add their states and edges here and every caller follows.
 */
export const POST_STATUSES = ['draft', 'ready', 'scheduled', 'published', 'archived'] as const;

export type PostStatus = (typeof POST_STATUSES)[number];

const EDGES: Readonly<Record<PostStatus, readonly PostStatus[]>> = {
  draft: ['ready', 'archived'],
  ready: ['draft', 'scheduled', 'archived'],
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

/** Statuses whose posts still count in the plan (the calendar's default and the mix). */
export const PLANNED_STATUSES: readonly PostStatus[] = ['draft', 'ready', 'scheduled', 'published'];

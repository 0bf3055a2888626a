import type { GraphQLClient } from './graphql.js';

export const NOTIFICATION_FIELDS = `id kind titleKey createdAt readAt actorName params { name value }
  link { workspaceId brandId brandName documentId documentKind documentTitle }`;

export const NOTIFICATIONS = `query($first: Int, $after: String) {
  notifications(first: $first, after: $after) { entries { ${NOTIFICATION_FIELDS} } endCursor hasMore }
  unreadNotificationCount
}`;

export interface NotificationView {
  id: string;
  kind: string;
  titleKey: string;
  createdAt: string;
  readAt: string | null;
  actorName: string | null;
  params: Array<{ name: string; value: string | null }>;
  link: {
    workspaceId: string;
    brandId: string | null;
    brandName: string | null;
    documentId: string | null;
    documentKind: string | null;
    documentTitle: string | null;
  };
}

export interface NotificationsAnswer {
  notifications: { entries: NotificationView[]; endCursor: string | null; hasMore: boolean };
  unreadNotificationCount: number;
}

/** A client's notification centre: the first page and the unread count. */
export function centre(
  client: GraphQLClient,
  first = 20,
  after?: string,
): Promise<NotificationsAnswer> {
  return client.ok<NotificationsAnswer>(NOTIFICATIONS, { first, after });
}

/** Creates a post on the brand, assigned to someone (or nobody); answers its id. */
export async function createAssignedPost(
  client: GraphQLClient,
  brandId: string,
  title: string,
  assigneeId: string | null,
): Promise<string> {
  const data = await client.ok<{ createPost: { post: { id: string } } }>(
    `mutation($i: CreatePostInput!) { createPost(input: $i) { post { id } } }`,
    { i: { brandId, title, post: assigneeId ? { assigneeId } : {} } },
  );
  return data.createPost.post.id;
}

export async function userIdOf(client: GraphQLClient): Promise<string> {
  return (await client.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
}

import type { NotificationFieldsFragment } from '../../gql/graphql';

/** Where a notification leads in the app: its document, else its brand, else its workspace. */
export function notificationPath(link: NotificationFieldsFragment['link']): string {
  const workspace = `/w/${link.workspaceId}`;
  if (!link.brandId) return workspace;
  const brand = `${workspace}/b/${link.brandId}`;
  return link.documentId ? `${brand}/d/${link.documentId}` : brand;
}

/** The title's values by name (name, and what a kind adds). */
export function notificationParams(
  notification: Pick<NotificationFieldsFragment, 'params' | 'actorName' | 'link'>,
  someone: string,
): Record<string, string> {
  const values: Record<string, string> = {
    name: notification.link.documentTitle ?? '',
  };
  for (const param of notification.params)
    if (param.value !== null) values[param.name] = param.value;
  values.actor = notification.actorName ?? someone;
  return values;
}

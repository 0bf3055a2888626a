import type { NotificationKinds } from './notification-kinds.js';
import {
  NotificationLinkModel,
  NotificationModel,
  NotificationParamModel,
  NotificationPreferenceModel,
} from './notification.model.js';
import type { NotificationRow } from './notifications.repository.js';
import type { PreferenceView } from './notifications.service.js';

/** A row of the centre as the GraphQL type. */
export function toNotificationModel(
  row: NotificationRow,
  kinds: NotificationKinds,
): NotificationModel {
  return Object.assign(new NotificationModel(), {
    id: row.id,
    kind: row.kind,
    titleKey: kinds.get(row.kind)?.titleKey ?? `notifications.kinds.${row.kind}.title`,
    createdAt: row.createdAt,
    readAt: row.readAt,
    actorName: row.actorName,
    params: Object.entries(row.data).map(([name, value]) =>
      Object.assign(new NotificationParamModel(), {
        name,
        value: paramText(value),
      }),
    ),
    link: Object.assign(new NotificationLinkModel(), {
      workspaceId: row.workspaceId,
      brandId: row.brandId,
      brandName: row.brandName,
      documentId: row.documentId,
      documentKind: row.documentKind,
      documentTitle: row.documentTitle,
    }),
  });
}

export function toPreferenceModel(view: PreferenceView): NotificationPreferenceModel {
  return Object.assign(new NotificationPreferenceModel(), view);
}

function paramText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null || value === undefined ? null : JSON.stringify(value);
}

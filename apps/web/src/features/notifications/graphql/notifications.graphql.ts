import { graphql } from '../../../gql';

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    titleKey
    createdAt
    readAt
    actorName
    params {
      name
      value
    }
    link {
      workspaceId
      brandId
      brandName
      documentId
      documentKind
      documentTitle
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      entries {
        ...NotificationFields
      }
      endCursor
      hasMore
    }
  }
`);

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($ids: [ID!]!) {
    markNotificationRead(ids: $ids)
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
`);

export const UnreadNotificationCountChangedSubscription = graphql(`
  subscription UnreadNotificationCountChanged {
    unreadNotificationCountChanged
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      titleKey
      inApp
      email
      emailMode
    }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: [NotificationPreferenceInput!]!) {
    updateNotificationPreferences(input: $input) {
      kind
      titleKey
      inApp
      email
      emailMode
    }
  }
`);

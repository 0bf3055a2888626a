import { Box, Button, Group, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NotificationFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../../i18n';
import { notificationParams, notificationPath } from '../notification-links';

export interface NotificationItemProps {
  notification: NotificationFieldsFragment;
  /** Opens the item (marks it read first). */
  onOpen: (notification: NotificationFieldsFragment, path: string) => void;
  onMarkRead: (id: string) => void;
}

/** One notification: its sentence, where and when, unread mark, open and mark read. */
export function NotificationItem({ notification, onOpen, onMarkRead }: NotificationItemProps) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const unread = !notification.readAt;
  const title = t(notification.titleKey as 'notifications.kinds.post_assigned.title', {
    ...notificationParams(notification, t('notifications.someone')),
    interpolation: { escapeValue: false },
  });
  const path = notificationPath(notification.link);
  return (
    <Group
      component="li"
      wrap="nowrap"
      align="flex-start"
      gap="xs"
      py={6}
      data-unread={unread || undefined}
    >
      <Box
        aria-hidden
        mt={8}
        w={8}
        h={8}
        style={{ borderRadius: '50%', flexShrink: 0 }}
        bg={unread ? 'indigo.6' : 'transparent'}
      />
      <UnstyledButton flex={1} onClick={() => onOpen(notification, path)}>
        <Stack gap={2}>
          <Text size="sm" fw={unread ? 700 : 400}>
            {title}
            {unread && <VisuallyHidden> ({t('notifications.unread')})</VisuallyHidden>}
          </Text>
          <Text size="xs" c="dimmed">
            {[notification.link.brandName, dateTime(notification.createdAt)]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
      </UnstyledButton>
      {unread && (
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => onMarkRead(notification.id)}
          aria-label={`${t('notifications.markRead')}: ${title}`}
        >
          {t('notifications.markRead')}
        </Button>
      )}
    </Group>
  );
}

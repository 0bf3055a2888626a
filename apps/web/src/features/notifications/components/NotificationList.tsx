import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NotificationFieldsFragment } from '../../../gql/graphql';
import { useMarkNotificationsRead } from '../hooks/use-mark-read';
import { useNotifications } from '../hooks/use-notifications';
import { NotificationItem } from './NotificationItem';

/** The list in the bell's panel: newest first, mark read, mark all read, load more. */
export function NotificationList({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notifications, hasMore, loading, error, loadMore } = useNotifications(true);
  const { markRead, markAllRead, busy } = useMarkNotificationsRead();
  const anyUnread = notifications.some((notification) => !notification.readAt);

  const open = (notification: NotificationFieldsFragment, path: string) => {
    if (!notification.readAt) void markRead([notification.id]).catch(() => undefined);
    onNavigate();
    void navigate(path);
  };

  return (
    <Stack gap="xs" w={{ base: 300, sm: 380 }}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h5">
          {t('notifications.title')}
        </Title>
        <Button
          size="compact-sm"
          variant="subtle"
          disabled={!anyUnread}
          loading={busy}
          onClick={() => void markAllRead().catch(() => undefined)}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      {error && <Alert color="red">{t('notifications.loadFailed')}</Alert>}
      {loading ? (
        <Center py="md">
          <Loader size="sm" aria-label={t('app.loading')} />
        </Center>
      ) : notifications.length === 0 ? (
        <Text size="sm" c="dimmed" py="md">
          {t('notifications.empty')}
        </Text>
      ) : (
        <Stack
          component="ul"
          gap={0}
          m={0}
          p={0}
          style={{ listStyle: 'none', maxHeight: '60vh', overflowY: 'auto' }}
        >
          {notifications.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              onOpen={open}
              onMarkRead={(id) => void markRead([id]).catch(() => undefined)}
            />
          ))}
        </Stack>
      )}
      {hasMore && (
        <Button variant="light" size="xs" onClick={() => void loadMore().catch(() => undefined)}>
          {t('notifications.loadMore')}
        </Button>
      )}
    </Stack>
  );
}

import { ActionIcon, Indicator, Popover } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnreadNotificationCount } from '../hooks/use-notification-live';

// The list (and its queries) loads when the panel first opens.
const NotificationList = lazy(() =>
  import('./NotificationList').then((m) => ({ default: m.NotificationList })),
);

/** The bell in the header: the unread count (live) and the notification centre under it. */
export function NotificationBell() {
  const { t } = useTranslation();
  const count = useUnreadNotificationCount();
  const [opened, setOpened] = useState(false);
  const label = count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell');
  // The popover's target is the button itself: it gets aria-expanded and aria-controls
  // (a wrapping element without a role may not carry them).
  return (
    <Indicator
      label={count > 99 ? '99+' : count}
      size={18}
      disabled={count === 0}
      color="red"
      offset={4}
    >
      <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" width="auto">
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={label}
            onClick={() => setOpened((value) => !value)}
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          {opened && (
            <Suspense fallback={null}>
              <NotificationList onNavigate={() => setOpened(false)} />
            </Suspense>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path
        d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9Zm4.3 12a2 2 0 0 0 3.4 0"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

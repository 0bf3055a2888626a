import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, buildUser, signedInMocks } from '../../../../test/factories';
import { renderApp } from '../../../../test/render-app';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  NotificationsQuery,
  UnreadNotificationCountQuery,
} from '../graphql/notifications.graphql';

function buildNotification(id: string, name: string, read = false) {
  return {
    __typename: 'Notification' as const,
    id,
    kind: 'post_assigned',
    titleKey: 'notifications.kinds.post_assigned.title',
    createdAt: '2026-12-06T10:00:00.000Z',
    readAt: read ? '2026-12-06T11:00:00.000Z' : null,
    actorName: 'Sam Specialist',
    params: [{ __typename: 'NotificationParam' as const, name: 'name', value: name }],
    link: {
      __typename: 'NotificationLink' as const,
      workspaceId: 'ws-1',
      brandId: 'brand-1',
      brandName: 'Lotus Tea House',
      documentId: `post-${id}`,
      documentKind: 'post',
      documentTitle: name,
    },
  };
}

function page(entries: ReturnType<typeof buildNotification>[], hasMore = false) {
  return {
    data: {
      notifications: {
        __typename: 'NotificationPage',
        entries,
        endCursor: entries.length ? `cursor-${entries.at(-1)!.id}` : null,
        hasMore,
      },
    },
  };
}

describe('the notification bell', () => {
  it('shows the unread count, and a new count and notification arriving live', async () => {
    const { live } = await renderApp('/', {
      mocks: [
        ...signedInMocks(buildUser()),
        answer(UnreadNotificationCountQuery, undefined, { data: { unreadNotificationCount: 2 } }),
        answer(NotificationsQuery, { first: 20 }, page([buildNotification('n1', 'Spring launch')])),
      ],
    });
    expect(await screen.findByRole('button', { name: 'Notifications, 2 unread' })).toBeVisible();

    await waitFor(() => expect(live.isOpen('UnreadNotificationCountChanged')).toBe(true));
    act(() => live.emit('UnreadNotificationCountChanged', { unreadNotificationCountChanged: 3 }));
    const bell = await screen.findByRole('button', { name: 'Notifications, 3 unread' });

    await userEvent.click(bell);
    const list = await screen.findByRole('list');
    expect(
      within(list).getByText(/Sam Specialist assigned the post “Spring launch” to you/),
    ).toBeVisible();

    await waitFor(() => expect(live.isOpen('NotificationAdded')).toBe(true));
    act(() =>
      live.emit('NotificationAdded', { notificationAdded: buildNotification('n2', 'Summer sale') }),
    );
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Summer sale');
  });

  it('marks one read, then all, and opens the item where it lives', async () => {
    const { router } = await renderApp('/', {
      mocks: [
        ...signedInMocks(buildUser()),
        answer(UnreadNotificationCountQuery, undefined, { data: { unreadNotificationCount: 2 } }),
        answer(
          NotificationsQuery,
          { first: 20 },
          page([buildNotification('n1', 'Spring launch'), buildNotification('n2', 'Old one')]),
        ),
        answer(
          MarkNotificationReadMutation,
          { ids: ['n2'] },
          { data: { markNotificationRead: 1 } },
        ),
        answer(MarkAllNotificationsReadMutation, undefined, {
          data: { markAllNotificationsRead: 0 },
        }),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    await screen.findByRole('list');
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Mark read: Sam Specialist assigned the post “Old one” to you',
      }),
    );
    expect(await screen.findByRole('button', { name: 'Notifications, 1 unread' })).toBeVisible();
    expect(screen.getAllByRole('button', { name: /^Mark read:/ })).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeVisible();
    expect(screen.queryAllByRole('button', { name: /^Mark read:/ })).toHaveLength(0);

    await userEvent.click(screen.getByText(/“Spring launch”/));
    await waitFor(() => expect(router.state.location.pathname).toBe('/w/ws-1/b/brand-1/d/post-n1'));
  });

  it('says so when there is nothing', async () => {
    await renderApp('/', {
      mocks: [...signedInMocks(buildUser()), answer(NotificationsQuery, { first: 20 }, page([]))],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications' }));
    expect(await screen.findByText(/Nothing new/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Mark all read' })).toBeDisabled();
  });
});

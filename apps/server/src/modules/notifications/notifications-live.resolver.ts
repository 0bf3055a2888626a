import { Int, Resolver, Subscription } from '@nestjs/graphql';
import { AccessService, CurrentPrincipal, type Principal } from '../access/index.js';
import { NotificationBus } from './notification-bus.js';
import { NotificationKinds } from './notification-kinds.js';
import { toNotificationModel } from './notification.mapper.js';
import { NotificationModel } from './notification.model.js';
import { NotificationsService } from './notifications.service.js';
import { iterateSignals } from './signal-iterator.js';

/**
 * The centre's live side over graphql-ws (modules/subscriptions): each subscription
 * hears only the caller's own signals and loads what it sends as the caller.
 */
@Resolver(() => NotificationModel)
export class NotificationsLiveResolver {
  constructor(
    private readonly access: AccessService,
    private readonly bus: NotificationBus,
    private readonly service: NotificationsService,
    private readonly kinds: NotificationKinds,
  ) {}

  @Subscription(() => NotificationModel, {
    description: 'Each new notification of the signed-in person, as it is created',
  })
  notificationAdded(
    @CurrentPrincipal() principal: Principal,
  ): AsyncIterableIterator<{ notificationAdded: NotificationModel }> {
    const { userId } = this.access.requireUser(principal);
    return iterateSignals((push) =>
      this.bus.listen(userId, (signal) => {
        const id = signal.notificationId;
        if (!id) return;
        push(
          this.service
            .own(userId, id)
            .then((row) =>
              row ? { notificationAdded: toNotificationModel(row, this.kinds) } : null,
            ),
        );
      }),
    );
  }

  @Subscription(() => Int, {
    description: "The signed-in person's unread count, whenever it changes",
  })
  unreadNotificationCountChanged(
    @CurrentPrincipal() principal: Principal,
  ): AsyncIterableIterator<{ unreadNotificationCountChanged: number }> {
    const { userId } = this.access.requireUser(principal);
    return iterateSignals((push) =>
      this.bus.listen(userId, () => {
        push(
          this.service
            .unreadCountOf(userId)
            .then((count) => ({ unreadNotificationCountChanged: count })),
        );
      }),
    );
  }
}

import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { NotificationKinds } from './notification-kinds.js';
import { toNotificationModel, toPreferenceModel } from './notification.mapper.js';
import {
  NotificationModel,
  NotificationPageModel,
  NotificationPreferenceInput,
  NotificationPreferenceModel,
} from './notification.model.js';
import { NotificationsService } from './notifications.service.js';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly kinds: NotificationKinds,
  ) {}

  @Query(() => NotificationPageModel, {
    description: "The signed-in person's notifications, newest first, a page at a time",
  })
  async notifications(
    @CurrentPrincipal() principal: Principal,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'How many, 1-100' })
    first: number,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'endCursor of the last page',
    })
    after: string | null,
  ): Promise<NotificationPageModel> {
    const page = await this.service.page(principal, after, first);
    return Object.assign(new NotificationPageModel(), {
      entries: page.rows.map((row) => toNotificationModel(row, this.kinds)),
      endCursor: page.endCursor,
      hasMore: page.hasMore,
    });
  }

  @Query(() => Int, { description: "How many of the signed-in person's notifications are unread" })
  unreadNotificationCount(@CurrentPrincipal() principal: Principal): Promise<number> {
    return this.service.unreadCount(principal);
  }

  @Mutation(() => Int, {
    description:
      "Marks some of one's notifications read (NOT_FOUND if any is not one's own); answers the unread count",
  })
  markNotificationRead(
    @CurrentPrincipal() principal: Principal,
    @Args('ids', { type: () => [ID], description: 'Up to 100 notification ids' }) ids: string[],
  ): Promise<number> {
    return this.service.markRead(principal, ids);
  }

  @Mutation(() => Int, {
    description: "Marks all one's notifications read; answers the unread count (0)",
  })
  markAllNotificationsRead(@CurrentPrincipal() principal: Principal): Promise<number> {
    return this.service.markAllRead(principal);
  }

  @Query(() => [NotificationPreferenceModel], {
    description:
      "The signed-in person's choice per notification kind (defaults where never chosen)",
  })
  async notificationPreferences(
    @CurrentPrincipal() principal: Principal,
  ): Promise<NotificationPreferenceModel[]> {
    return (await this.service.preferences(principal)).map(toPreferenceModel);
  }

  @Mutation(() => [NotificationPreferenceModel], {
    description: 'Saves choices for some kinds; answers every kind',
  })
  async updateNotificationPreferences(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => [NotificationPreferenceInput] })
    input: NotificationPreferenceInput[],
  ): Promise<NotificationPreferenceModel[]> {
    return (await this.service.updatePreferences(principal, input)).map(toPreferenceModel);
  }
}

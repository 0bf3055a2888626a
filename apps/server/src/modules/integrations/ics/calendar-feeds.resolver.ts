import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../access/index.js';
import { CalendarFeedModel, CreatedCalendarFeedModel, toFeedModel } from './calendar-feed.model.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';

@Resolver(() => CalendarFeedModel)
export class CalendarFeedsResolver {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Query(() => CalendarFeedModel, {
    nullable: true,
    description: "The caller's working calendar feed of the brand, or null",
  })
  async myCalendarFeed(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
  ): Promise<CalendarFeedModel | null> {
    const feed = await this.feeds.mine(principal, brandId);
    return feed ? toFeedModel(feed) : null;
  }

  @Mutation(() => CreatedCalendarFeedModel, {
    description:
      'Makes the caller a personal calendar feed of the brand (revoking the previous one); answers its URL this once',
  })
  async createCalendarFeed(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
  ): Promise<CreatedCalendarFeedModel> {
    const { feed, url } = await this.feeds.create(principal, brandId);
    return { feed: toFeedModel(feed), url };
  }

  @Mutation(() => Boolean, {
    description: "Revokes the caller's calendar feed of the brand; answers whether there was one",
  })
  revokeCalendarFeed(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
  ): Promise<boolean> {
    return this.feeds.revoke(principal, brandId);
  }
}

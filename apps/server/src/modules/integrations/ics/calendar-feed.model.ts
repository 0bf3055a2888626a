import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CalendarFeedEntity } from './calendar-feed.entity.js';

@ObjectType('CalendarFeed', {
  description: "The caller's iCalendar feed of a brand (its secret URL is never answered again)",
})
export class CalendarFeedModel {
  @Field(() => ID, { description: 'The feed id' })
  id: string;

  @Field(() => ID, { description: 'Its brand' })
  brandId: string;

  @Field({ description: 'When it was made' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a calendar last fetched it' })
  lastUsedAt: Date | null;
}

@ObjectType('CreatedCalendarFeed', {
  description: 'A new feed and its subscription URL: shown this once',
})
export class CreatedCalendarFeedModel {
  @Field(() => CalendarFeedModel, { description: 'The feed' })
  feed: CalendarFeedModel;

  @Field({ description: 'The secret subscription URL (…/api/calendar/<token>.ics)' })
  url: string;
}

export function toFeedModel(entity: CalendarFeedEntity): CalendarFeedModel {
  return {
    id: entity.id,
    brandId: entity.brandId,
    createdAt: entity.createdAt,
    lastUsedAt: entity.lastUsedAt,
  };
}

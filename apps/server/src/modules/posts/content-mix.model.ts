import type { NetworkId } from '@chorus/post-model';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SocialNetwork } from '../brands/index.js';

@ObjectType('ContentMixCategory', { description: 'Posts of one category in a period' })
export class ContentMixCategoryModel {
  @Field(() => ID, { nullable: true, description: 'The category; null for posts without one' })
  categoryId: string | null;

  @Field(() => String, { nullable: true, description: 'Its name; null for posts without one' })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Its colour' })
  color: string | null;

  @Field(() => Int, { description: 'Posts' })
  count: number;
}

@ObjectType('ContentMixNetwork', { description: 'Posts going to one network in a period' })
export class ContentMixNetworkModel {
  @Field(() => SocialNetwork, { description: 'The network' })
  network: NetworkId;

  @Field(() => Int, { description: 'Posts going to it (a post to two networks counts for both)' })
  count: number;
}

@ObjectType('ContentMixPeriod', { description: 'The content mix of one week or month' })
export class ContentMixPeriodModel {
  @Field({ description: 'First day (yyyy-mm-dd, in the brand’s time zone)' })
  start: string;

  @Field({ description: 'Day after the last (yyyy-mm-dd, exclusive)' })
  end: string;

  @Field(() => Int, { description: 'Posts planned in it (not archived)' })
  total: number;

  @Field(() => Int, { description: 'Of them, promotional' })
  promotional: number;

  @Field(() => Float, { description: 'Promotional share in percent (one decimal)' })
  promotionalPercent: number;

  @Field({ description: 'True when the promotional share is above the brand’s cap' })
  capExceeded: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many more promotional posts fit before the share passes the cap; null when the cap is 100 %',
  })
  headroom: number | null;

  @Field(() => [ContentMixCategoryModel], { description: 'Split by category, largest first' })
  byCategory: ContentMixCategoryModel[];

  @Field(() => [ContentMixNetworkModel], { description: 'Split by network, largest first' })
  byNetwork: ContentMixNetworkModel[];
}

@ObjectType('ContentMix', {
  description: 'The promotional share against the cap and the split by category and network',
})
export class ContentMixModel {
  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field({ description: "The brand's time zone the periods are in" })
  timeZone: string;

  @Field(() => Int, { description: "The brand's promotion cap in percent" })
  capPercent: number;

  @Field(() => [ContentMixPeriodModel], {
    description: 'Every week touching the range, whole (weeks start on firstDayOfWeek)',
  })
  weeks: ContentMixPeriodModel[];

  @Field(() => [ContentMixPeriodModel], { description: 'Every month touching the range, whole' })
  months: ContentMixPeriodModel[];
}

/** How a media-plan row's posts on the calendar are found. */
export const ContentMixPlanMatchEnum = {
  /** Posts linked to the row (posts.media_plan_row_id). */
  LINK: 'link',
  /** No post in the range is linked to it: unlinked posts going to the row's network. */
  NETWORK: 'network',
  /** Neither: no linked post and the row's channel names no network. */
  NONE: 'none',
} as const;
export type ContentMixPlanMatch =
  (typeof ContentMixPlanMatchEnum)[keyof typeof ContentMixPlanMatchEnum];

registerEnumType(ContentMixPlanMatchEnum, {
  name: 'ContentMixPlanMatch',
  description:
    "LINK: posts linked to the row; NETWORK: none is linked, so unlinked posts to the row's network; NONE: neither",
});

@ObjectType('ContentMixPlannedPeriod', {
  description: 'One media-plan row in one week or month: planned against on the calendar',
})
export class ContentMixPlannedPeriodModel {
  @Field({ description: 'First day (yyyy-mm-dd), the same as the period of weeks or months' })
  start: string;

  @Field({ description: 'Day after the last (yyyy-mm-dd, exclusive)' })
  end: string;

  @Field(() => Float, {
    description:
      "Units the plan gives the period: each plan column's quantity spread evenly over its days (one decimal)",
  })
  planned: number;

  @Field(() => Int, { description: 'Posts on the calendar in the period (not archived)' })
  done: number;
}

@ObjectType('ContentMixPlanRow', {
  description: "An owned-media row of one of the brand's media plans, planned against done",
})
export class ContentMixPlanRowModel {
  @Field(() => ID, { description: 'The media plan (document)' })
  mediaPlanId: string;

  @Field({ description: 'Its title' })
  mediaPlanTitle: string;

  @Field(() => ID, { description: 'The row (its stable Row ID)' })
  rowId: string;

  @Field({ description: 'The row’s channel, as written in the plan' })
  channel: string;

  @Field({ description: 'The row’s activity, as written in the plan' })
  activity: string;

  @Field(() => SocialNetwork, {
    nullable: true,
    description: 'The network the channel names; null when it names none',
  })
  network: NetworkId | null;

  @Field(() => ContentMixPlanMatchEnum, { description: 'How its posts were found' })
  matchedBy: ContentMixPlanMatch;

  @Field(() => [ContentMixPlannedPeriodModel], { description: 'Per week, as weeks' })
  weeks: ContentMixPlannedPeriodModel[];

  @Field(() => [ContentMixPlannedPeriodModel], { description: 'Per month, as months' })
  months: ContentMixPlannedPeriodModel[];
}

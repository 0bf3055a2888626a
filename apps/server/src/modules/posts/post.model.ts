import type { NetworkId, PostFormat, PostStatus } from '@chorus/post-model';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SocialNetwork } from '../brands/index.js';
import {
  ApprovalStateEnum,
  PostFormatEnum,
  PostStatusEnum,
  TimeAdjustmentKindEnum,
  type ApprovalState,
} from './post-enums.js';

@ObjectType('PostCategory', { description: 'The content category a post is in' })
export class PostCategoryModel {
  @Field(() => ID, { description: 'The category id' })
  id: string;

  @Field({ description: 'Name' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'The seeded category it started as, or null',
  })
  key: string | null;

  @Field({ description: 'Palette colour' })
  color: string;

  @Field({ description: 'Whether its posts are promotional by default' })
  promotional: boolean;
}

@ObjectType('PostPerson', { description: 'A person named on a post (its assignee)' })
export class PostPersonModel {
  @Field(() => ID, { description: 'The user id' })
  id: string;

  @Field({ description: 'Display name' })
  displayName: string;
}

@ObjectType('Post', { description: "A post's metadata: what the content calendar shows" })
export class PostModel {
  @Field(() => ID, { description: 'The post id (its document id)' })
  id: string;

  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field({ description: 'Title (the document title)' })
  title: string;

  @Field(() => [SocialNetwork], { description: 'The networks it goes to' })
  networks: NetworkId[];

  @Field(() => Date, {
    nullable: true,
    description: 'Publish time, an instant (UTC); null: not planned',
  })
  publishAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Publish time in the brand's time zone, yyyy-mm-ddTHH:mm",
  })
  publishAtLocal: string | null;

  @Field({ description: "The brand's IANA time zone the local time is in" })
  timeZone: string;

  @Field(() => PostFormatEnum, { description: 'Format' })
  format: PostFormat;

  @Field(() => PostCategoryModel, { nullable: true, description: 'Content category, if any' })
  category: PostCategoryModel | null;

  @Field({ description: 'Whether it counts as promotional (its own flag, else its category)' })
  promotional: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The post’s own promotional flag; null follows the category',
  })
  promotionalOverride: boolean | null;

  @Field(() => ID, { nullable: true, description: 'The strategy goal it serves' })
  goalId: string | null;

  @Field(() => ID, { nullable: true, description: 'The media plan of its row' })
  mediaPlanId: string | null;

  @Field(() => String, { nullable: true, description: 'The media-plan row it belongs to' })
  mediaPlanRowId: string | null;

  @Field(() => PostPersonModel, { nullable: true, description: 'Who works on it' })
  assignee: PostPersonModel | null;

  @Field(() => PostStatusEnum, { description: 'Status' })
  status: PostStatus;

  @Field(() => [PostStatusEnum], { description: 'The statuses it may move to next' })
  nextStatuses: PostStatus[];

  @Field(() => ApprovalStateEnum, {
    description: 'Its approval state (from its latest approval request)',
  })
  approvalState: ApprovalState;

  @Field({
    description:
      'An approval flow applies, it is not approved, and it is scheduled or its publish time has passed: it would go out unapproved',
  })
  approvalFlagged: boolean;

  @Field({
    description: 'Archived (its status or its document); it changes only by being restored',
  })
  archived: boolean;

  @Field({ description: 'Whether the signed-in user may change it' })
  canEdit: boolean;

  @Field({ description: 'When it was created' })
  createdAt: Date;

  @Field({ description: 'When its metadata last changed' })
  updatedAt: Date;
}

@ObjectType('PublishTimeAdjustment', {
  description:
    "How a publish time the brand's zone skips or repeats was resolved (the time zone's rules, as calendars do)",
})
export class PublishTimeAdjustmentModel {
  @Field(() => TimeAdjustmentKindEnum, { description: 'GAP or OVERLAP' })
  kind: 'gap' | 'overlap';

  @Field({ description: 'The local date-time asked for' })
  requested: string;

  @Field({ description: 'The local date-time it is scheduled at' })
  resolved: string;

  @Field({ description: 'The UTC offset at the chosen instant, e.g. +02:00' })
  offset: string;

  @Field({ description: 'A sentence to show' })
  message: string;
}

@ObjectType('PostPayload', { description: 'A post after a change' })
export class PostPayloadModel {
  @Field(() => PostModel, { description: 'The post as it is now' })
  post: PostModel;

  @Field(() => PublishTimeAdjustmentModel, {
    nullable: true,
    description: 'Set when the publish time given fell in a DST gap or overlap and was resolved',
  })
  publishTimeAdjustment: PublishTimeAdjustmentModel | null;
}

@ObjectType('CalendarPosts', { description: "A range of a brand's content calendar" })
export class CalendarPostsModel {
  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field({ description: "The brand's time zone the range and local times are in" })
  timeZone: string;

  @Field({ description: 'First day (yyyy-mm-dd, inclusive)' })
  from: string;

  @Field({ description: 'Day after the last (yyyy-mm-dd, exclusive)' })
  to: string;

  @Field({ description: 'Whether the signed-in user may create, change and move posts here' })
  canEdit: boolean;

  @Field(() => Int, { description: "The brand's promotion cap in percent" })
  promotionCapPercent: number;

  @Field(() => [PostModel], { description: 'The posts, by publish time (unscheduled last)' })
  posts: PostModel[];

  @Field({ description: 'True when there were more posts than one answer carries (5,000)' })
  truncated: boolean;
}

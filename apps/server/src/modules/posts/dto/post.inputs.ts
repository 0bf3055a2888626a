import type { NetworkId, PostFormat, PostStatus } from '@chorus/post-model';
import { Field, ID, InputType } from '@nestjs/graphql';
import { SocialNetwork } from '../../brands/index.js';
import { PostFormatEnum, PostStatusEnum } from '../post-enums.js';

@InputType({ description: 'A row of a media plan: the plan document and the row id inside it' })
export class MediaPlanRowRefInput {
  @Field(() => ID, { description: 'The media plan (a document of the same brand)' })
  mediaPlanId: string;

  @Field({ description: "The row's id in that plan" })
  rowId: string;
}

/**
 * A post's metadata when it is created: the `post` field of CreateDocumentInput (kind POST)
 * and of CreatePostInput. Every field is optional; a new post is a draft.
 */
@InputType({
  description: "A new post's metadata; every field optional, the post starts as a draft",
})
export class PostFieldsInput {
  @Field(() => [SocialNetwork], { nullable: true, description: 'The networks it goes to' })
  networks?: NetworkId[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Publish time as a local date-time in the brand's time zone, e.g. 2026-03-29T09:30",
  })
  publishAt?: string | null;

  @Field(() => PostFormatEnum, { nullable: true, description: 'Format (default TEXT)' })
  format?: PostFormat | null;

  @Field(() => ID, { nullable: true, description: "One of the brand's content categories" })
  categoryId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Promotional or not; omitted or null follows the category',
  })
  promotional?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The strategy goal it serves (an id from brandStrategyGoals)',
  })
  goalId?: string | null;

  @Field(() => MediaPlanRowRefInput, {
    nullable: true,
    description: 'The media-plan row it belongs to',
  })
  mediaPlanRow?: MediaPlanRowRefInput | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Who works on it: a member of the workspace with access to the brand',
  })
  assigneeId?: string | null;
}

@InputType({ description: 'A new post: a post document and its metadata, in one step' })
export class CreatePostInput {
  @Field(() => ID, { description: 'The brand' })
  brandId: string;

  @Field({ description: 'Title (1-200 characters), for the calendar and lists' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'The language it is written in: en, vi, fa, he, uk or th',
  })
  language?: string | null;

  @Field(() => PostFieldsInput, { nullable: true, description: 'Its metadata' })
  post?: PostFieldsInput | null;
}

@InputType({
  description:
    "Changes to a post's metadata: omitted fields stay as they are, null clears (promotional: null follows the category). The publish time changes through movePost, the status through transitionPost.",
})
export class UpdatePostInput {
  @Field(() => ID, { description: 'The post (its document id)' })
  postId: string;

  @Field(() => [SocialNetwork], { nullable: true, description: 'The networks it goes to' })
  networks?: NetworkId[] | null;

  @Field(() => PostFormatEnum, { nullable: true, description: 'Format' })
  format?: PostFormat | null;

  @Field(() => ID, { nullable: true, description: "One of the brand's content categories" })
  categoryId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Promotional; null follows the category' })
  promotional?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'The strategy goal it serves' })
  goalId?: string | null;

  @Field(() => MediaPlanRowRefInput, {
    nullable: true,
    description: 'The media-plan row it belongs to',
  })
  mediaPlanRow?: MediaPlanRowRefInput | null;

  @Field(() => ID, { nullable: true, description: 'Who works on it' })
  assigneeId?: string | null;
}

@InputType({ description: 'A new publish time for a post (a calendar move)' })
export class MovePostInput {
  @Field(() => ID, { description: 'The post' })
  postId: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Local date-time in the brand's time zone, e.g. 2026-03-29T09:30; null takes it off the calendar",
  })
  publishAt: string | null;
}

@InputType({ description: 'A status change along the post status machine' })
export class TransitionPostInput {
  @Field(() => ID, { description: 'The post' })
  postId: string;

  @Field(() => PostStatusEnum, { description: 'The status to move to' })
  to: PostStatus;
}

@InputType({ description: 'What the calendar shows; empty lists and omitted fields do not filter' })
export class CalendarFilterInput {
  @Field(() => [SocialNetwork], { nullable: true, description: 'Posts going to any of these' })
  networks?: NetworkId[] | null;

  @Field(() => [PostStatusEnum], {
    nullable: true,
    description: 'Posts in any of these statuses (default: every status but ARCHIVED)',
  })
  statuses?: PostStatus[] | null;

  @Field(() => [ID], { nullable: true, description: 'Posts in any of these categories' })
  categoryIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Posts serving any of these goals' })
  goalIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Posts of any of these media-plan rows' })
  mediaPlanRowIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Posts assigned to any of these people' })
  assigneeIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also posts without a publish time (default false)',
  })
  includeUnscheduled?: boolean | null;
}

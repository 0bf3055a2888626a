import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { CalendarService } from './calendar.service.js';
import { ContentMixModel } from './content-mix.model.js';
import {
  CalendarFilterInput,
  CreatePostInput,
  MovePostInput,
  TransitionPostInput,
  UpdatePostInput,
} from './dto/post.inputs.js';
import { toCalendarModel, toContentMixModel, toPostModel, toPostPayload } from './post.mapper.js';
import { CalendarPostsModel, PostModel, PostPayloadModel } from './post.model.js';
import { PostsService } from './posts.service.js';

@Resolver(() => PostModel)
export class PostsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly calendar: CalendarService,
  ) {}

  @Query(() => PostModel, { description: "One post's metadata" })
  async post(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PostModel> {
    const { row, canEdit } = await this.posts.get(principal, id);
    return toPostModel(row, canEdit);
  }

  @Mutation(() => PostPayloadModel, {
    description:
      'Creates a post (a post document and its metadata; the same as createDocument with kind POST)',
  })
  async createPost(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreatePostInput,
  ): Promise<PostPayloadModel> {
    return toPostPayload(await this.posts.create(principal, input));
  }

  @Mutation(() => PostPayloadModel, { description: "Changes a post's metadata" })
  async updatePost(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdatePostInput,
  ): Promise<PostPayloadModel> {
    return toPostPayload(await this.posts.update(principal, input));
  }

  @Mutation(() => PostPayloadModel, {
    description:
      'Moves a post to a new publish time (POST_ARCHIVED for archived posts, FORBIDDEN without edit rights)',
  })
  async movePost(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: MovePostInput,
  ): Promise<PostPayloadModel> {
    return toPostPayload(await this.posts.move(principal, input));
  }

  @Mutation(() => PostPayloadModel, {
    description: 'Moves a post along the status machine (INVALID_TRANSITION otherwise)',
  })
  async transitionPost(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: TransitionPostInput,
  ): Promise<PostPayloadModel> {
    return toPostPayload(await this.posts.transition(principal, input));
  }

  @Query(() => CalendarPostsModel, {
    description:
      "A range of a brand's content calendar: the posts with everything the month, week and list views show",
  })
  async calendarPosts(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
    @Args('from', { description: "First day, yyyy-mm-dd in the brand's time zone" }) from: string,
    @Args('to', { description: 'Day after the last, yyyy-mm-dd (at most 100 days after from)' })
    to: string,
    @Args('filter', { type: () => CalendarFilterInput, nullable: true })
    filter: CalendarFilterInput | null,
  ): Promise<CalendarPostsModel> {
    return toCalendarModel(await this.calendar.calendar(principal, brandId, from, to, filter));
  }

  @Query(() => ContentMixModel, {
    description:
      'Per week and per month: the promotional share against the brand’s cap, and the split by category and network',
  })
  async contentMix(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
    @Args('from', { description: "First day, yyyy-mm-dd in the brand's time zone" }) from: string,
    @Args('to', { description: 'Day after the last, yyyy-mm-dd (at most 400 days after from)' })
    to: string,
    @Args('firstDayOfWeek', {
      type: () => Int,
      defaultValue: 1,
      description: "The reader's first day of the week: 1 Monday … 7 Sunday",
    })
    firstDayOfWeek: number,
  ): Promise<ContentMixModel> {
    return toContentMixModel(
      await this.calendar.contentMix(principal, brandId, from, to, firstDayOfWeek),
    );
  }
}

import { Inject } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../../../platform/config/index.js';
import { CurrentPrincipal, type Principal } from '../../access/index.js';
import { PostModel } from '../post.model.js';
import { ALLOWED_MIME_TYPES } from './media-types.js';
import { MediaBatch } from './media-batch.js';
import type { PostMediaEntity } from './post-media.entity.js';
import { toMediaModel } from './post-media.mapper.js';
import { MAX_MEDIA_PER_POST } from './post-media.errors.js';
import { PostMediaLimitsModel, PostMediaModel } from './post-media.model.js';
import { PostMediaService } from './post-media.service.js';

/** A post's attachments in GraphQL: listed on the post, removed and reordered by mutations. */
@Resolver(() => PostModel)
export class PostMediaResolver {
  /** One batch per request (its context object), so a calendar's posts share one read. */
  private readonly batches = new WeakMap<object, MediaBatch<PostMediaEntity>>();

  constructor(
    private readonly media: PostMediaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ResolveField('media', () => [PostMediaModel], {
    description:
      'Images and videos attached to the post, in order (upload: POST /api/posts/:id/media)',
  })
  async postMedia(
    @Parent() post: PostModel,
    @Context() context: object,
  ): Promise<PostMediaModel[]> {
    // The post was answered to this caller, so they may read it and its files.
    let batch = this.batches.get(context);
    if (!batch) {
      batch = new MediaBatch((ids) => this.media.listMany(ids));
      this.batches.set(context, batch);
    }
    return (await batch.load(post.id)).map(toMediaModel);
  }

  @Query(() => PostMediaLimitsModel, { description: 'What a post can carry and how large' })
  postMediaLimits(): PostMediaLimitsModel {
    return Object.assign(new PostMediaLimitsModel(), {
      allowedTypes: ALLOWED_MIME_TYPES,
      maxImageBytes: this.config.media.maxImageBytes,
      maxVideoBytes: this.config.media.maxVideoBytes,
      maxFilesPerPost: MAX_MEDIA_PER_POST,
    });
  }

  @Mutation(() => [PostMediaModel], {
    description:
      "Takes a file off its post (its bytes are deleted soon after); answers the post's files left",
  })
  async removePostMedia(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PostMediaModel[]> {
    return (await this.media.remove(principal, id)).map(toMediaModel);
  }

  @Mutation(() => [PostMediaModel], {
    description: "Puts a post's files in a new order (every file of the post, each once)",
  })
  async reorderPostMedia(
    @CurrentPrincipal() principal: Principal,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('mediaIds', { type: () => [ID] }) mediaIds: string[],
  ): Promise<PostMediaModel[]> {
    return (await this.media.reorder(principal, postId, mediaIds)).map(toMediaModel);
  }
}

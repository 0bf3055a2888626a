import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { CommentThreadsService } from './comment-threads.service.js';
import { CommentReplyTemplateModel, CommentThreadModel } from './comment.model.js';
import { CommentThreadPageModel, CommentThreadPreviewModel } from './comment-page.model.js';
import { CommentsService } from './comments.service.js';
import {
  CommentThreadFilter,
  CreateCommentThreadInput,
  EditCommentInput,
  HideCommentInput,
  ReplyToCommentThreadInput,
  ToggleCommentReactionInput,
} from './dto/comment.inputs.js';

/** Comments over GraphQL: each operation is one service call; every change answers the thread. */
@Resolver(() => CommentThreadModel)
export class CommentsResolver {
  constructor(
    private readonly threads: CommentThreadsService,
    private readonly comments: CommentsService,
  ) {}

  @Query(() => [CommentThreadModel], {
    description:
      "A document's comment threads the caller may see (a guest: external ones only), most recently active first",
  })
  commentThreads(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('filter', { type: () => CommentThreadFilter, nullable: true })
    filter: CommentThreadFilter | null,
  ): Promise<CommentThreadModel[]> {
    return this.threads.list(principal, documentId, filter);
  }

  @Query(() => CommentThreadPageModel, {
    description:
      "One page of a document's comment threads the caller may see, most recently active first (`first`: 1–100, default 30; `after`: the previous page's nextCursor)",
  })
  commentThreadPage(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('filter', { type: () => CommentThreadFilter, nullable: true })
    filter: CommentThreadFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<CommentThreadPageModel> {
    return this.threads.page(principal, documentId, filter, first, after);
  }

  @Query(() => [CommentThreadPreviewModel], {
    description:
      "Every comment thread of a document the caller may see, each with its first comment only: where the margin and the editor's highlights put them",
  })
  commentThreadPreviews(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<CommentThreadPreviewModel[]> {
    return this.threads.previews(principal, documentId);
  }

  @Query(() => CommentThreadModel, {
    description:
      'One comment thread with all its comments (NOT_FOUND when the caller may not see it)',
  })
  commentThread(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CommentThreadModel> {
    return this.threads.one(principal, id);
  }

  @Query(() => [CommentReplyTemplateModel], {
    description:
      "The reply templates of the document's brand (its tone guideline in force), for moderators (comment.moderate)",
  })
  commentReplyTemplates(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<CommentReplyTemplateModel[]> {
    return this.threads.replyTemplates(principal, documentId);
  }

  @Mutation(() => CommentThreadModel, {
    description:
      'Starts a thread with its first comment (comment.create; COMMENT_TOO_LONG, COMMENT_MENTION_REFUSED, VALIDATION on the anchor)',
  })
  createCommentThread(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateCommentThreadInput,
  ): Promise<CommentThreadModel> {
    return this.threads.create(principal, input);
  }

  @Mutation(() => CommentThreadModel, {
    description: 'Replies in a thread (comment.create); a resolved thread opens again',
  })
  replyToCommentThread(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ReplyToCommentThreadInput,
  ): Promise<CommentThreadModel> {
    return this.threads.reply(principal, input);
  }

  @Mutation(() => CommentThreadModel, {
    description:
      "Changes one's own comment; the earlier text is kept (COMMENT_GONE once deleted or hidden)",
  })
  editComment(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: EditCommentInput,
  ): Promise<CommentThreadModel> {
    return this.comments.edit(principal, input);
  }

  @Mutation(() => CommentThreadModel, {
    nullable: true,
    description:
      "Deletes one's own comment within 15 minutes (COMMENT_DELETE_WINDOW_CLOSED after); null when the thread went with its last comment",
  })
  deleteComment(
    @CurrentPrincipal() principal: Principal,
    @Args('commentId', { type: () => ID }) commentId: string,
  ): Promise<CommentThreadModel | null> {
    return this.comments.delete(principal, commentId);
  }

  @Mutation(() => CommentThreadModel, {
    description: 'Hides a comment with a reason shown in its place (comment.moderate)',
  })
  hideComment(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: HideCommentInput,
  ): Promise<CommentThreadModel> {
    return this.comments.hide(principal, input);
  }

  @Mutation(() => CommentThreadModel, {
    description: 'Resolves a thread (moderators, or the team member who started it)',
  })
  resolveCommentThread(
    @CurrentPrincipal() principal: Principal,
    @Args('threadId', { type: () => ID }) threadId: string,
  ): Promise<CommentThreadModel> {
    return this.threads.setStatus(principal, threadId, 'resolved');
  }

  @Mutation(() => CommentThreadModel, {
    description: 'Opens a resolved thread again (moderators, or the team member who started it)',
  })
  reopenCommentThread(
    @CurrentPrincipal() principal: Principal,
    @Args('threadId', { type: () => ID }) threadId: string,
  ): Promise<CommentThreadModel> {
    return this.threads.setStatus(principal, threadId, 'open');
  }

  @Mutation(() => CommentThreadModel, {
    description: 'Gives one emoji to a comment, or takes it back (comment.create)',
  })
  toggleCommentReaction(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ToggleCommentReactionInput,
  ): Promise<CommentThreadModel> {
    return this.comments.toggleReaction(principal, input);
  }
}

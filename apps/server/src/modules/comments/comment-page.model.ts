import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  CommentAnchorModel,
  CommentModel,
  CommentThreadModel,
  CommentThreadStatusEnum,
  CommentVisibilityEnum,
} from './comment.model.js';

@ObjectType('CommentThreadPage', {
  description: 'One page of a document’s threads, most recently active first',
})
export class CommentThreadPageModel {
  @Field(() => [CommentThreadModel], {
    description: 'The threads of this page, with every comment',
  })
  threads: CommentThreadModel[];

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last page',
  })
  nextCursor: string | null;
}

/**
 * A thread as the margin and the editors' highlights need it: where it is, its state, its
 * first comment and how many there are. A type of its own (not `CommentThread` with fewer
 * comments), so that a client cache never mistakes a preview for the whole thread.
 */
@ObjectType('CommentThreadPreview', {
  description: 'A thread with its first comment only (for margins and markers)',
})
export class CommentThreadPreviewModel {
  @Field(() => ID, { description: 'The thread id' })
  id: string;

  @Field(() => ID, { description: 'The document' })
  documentId: string;

  @Field(() => CommentAnchorModel, { description: 'Where it is attached' })
  anchor: CommentAnchorModel;

  @Field(() => CommentVisibilityEnum, { description: 'Internal (team) or external (guests too)' })
  visibility: string;

  @Field(() => CommentThreadStatusEnum, { description: 'Open or resolved' })
  status: string;

  @Field({ description: 'When it was started' })
  createdAt: Date;

  @Field({ description: 'When it last had a comment, an edit, a reaction or a status change' })
  lastActivityAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was resolved' })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who resolved it' })
  resolvedByName: string | null;

  @Field(() => [String], { description: 'The escalation topics its comments touched' })
  escalationTopics: string[];

  @Field(() => CommentModel, { nullable: true, description: 'Its first comment' })
  firstComment: CommentModel | null;

  @Field(() => Int, { description: 'How many comments it has (deleted ones included)' })
  commentCount: number;
}

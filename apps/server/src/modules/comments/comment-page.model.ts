import { Field, ObjectType } from '@nestjs/graphql';
import { CommentModel, CommentThreadFacts, CommentThreadModel } from './comment.model.js';

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
export class CommentThreadPreviewModel extends CommentThreadFacts {
  @Field(() => CommentModel, { nullable: true, description: 'Its first comment' })
  firstComment: CommentModel | null;
}

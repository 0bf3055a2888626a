import { Field, ID, InputType } from '@nestjs/graphql';
import {
  CommentAnchorKindEnum,
  CommentThreadStatusEnum,
  CommentVisibilityEnum,
} from '../comment.model.js';

@InputType({ description: 'Where a new thread is attached (the fields its kind needs)' })
export class CommentAnchorInput {
  @Field(() => CommentAnchorKindEnum, { description: 'What the thread is attached to' })
  kind: string;

  @Field(() => String, {
    nullable: true,
    description: 'TEXT in a post: `body`, `firstComment` or a network id; none in a strategy',
  })
  field?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'TEXT: base64 of Y.encodeRelativePosition of the start',
  })
  start?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'TEXT: base64 of Y.encodeRelativePosition of the end',
  })
  end?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'TEXT: the quoted text (1–500 characters)',
  })
  quote?: string | null;

  @Field(() => String, { nullable: true, description: 'CELL and ROW: the media-plan row id' })
  rowId?: string | null;

  @Field(() => String, { nullable: true, description: 'CELL: the media-plan period' })
  period?: string | null;

  @Field(() => String, { nullable: true, description: 'VARIANT: the network' })
  network?: string | null;
}

@InputType({ description: 'A new thread with its first comment' })
export class CreateCommentThreadInput {
  @Field(() => ID, { description: 'The document' })
  documentId: string;

  @Field(() => CommentAnchorInput, { description: 'Where it is attached' })
  anchor: CommentAnchorInput;

  @Field(() => CommentVisibilityEnum, {
    nullable: true,
    description: "INTERNAL (the team's default) or EXTERNAL (guests always start EXTERNAL ones)",
  })
  visibility?: string | null;

  @Field({ description: 'The first comment, plain text (1–10,000 characters)' })
  body: string;

  @Field(() => [ID], {
    nullable: true,
    description: "Team members of the document's brand to tell",
  })
  mentions?: string[] | null;
}

@InputType({ description: 'A reply to a thread' })
export class ReplyToCommentThreadInput {
  @Field(() => ID, { description: 'The thread' })
  threadId: string;

  @Field({ description: 'Plain text (1–10,000 characters)' })
  body: string;

  @Field(() => [ID], { nullable: true, description: 'Team members to tell' })
  mentions?: string[] | null;
}

@InputType({ description: 'A new text for one of one’s comments (the old one is kept)' })
export class EditCommentInput {
  @Field(() => ID, { description: 'The comment' })
  commentId: string;

  @Field({ description: 'Plain text (1–10,000 characters)' })
  body: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'The team members it mentions now (newly mentioned ones are told)',
  })
  mentions?: string[] | null;
}

@InputType({ description: 'A moderator hides a comment, saying why' })
export class HideCommentInput {
  @Field(() => ID, { description: 'The comment' })
  commentId: string;

  @Field({ description: 'Why (1–500 characters; shown in its place)' })
  reason: string;
}

@InputType({ description: 'Gives or takes back one emoji on a comment' })
export class ToggleCommentReactionInput {
  @Field(() => ID, { description: 'The comment' })
  commentId: string;

  @Field({ description: 'A single emoji' })
  emoji: string;
}

@InputType({ description: 'Which threads to list' })
export class CommentThreadFilter {
  @Field(() => CommentThreadStatusEnum, { nullable: true, description: 'Only open or resolved' })
  status?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only threads the viewer started or commented in',
  })
  mine?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only threads mentioning the viewer' })
  mentions?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only external threads; false: only internal ones',
  })
  external?: boolean | null;
}

import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const CommentAnchorKindEnum = {
  TEXT: 'text',
  CELL: 'cell',
  ROW: 'row',
  POST: 'post',
  VARIANT: 'variant',
} as const;
export const CommentVisibilityEnum = { INTERNAL: 'internal', EXTERNAL: 'external' } as const;
export const CommentThreadStatusEnum = { OPEN: 'open', RESOLVED: 'resolved' } as const;

registerEnumType(CommentAnchorKindEnum, {
  name: 'CommentAnchorKind',
  description:
    'TEXT: a range of a strategy or a post text; CELL: a media-plan cell; ROW: a media-plan row; POST: a whole post; VARIANT: one network variant of a post',
});
registerEnumType(CommentVisibilityEnum, {
  name: 'CommentVisibility',
  description: 'INTERNAL: the team only; EXTERNAL: the team and the guests of the document',
});
registerEnumType(CommentThreadStatusEnum, {
  name: 'CommentThreadStatus',
  description: 'OPEN, or RESOLVED (reopened by a reply or by reopenCommentThread)',
});

@ObjectType('CommentAnchor', { description: 'Where a thread is attached in its document' })
export class CommentAnchorModel {
  @Field(() => CommentAnchorKindEnum, { description: 'What the thread is attached to' })
  kind: string;

  @Field(() => String, {
    nullable: true,
    description:
      'TEXT in a post: `body`, `firstComment` or a network id (its variant); null in a strategy',
  })
  field: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'TEXT: base64 of Y.encodeRelativePosition of the range start',
  })
  start: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'TEXT: base64 of Y.encodeRelativePosition of the range end',
  })
  end: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'TEXT: the text quoted when the thread started (kept if the range is deleted)',
  })
  quote: string | null;

  @Field(() => String, { nullable: true, description: 'CELL and ROW: the media-plan row id' })
  rowId: string | null;

  @Field(() => String, { nullable: true, description: 'CELL: the media-plan period' })
  period: string | null;

  @Field(() => String, { nullable: true, description: 'VARIANT: the network' })
  network: string | null;
}

@ObjectType('CommentAuthor', { description: 'Who wrote a comment' })
export class CommentAuthorModel {
  @Field(() => ID, { nullable: true, description: 'The team member; null for a guest' })
  userId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The team member's display name or the name the guest gave; null once gone",
  })
  name: string | null;

  @Field({ description: 'True when a guest (a share link holder) wrote it' })
  guest: boolean;
}

@ObjectType('CommentReaction', { description: 'One emoji on a comment and how many gave it' })
export class CommentReactionModel {
  @Field({ description: 'A single emoji' })
  emoji: string;

  @Field(() => Int, { description: 'How many people gave it' })
  count: number;

  @Field({ description: 'Whether the viewer gave it' })
  mine: boolean;
}

@ObjectType('Comment', { description: 'One comment of a thread (plain text)' })
export class CommentModel {
  @Field(() => ID, { description: 'The comment id' })
  id: string;

  @Field(() => ID, { description: 'Its thread' })
  threadId: string;

  @Field(() => CommentAuthorModel, { description: 'Who wrote it' })
  author: CommentAuthorModel;

  @Field({
    description:
      'Plain text, to be shown as text (never as HTML); empty when deleted, and when hidden except for moderators',
  })
  body: string;

  @Field(() => [ID], { description: 'The team members it mentions' })
  mentions: string[];

  @Field({ description: 'When it was written' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last edited' })
  editedAt: Date | null;

  @Field({ description: 'Whether its author deleted it' })
  deleted: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why a moderator hid it; null when it is not hidden',
  })
  hiddenReason: string | null;

  @Field(() => [CommentReactionModel], { description: 'Its reactions, most given first' })
  reactions: CommentReactionModel[];

  @Field({
    description: 'Whether the viewer may edit it (its author, while not deleted or hidden)',
  })
  canEdit: boolean;

  @Field({ description: 'Whether the viewer may delete it (its author, within 15 minutes)' })
  canDelete: boolean;
}

/** What a thread and its preview both say of it: where it is, its state, how many comments. */
@ObjectType({ isAbstract: true })
export abstract class CommentThreadFacts {
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

  @Field(() => [String], {
    description:
      "The escalation topics of the brand's tone guideline its comments touched (the chief experts were told)",
  })
  escalationTopics: string[];

  @Field(() => Int, { description: 'How many comments it has (deleted ones included)' })
  commentCount: number;
}

@ObjectType('CommentThread', { description: 'A discussion attached to one place of a document' })
export class CommentThreadModel extends CommentThreadFacts {
  @Field(() => [CommentModel], { description: 'Its comments, oldest first' })
  comments: CommentModel[];
}

@ObjectType('CommentThreadsChange', { description: 'A thread of a document changed' })
export class CommentThreadsChangeModel {
  @Field(() => ID, { description: 'The document' })
  documentId: string;

  @Field(() => ID, { description: 'The thread that changed (refetch the list)' })
  threadId: string;
}

@ObjectType('CommentTemplateVariable', { description: 'A variable of a reply template' })
export class CommentTemplateVariableModel {
  @Field({ description: 'Its name, written {{name}} in the body' })
  name: string;

  @Field({ description: 'Whether it must be filled in' })
  required: boolean;

  @Field(() => String, { nullable: true, description: 'What to put there' })
  description: string | null;
}

@ObjectType('CommentReplyTemplate', {
  description: "A reply from the brand's tone guideline, for moderators",
})
export class CommentReplyTemplateModel {
  @Field({ description: 'The template id in the guideline' })
  id: string;

  @Field({ description: 'Its name' })
  name: string;

  @Field({ description: 'The language it is written in' })
  language: string;

  @Field({ description: 'The text, with {{variables}}' })
  body: string;

  @Field(() => [CommentTemplateVariableModel], { description: 'Its variables' })
  variables: CommentTemplateVariableModel[];
}

import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
// Type-only (relations name their targets): entities of two modules never load each other.
import type { UserEntity } from '../accounts/index.js';
import type { BrandEntity } from '../brands/index.js';
import type { DocumentEntity } from '../documents/index.js';

export type AnchorKind = 'text' | 'cell' | 'row' | 'post' | 'variant';
export type ThreadVisibility = 'internal' | 'external';
export type ThreadStatus = 'open' | 'resolved';

/**
 * A discussion on one place of a document: its anchor (a text range by Yjs relative
 * positions, a media-plan cell or row, a post or one of its network variants), who may see it
 * (INTERNAL: the team; EXTERNAL: the team and the document's guests) and whether it is open.
 * Its first comment is the one that started it.
 */
@Entity('comment_threads')
@Index('IDX_comment_threads_document_activity', ['documentId', 'lastActivityAt'])
@Index('IDX_comment_threads_document_status', ['documentId', 'status', 'visibility'])
export class CommentThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne('DocumentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<DocumentEntity>;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne('BrandEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  @Column({ name: 'anchor_kind', type: 'varchar', length: 10 })
  anchorKind: AnchorKind;

  /** TEXT in a post: `body`, `firstComment` or a network id; null in a strategy. */
  @Column({ name: 'anchor_field', type: 'varchar', length: 40, nullable: true })
  anchorField: string | null;

  /** TEXT: base64 of `Y.encodeRelativePosition` (start and end of the range). */
  @Column({ name: 'anchor_start', type: 'text', nullable: true })
  anchorStart: string | null;

  @Column({ name: 'anchor_end', type: 'text', nullable: true })
  anchorEnd: string | null;

  /** TEXT: the text quoted when the thread started (kept when the range is deleted). */
  @Column({ name: 'anchor_quote', type: 'varchar', length: 500, nullable: true })
  anchorQuote: string | null;

  /** CELL and ROW: the media-plan row id. */
  @Column({ name: 'anchor_row_id', type: 'varchar', length: 100, nullable: true })
  anchorRowId: string | null;

  /** CELL: the media-plan period (column). */
  @Column({ name: 'anchor_period', type: 'varchar', length: 40, nullable: true })
  anchorPeriod: string | null;

  /** VARIANT: the network. */
  @Column({ name: 'anchor_network', type: 'varchar', length: 40, nullable: true })
  anchorNetwork: string | null;

  @Column({ type: 'varchar', length: 10 })
  visibility: ThreadVisibility;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status: ThreadStatus;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by' })
  resolver?: Relation<UserEntity>;

  /** The team member who started it; null for a guest (then `guestSessionId`). */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<UserEntity>;

  /** The guest session that started it (share links' guest_sessions; kept after it ends). */
  @Column({ name: 'guest_session_id', type: 'uuid', nullable: true })
  guestSessionId: string | null;

  @Column({ name: 'guest_name', type: 'varchar', length: 100, nullable: true })
  guestName: string | null;

  /** Escalation topics (tone guideline rule ids) its comments touched. */
  @Column({ name: 'escalation_topics', type: 'text', array: true, default: () => "'{}'" })
  escalationTopics: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;
}

/** One comment of a thread, written by a team member or a guest; plain text. */
@Entity('comments')
@Index('IDX_comments_thread_created', ['threadId', 'createdAt'])
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @ManyToOne('CommentThreadEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<CommentThreadEntity>;

  /** Plain text (≤ 10,000 characters); empty once deleted. */
  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<UserEntity>;

  @Column({ name: 'guest_session_id', type: 'uuid', nullable: true })
  guestSessionId: string | null;

  @Column({ name: 'guest_name', type: 'varchar', length: 100, nullable: true })
  guestName: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'hidden_by' })
  hider?: Relation<UserEntity>;

  @Column({ name: 'hidden_reason', type: 'varchar', length: 500, nullable: true })
  hiddenReason: string | null;
}

/** A comment's earlier bodies, one row per edit (the body before it). */
@Entity('comment_edits')
@Index('IDX_comment_edits_comment', ['commentId', 'editedAt'])
export class CommentEditEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId: string;

  @ManyToOne('CommentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: Relation<CommentEntity>;

  /** The body as it was before this edit. */
  @Column({ name: 'previous_body', type: 'text' })
  previousBody: string;

  @CreateDateColumn({ name: 'edited_at', type: 'timestamptz' })
  editedAt: Date;
}

/**
 * One person's emoji on a comment (a user or a guest session: `reactor` is `u:<id>` or
 * `g:<id>`), once per emoji.
 */
@Entity('comment_reactions')
@Unique('UQ_comment_reactions_reactor_emoji', ['commentId', 'reactor', 'emoji'])
export class CommentReactionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId: string;

  @ManyToOne('CommentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: Relation<CommentEntity>;

  @Column({ type: 'varchar', length: 60 })
  reactor: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 32 })
  emoji: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A team member a comment mentions (notified once, when the mention is added). */
@Entity('comment_mentions')
@Index('IDX_comment_mentions_user', ['userId'])
export class CommentMentionEntity {
  @PrimaryColumn({ name: 'comment_id', type: 'uuid' })
  commentId: string;

  @ManyToOne('CommentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: Relation<CommentEntity>;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
}

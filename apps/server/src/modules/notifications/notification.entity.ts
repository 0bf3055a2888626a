import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
// Type-only (relations name their targets): entities of two modules never load each other.
import type { UserEntity } from '../accounts/index.js';
import type { WorkspaceEntity } from '../workspaces/index.js';

/** Where a notification stands with email: none wanted, waiting (now or for the digest), sent. */
export const EMAIL_STATES = ['none', 'queued', 'digest', 'sent', 'skipped'] as const;
export type EmailState = (typeof EMAIL_STATES)[number];

/**
 * One thing one person is told about, made by the notifications processor from an event.
 * Unique per (event, recipient, kind): a job that runs again inserts nothing.
 */
@Entity('notifications')
@Unique('UQ_notifications_event_user_kind', ['eventId', 'userId', 'kind'])
@Index('IDX_notifications_user_created', ['userId', 'createdAt', 'id'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The recipient; their notifications go with them. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  /** A registered kind (NotificationKinds), e.g. `post_assigned`. */
  @Column({ type: 'varchar', length: 60 })
  kind: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @ManyToOne('WorkspaceEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  @Column({ name: 'brand_id', type: 'uuid', nullable: true })
  brandId: string | null;

  @Column({ name: 'document_id', type: 'uuid', nullable: true })
  documentId: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** What the text needs without joining: names at the time (never secrets). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  /** Shown in the notification centre (false: the recipient wants this kind by email only). */
  @Column({ name: 'in_app', type: 'boolean', default: true })
  inApp: boolean;

  @Column({ name: 'email_state', type: 'varchar', length: 10, default: 'none' })
  emailState: EmailState;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}

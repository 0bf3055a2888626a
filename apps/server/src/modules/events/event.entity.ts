import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Something that happened, written in the same transaction as the change itself
 * (the transactional outbox). Rows are only ever inserted.
 */
@Entity('events')
@Index(['workspaceId', 'occurredAt'])
@Index(['documentId', 'occurredAt'])
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Column({ name: 'brand_id', type: 'uuid', nullable: true })
  brandId: string | null;

  @Column({ name: 'document_id', type: 'uuid', nullable: true })
  documentId: string | null;

  /** Who did it; null for the system. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 60 })
  type: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 30 })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  /** What a reader needs without joining: names, and `before`/`after` where a value changed. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;
}

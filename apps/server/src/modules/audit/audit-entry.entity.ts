import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One line of a workspace's audit log, written by the audit processor from an
 * event. Append-only: no code path updates or deletes it, and a trigger (see the
 * AuditLog migration) refuses UPDATE and DELETE in the database itself.
 */
@Entity('audit_entries')
@Index(['workspaceId', 'occurredAt', 'id'])
@Index(['workspaceId', 'actorId', 'occurredAt', 'id'])
@Index(['workspaceId', 'brandId', 'occurredAt', 'id'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The event it was made from; unique, so a job that runs again writes nothing. */
  @Index({ unique: true })
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Column({ name: 'brand_id', type: 'uuid', nullable: true })
  brandId: string | null;

  @Column({ name: 'document_id', type: 'uuid', nullable: true })
  documentId: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 30 })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}

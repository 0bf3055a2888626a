import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
// Type-only (the relation names its target): entities of two modules never load each other.
import type { DocumentEntity } from '../documents/index.js';

/** Why a version exists ('approval': the content a request for approval was bound to). */
export const VERSION_KINDS = ['named', 'auto', 'restore', 'approval'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

/**
 * A saved state of a document: the whole Yjs state at that moment, never changed after.
 * Restoring one writes a new edit (and a new 'restore' version); history is not rewritten.
 */
@Entity('document_versions')
@Index(['documentId', 'number'], { unique: true })
export class DocumentVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne('DocumentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<DocumentEntity>;

  /** 1, 2, 3… per document, in the order they were made. */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: 20 })
  kind: VersionKind;

  /** The name someone gave it; null for automatic versions. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  /** Who made it; null for automatic ones. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  /** For 'restore' versions: the number of the version that was restored. */
  @Column({ name: 'restored_from', type: 'integer', nullable: true })
  restoredFrom: number | null;

  @Column({ type: 'bytea', select: false })
  state: Buffer;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  /**
   * Set when an approval request approved exactly this version: when, which request, and
   * who approved it at each step. Written by the approvals module, never cleared.
   */
  @Column({ type: 'jsonb', nullable: true })
  approval: VersionApproval | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The approval stamped on a version. */
export interface VersionApproval {
  approvedAt: string;
  requestId: string;
  approvers: Array<{ userId: string | null; name: string | null; stepIndex: number; at: string }>;
}

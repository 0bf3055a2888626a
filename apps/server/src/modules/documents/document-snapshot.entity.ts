import {
  Column,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { DocumentEntity } from './document.entity.js';

/** The compacted state of a document: everything folded in so far, as one Yjs update. */
@Entity('document_snapshots')
export class DocumentSnapshotEntity {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @OneToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<DocumentEntity>;

  @Column({ type: 'bytea' })
  state: Buffer;

  /** The highest update seq folded in (for diagnostics; loading never relies on it). */
  @Column({ name: 'last_seq', type: 'bigint' })
  lastSeq: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

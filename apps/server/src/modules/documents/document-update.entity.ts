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
import { DocumentEntity } from './document.entity.js';

/**
 * One accepted Yjs update (V1), appended before it is relayed to anyone. `seq` comes from a
 * database sequence; the compactor folds rows into the snapshot and deletes exactly those.
 */
@Entity('document_updates')
@Index(['documentId', 'seq'])
export class DocumentUpdateEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<DocumentEntity>;

  @Column({ type: 'bytea' })
  update: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
// Type-only (the relation names its target): entities of two modules never load each other.
import type { BrandEntity } from '../brands/index.js';
import type { DocumentKind } from './document-kind.js';

/** A co-edited document of a brand. Its content is a Yjs document in document_updates/snapshots. */
@Entity('documents')
@Index(['brandId', 'kind'])
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne('BrandEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  /** A registered kind (DocumentKindRegistry); the core names none. */
  @Column({ type: 'varchar', length: 20 })
  kind: DocumentKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** The language the document is written in (strategies: the template's language). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  language: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** When someone last changed its content (kept to within a few seconds). */
  @Column({ name: 'last_edited_at', type: 'timestamptz', nullable: true })
  lastEditedAt: Date | null;

  /** Who last changed its content. */
  @Column({ name: 'last_edited_by', type: 'uuid', nullable: true })
  lastEditedBy: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}

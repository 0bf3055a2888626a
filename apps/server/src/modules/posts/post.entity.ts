import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
// Type-only (relations name their targets): entities of two modules never load each other.
import type { UserEntity } from '../accounts/index.js';
import type { BrandEntity, ContentCategoryEntity } from '../brands/index.js';
import type { DocumentEntity } from '../documents/index.js';

/**
 * A post's metadata, one row per post document: what the calendar queries. The body and
 * its per-network variants are the document's Yjs content; everything here is a row.
 */
@Entity('posts')
@Index(['brandId', 'publishAt'])
export class PostEntity {
  /** The post document's id: a post is a document of kind 'post'. */
  @PrimaryColumn({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @OneToOne('DocumentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<DocumentEntity>;

  /** The document's brand, kept here so the calendar reads one table by brand and time. */
  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne('BrandEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  /** The networks it goes to (@chorus/post-model NETWORK_IDS). */
  @Column({ type: 'varchar', length: 20, array: true, default: () => "'{}'" })
  networks: string[];

  /** When it is to be published, an instant (UTC); shown in the brand's time zone. Null: not planned yet. */
  @Column({ name: 'publish_at', type: 'timestamptz', nullable: true })
  publishAt: Date | null;

  /** @chorus/post-model POST_FORMATS. */
  @Column({ type: 'varchar', length: 20, default: 'text' })
  format: string;

  /** A category of the same brand; a category posts use cannot be deleted. */
  @Column({ name: 'category_id', type: 'uuid', nullable: true })
  categoryId: string | null;

  @ManyToOne('ContentCategoryEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  category?: Relation<ContentCategoryEntity>;

  /** Promotional or not as the post says; null follows its category. */
  @Column({ type: 'boolean', nullable: true })
  promotional: boolean | null;

  /** The strategy goal it serves (a goal id of one of the brand's strategies). */
  @Column({ name: 'goal_id', type: 'varchar', length: 100, nullable: true })
  goalId: string | null;

  /** The media plan of the row it belongs to. */
  @Column({ name: 'media_plan_id', type: 'uuid', nullable: true })
  mediaPlanId: string | null;

  @ManyToOne('DocumentEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'media_plan_id' })
  mediaPlan?: Relation<DocumentEntity>;

  /** The row id inside that plan's Yjs document. */
  @Column({ name: 'media_plan_row_id', type: 'varchar', length: 64, nullable: true })
  mediaPlanRowId: string | null;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: Relation<UserEntity>;

  /** @chorus/post-model POST_STATUSES; changed only along the status machine. */
  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

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
// Type-only (relations name their targets): entities of two modules never load each other.
import type { UserEntity } from '../../accounts/index.js';
import type { PostEntity } from '../post.entity.js';

/**
 * One file attached to a post: an image or a video in the blob store (by key), with its
 * thumbnail (images only) and its place in the post's order.
 */
@Entity('post_media')
@Index(['postId', 'position'])
export class PostMediaEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The post's document id. */
  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne('PostEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', referencedColumnName: 'documentId' })
  post?: Relation<PostEntity>;

  /** Where the file's bytes are in the blob store. */
  @Column({ name: 'blob_key', type: 'varchar', length: 300 })
  blobKey: string;

  /** The type sniffed from the bytes (never the name or the declared type). */
  @Column({ type: 'varchar', length: 100 })
  mime: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  bytes: number;

  /** Pixels, for images; null for videos. */
  @Column({ type: 'integer', nullable: true })
  width: number | null;

  @Column({ type: 'integer', nullable: true })
  height: number | null;

  /** A small WebP of an image; null for videos. */
  @Column({ name: 'thumbnail_key', type: 'varchar', length: 300, nullable: true })
  thumbnailKey: string | null;

  /** The name it was uploaded with (cleaned), for downloads only. */
  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  /** 0-based place in the post's order. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by' })
  uploader?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

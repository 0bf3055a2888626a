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
import type { BrandEntity } from '../../brands/index.js';

/**
 * A personal iCalendar feed of one brand's calendar. The URL's secret is the credential;
 * only its SHA-256 is kept. The feed answers while it is not revoked and its owner may
 * still read the brand's posts.
 */
@Entity('calendar_feeds')
@Index(['brandId', 'userId'])
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne('BrandEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  /** Who made it; the feed shows what this person may read. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  /** SHA-256 (hex) of the URL's secret. */
  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Last time a calendar fetched it (written at most once a minute). */
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

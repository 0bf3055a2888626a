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
 * A personal API token for posting a brand's KPI actuals from a script. The secret is the
 * credential; only its SHA-256 is kept. It works while it is not revoked and its owner
 * may still enter the brand's actuals (`metrics.edit`), checked at every use.
 */
@Entity('kpi_api_tokens')
@Index(['brandId', 'userId'])
export class KpiApiTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne('BrandEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  /** Whose rights it carries. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  /** What the owner calls it ("Monthly export script"). */
  @Column({ type: 'varchar', length: 100 })
  label: string;

  /** SHA-256 (hex) of the secret. */
  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  /** The secret's last four characters, so its owner can tell tokens apart. */
  @Column({ name: 'last_four', type: 'varchar', length: 4 })
  lastFour: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Last time a script used it (written at most once a minute). */
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

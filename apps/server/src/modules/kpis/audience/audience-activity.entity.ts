import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
// Type-only (relations name their targets): entities of two modules never load each other.
import type { BrandEntity } from '../../brands/index.js';

/**
 * When a brand's audience is online on one network: 168 values, Monday 00:00 first, in the
 * brand's time zone, as imported from the network's analytics (a later import replaces it).
 */
@Entity('audience_activity')
export class AudienceActivityEntity {
  @PrimaryColumn({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne('BrandEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  network: string;

  /** 168 non-negative numbers (counts or percentages, as the export gave them). */
  @Column({ type: 'jsonb' })
  grid: number[];

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

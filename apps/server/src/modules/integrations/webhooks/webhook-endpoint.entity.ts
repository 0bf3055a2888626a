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
import type { BrandEntity } from '../../brands/index.js';

/** A URL a brand's post events are POSTed to, signed with the endpoint's secret. */
@Entity('webhook_endpoints')
@Index(['brandId', 'createdAt'])
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne('BrandEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  description: string;

  /**
   * The HMAC key. Kept as is (signing needs it, as with every webhook sender); shown to
   * people once, when it is made, and never answered again.
   */
  @Column({ type: 'varchar', length: 100 })
  secret: string;

  /** Webhook event names it receives (webhook-events.ts). */
  @Column({ name: 'event_types', type: 'varchar', length: 40, array: true })
  eventTypes: string[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

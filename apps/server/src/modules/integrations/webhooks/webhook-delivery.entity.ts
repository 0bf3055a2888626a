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
import type { WebhookEndpointEntity } from './webhook-endpoint.entity.js';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/**
 * One event for one endpoint: the exact body sent on every attempt. At most one per
 * endpoint and event (the processor may run twice); test events and redeliveries have
 * no event id of their own.
 */
@Entity('webhook_deliveries')
@Index(['endpointId', 'createdAt'])
@Index(['endpointId', 'eventId'], { unique: true, where: '"event_id" IS NOT NULL' })
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId: string;

  @ManyToOne('WebhookEndpointEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id' })
  endpoint?: Relation<WebhookEndpointEntity>;

  /** The event-log row it reports; null for test events and redeliveries. */
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  /** The webhook event name (X-Chorus-Event). */
  @Column({ name: 'event_type', type: 'varchar', length: 40 })
  eventType: string;

  /** The JSON body, byte for byte what is signed and sent. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status: DeliveryStatus;

  /** The delivery this one repeats, if it is a redelivery. */
  @Column({ name: 'redelivery_of', type: 'uuid', nullable: true })
  redeliveryOf: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When it was delivered or gave up. */
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}

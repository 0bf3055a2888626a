import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { WebhookDeliveryEntity } from './webhook-delivery.entity.js';

/** One HTTP attempt of a delivery: what the receiver answered, or why it could not. */
@Entity('webhook_attempts')
@Index(['deliveryId', 'attempt'])
export class WebhookAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId: string;

  @ManyToOne('WebhookDeliveryEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: Relation<WebhookDeliveryEntity>;

  /** 1 for the first try. */
  @Column({ type: 'int' })
  attempt: number;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'duration_ms', type: 'int' })
  durationMs: number;

  /** The receiver's HTTP status; null when no answer came (network error, timeout, refused target). */
  @Column({ name: 'status_code', type: 'int', nullable: true })
  statusCode: number | null;

  @Column({ type: 'boolean' })
  ok: boolean;

  /** The error, or the start of a non-2xx answer's body (at most 500 characters). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;
}

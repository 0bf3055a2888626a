import type { StrategyGoal } from '@chorus/strategy-model';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
// Type-only (relations name their targets): entities of two modules never load each other.
import type { BrandEntity } from '../brands/index.js';

/** A SMART goal card as a strategy states it (what goal KPIs are kept in line with). */
export type StoredGoal = Pick<
  StrategyGoal,
  'id' | 'statement' | 'metric' | 'baseline' | 'targetValue' | 'deadline'
>;

/**
 * The goal cards of one strategy as last read (docs/adr/0032): after a strategy's edits
 * settle, only that strategy is read again; the brand's goal KPIs are reconciled against
 * these rows, so a brand with many strategies is not re-read whole on every edit.
 */
@Entity('kpi_goal_sources')
export class KpiGoalSourceEntity {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne('DocumentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<object>;

  @Column({ name: 'brand_id', type: 'uuid' })
  @Index('IDX_kpi_goal_sources_brand')
  brandId: string;

  @ManyToOne('BrandEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  /** The cards in document order. */
  @Column({ type: 'jsonb' })
  goals: StoredGoal[];

  @Column({ name: 'read_at', type: 'timestamptz', default: () => 'now()' })
  readAt: Date;
}

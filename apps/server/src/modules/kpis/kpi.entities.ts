import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
// Type-only (relations name their targets): entities of two modules never load each other.
import type { BrandEntity } from '../brands/index.js';

/**
 * A KPI of a brand: derived from a SMART goal card of one of its strategies (kept in sync
 * with the card; `goal_removed_at` when the card is gone, never deleted) or custom.
 * Targets are spread linearly from baseline to target unless `target_mode` says they were
 * typed by hand or taken from the media plan (then they are rows of kpi_targets).
 */
@Entity('kpis')
@Index('UQ_kpis_brand_goal', ['brandId', 'goalId'], { unique: true, where: 'goal_id IS NOT NULL' })
export class KpiEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne('BrandEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  /** The SMART goal card's id (`goalId`), or null for a custom KPI. */
  @Column({ name: 'goal_id', type: 'varchar', length: 100, nullable: true })
  goalId: string | null;

  /** The strategy the goal was last read from. */
  @Column({ name: 'strategy_document_id', type: 'uuid', nullable: true })
  strategyDocumentId: string | null;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  /** A `KpiMetric` of @chorus/kpi-model. */
  @Column({ type: 'varchar', length: 40 })
  metric: string;

  /** count | percent | money | ratio. */
  @Column({ type: 'varchar', length: 10 })
  unit: string;

  /** ISO 4217 when the unit is money. */
  @Column({ type: 'varchar', length: 3, nullable: true })
  currency: string | null;

  /** higher | lower. */
  @Column({ type: 'varchar', length: 6 })
  direction: string;

  /** A network id, or null for the whole brand. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  network: string | null;

  @Column({ type: 'double precision', nullable: true })
  baseline: number | null;

  @Column({ type: 'double precision', nullable: true })
  target: number | null;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  /** month | week | quarter. */
  @Column({ name: 'period_kind', type: 'varchar', length: 8, default: 'month' })
  periodKind: string;

  /** linear | manual | media_plan. */
  @Column({ name: 'target_mode', type: 'varchar', length: 12, default: 'linear' })
  targetMode: string;

  @Column({ name: 'goal_removed_at', type: 'timestamptz', nullable: true })
  goalRemovedAt: Date | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A target of one period, typed by hand or taken from the media plan. */
@Entity('kpi_targets')
export class KpiTargetEntity {
  @PrimaryColumn({ name: 'kpi_id', type: 'uuid' })
  kpiId: string;

  @ManyToOne('KpiEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'kpi_id' })
  kpi?: Relation<KpiEntity>;

  /** `2027-01`, `2027-W05` or `2027-Q1`, of the KPI's period kind. */
  @PrimaryColumn({ name: 'period_key', type: 'varchar', length: 10 })
  periodKey: string;

  @Column({ type: 'double precision' })
  value: number;
}

/**
 * One actual: a metric of one network in one period (a month, as imported or entered),
 * for the account (`post_ref` '') or one post (its id or URL as the network names it).
 * Money in minor units of the brand's plan currency.
 */
@Entity('kpi_actuals')
@Index('UQ_kpi_actuals_cell', ['brandId', 'network', 'metric', 'periodKey', 'postRef'], {
  unique: true,
})
export class KpiActualEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne('BrandEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  @Column({ type: 'varchar', length: 20 })
  network: string;

  @Column({ type: 'varchar', length: 30 })
  metric: string;

  @Column({ name: 'period_key', type: 'varchar', length: 10 })
  periodKey: string;

  @Column({ name: 'post_ref', type: 'varchar', length: 500, default: '' })
  postRef: string;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A correction: a note on a KPI (or one of its periods) linking to the strategy section
 * it changes ("raise the TikTok share" → Platforms), listed in the strategy's margin.
 */
@Entity('kpi_notes')
export class KpiNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne('BrandEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  @Column({ name: 'kpi_id', type: 'uuid' })
  kpiId: string;

  @ManyToOne('KpiEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'kpi_id' })
  kpi?: Relation<KpiEntity>;

  @Column({ name: 'period_key', type: 'varchar', length: 10, nullable: true })
  periodKey: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'strategy_document_id', type: 'uuid', nullable: true })
  strategyDocumentId: string | null;

  /** The section's heading text (or block id) in that strategy. */
  @Column({ name: 'strategy_section', type: 'varchar', length: 200, nullable: true })
  strategySection: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The media plans' cells mirrored for the dashboard (planned spend for ROI, planned
 * quantities as KPI targets): rewritten per plan after its edits settle, so the dashboard
 * reads one table instead of every plan's Yjs document. Plan data, not a derived measure.
 */
@Entity('kpi_plan_cells')
export class KpiPlanCellEntity {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne('DocumentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<object>;

  @PrimaryColumn({ name: 'row_id', type: 'varchar', length: 40 })
  rowId: string;

  @PrimaryColumn({ name: 'period_key', type: 'varchar', length: 10 })
  periodKey: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  @Index('IDX_kpi_plan_cells_brand')
  brandId: string;

  @ManyToOne('BrandEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  @Column({ type: 'varchar', length: 8 })
  block: string;

  @Column({ type: 'varchar', length: 100 })
  channel: string;

  /** The row's activity ("Targeted ads"), naming the row in results by media-plan row. */
  @Column({ type: 'varchar', length: 300, default: '' })
  activity: string;

  /** FLAT, CPM, CPC or CPA: which metric a row's planned quantity counts when no goal says. */
  @Column({ type: 'varchar', length: 8, default: 'FLAT' })
  pricing: string;

  @Column({ name: 'goal_id', type: 'varchar', length: 100 })
  goalId: string;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  /** Minor units. */
  @Column({ type: 'bigint' })
  budget: string;

  @Column({ type: 'double precision' })
  quantity: number;
}

/**
 * The column mapping last applied to a network's actuals file, per brand: the next file from
 * that network's analytics is mapped the same way when its headers still hold the columns.
 */
@Entity('kpi_import_mappings')
export class KpiImportMappingEntity {
  @PrimaryColumn({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne('BrandEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  network: string;

  /** An ActualsMapping of @chorus/kpi-model (header names). */
  @Column({ type: 'jsonb' })
  mapping: Record<string, unknown>;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

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
// Type-only (relations name their targets): entities of two modules never load each other.
import type { BrandEntity } from '../brands/index.js';
import type { FlowStep } from './approval-steps.js';

/**
 * An approval flow of a brand for one document kind: ordered steps, each with its
 * approvers and rule. At most one flow per brand and kind is the default.
 */
@Entity('approval_flows')
@Index('UQ_approval_flows_default', ['brandId', 'documentKind'], {
  unique: true,
  where: 'is_default',
})
export class ApprovalFlowEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne('BrandEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** post, strategy or media_plan. */
  @Column({ name: 'document_kind', type: 'varchar', length: 20 })
  documentKind: string;

  /** The flow documents of its kind follow when they pick none. */
  @Column({ name: 'is_default', type: 'boolean', default: false })
  isDefault: boolean;

  /** The ordered steps ({@link FlowStep}); a request copies them when it starts. */
  @Column({ type: 'jsonb' })
  steps: FlowStep[];

  /** The step (0-based) an edit after approval or during review sends a request back to. */
  @Column({ name: 'reopen_to_step', type: 'integer', default: 0 })
  reopenToStep: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The flow a document picked instead of its brand's default for its kind. */
@Entity('approval_flow_choices')
export class ApprovalFlowChoiceEntity {
  @Column({ name: 'document_id', type: 'uuid', primary: true })
  documentId: string;

  @ManyToOne('DocumentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<object>;

  @Column({ name: 'flow_id', type: 'uuid' })
  flowId: string;

  @ManyToOne('ApprovalFlowEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'flow_id' })
  flow?: Relation<ApprovalFlowEntity>;
}

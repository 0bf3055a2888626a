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
import type { FlowStep, RecordedDecision, RequestStatus } from './approval-steps.js';

/**
 * One submission of a document for approval, bound to the exact version that was
 * submitted (or, after a reopen, the version that reopened it). It copies the flow's steps,
 * so a flow changed later does not move requests already under way.
 */
@Entity('approval_requests')
@Index(['documentId', 'createdAt'])
@Index(['brandId', 'status'])
// A GIN index over the open step's approvers ("waiting on me"), written by hand in the migration.
@Index('IDX_approval_requests_open_approvers', { synchronize: false })
export class ApprovalRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne('DocumentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<object>;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne('BrandEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<object>;

  @Column({ name: 'document_kind', type: 'varchar', length: 20 })
  documentKind: string;

  /** The flow it started from; null once that flow is deleted (the steps stay here). */
  @Column({ name: 'flow_id', type: 'uuid', nullable: true })
  flowId: string | null;

  @ManyToOne('ApprovalFlowEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'flow_id' })
  flow?: Relation<object>;

  @Column({ name: 'flow_name', type: 'varchar', length: 200 })
  flowName: string;

  @Column({ type: 'jsonb' })
  steps: FlowStep[];

  @Column({ type: 'varchar', length: 20 })
  status: RequestStatus;

  /** The step a reopen goes back to (the flow's, copied at submission like its steps). */
  @Column({ name: 'reopen_to_step', type: 'integer', default: 0 })
  reopenToStep: number;

  /** 1 at submission; each reopen-on-edit starts the next round (from `reopenToStep`). */
  @Column({ type: 'integer', default: 1 })
  round: number;

  /** The open step (pending), or the step it ended at. */
  @Column({ name: 'current_step', type: 'integer', default: 0 })
  currentStep: number;

  /** The version under review: what the approvers read and decide on. */
  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne('DocumentVersionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: Relation<object>;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by' })
  submitter?: Relation<object>;

  /** When the open step opened (reminders and "stuck since" count from here). */
  @Column({ name: 'step_opened_at', type: 'timestamptz' })
  stepOpenedAt: Date;

  /** The people who may decide at the open step, resolved when it opened. */
  @Column({ name: 'open_approver_ids', type: 'uuid', array: true, default: () => "'{}'" })
  openApproverIds: string[];

  /** When the open step's reminder fired (once per step opening); null until then. */
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  /** An approver of the open step left (or none is left): someone has to look. */
  @Column({ name: 'needs_attention', type: 'boolean', default: false })
  needsAttention: boolean;

  /**
   * When an edit moved the content past the version under review in a round nobody has
   * decided in yet (so it made no new round); the next decision reopens it. Null otherwise.
   */
  @Column({ name: 'unreviewed_edit_at', type: 'timestamptz', nullable: true })
  unreviewedEditAt: Date | null;

  /** Who made that edit (the reopen's actor); null: the server or a deleted account. */
  @Column({ name: 'unreviewed_edit_by', type: 'uuid', nullable: true })
  unreviewedEditBy: string | null;

  /** The last decision that closed it (approve, request_changes, reject), for lists. */
  @Column({ name: 'last_decision', type: 'varchar', length: 20, nullable: true })
  lastDecision: RecordedDecision | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

/** A decision at a step (or a skip), kept forever; `late` ones arrived after the step closed. */
@Entity('approval_decisions')
@Index(['requestId', 'round', 'stepIndex'])
export class ApprovalDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne('ApprovalRequestEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<ApprovalRequestEntity>;

  @Column({ type: 'integer' })
  round: number;

  @Column({ name: 'step_index', type: 'integer' })
  stepIndex: number;

  /** The version the decision was made on. */
  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<object>;

  /** A client's decision through an approve share link: the guest session (null for people). */
  @Column({ name: 'guest_session_id', type: 'uuid', nullable: true })
  guestSessionId: string | null;

  /** The name the client gave, kept with the decision (the session may go). */
  @Column({ name: 'guest_name', type: 'varchar', length: 100, nullable: true })
  guestName: string | null;

  /** The label of the client's share link when they decided ("Client — Lotus marketing team"). */
  @Column({ name: 'guest_label', type: 'varchar', length: 200, nullable: true })
  guestLabel: string | null;

  /** The email the client confirmed by a one-time code; null when mail is off. */
  @Column({ name: 'guest_email', type: 'varchar', length: 254, nullable: true })
  guestEmail: string | null;

  @Column({ type: 'varchar', length: 20 })
  decision: RecordedDecision;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** Arrived after the step had closed (another approver of an any-of step was first). */
  @Column({ type: 'boolean', default: false })
  late: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * "Changed after your approval": a past approver of a reopened request, with the version
 * they approved and the version that reopened it, so the web can show the diff.
 */
@Entity('approval_change_markers')
@Index(['userId', 'seenAt'])
export class ApprovalChangeMarkerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne('ApprovalRequestEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<ApprovalRequestEntity>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<object>;

  /** The version they approved. */
  @Column({ name: 'from_version_id', type: 'uuid' })
  fromVersionId: string;

  /** The version the edit made (now under review). */
  @Column({ name: 'to_version_id', type: 'uuid' })
  toVersionId: string;

  /** The round the edit started. */
  @Column({ type: 'integer' })
  round: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'seen_at', type: 'timestamptz', nullable: true })
  seenAt: Date | null;
}

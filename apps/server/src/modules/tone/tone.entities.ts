import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
// Type-only (relations name their targets): entities of two modules never load each other.
import type { UserEntity } from '../accounts/index.js';
import type { BrandEntity } from '../brands/index.js';
import type { StoredFinding } from './tone-check-result.js';

/**
 * One version of a brand's tone-of-voice guideline: the whole `ToneGuide` as validated by
 * `@chorus/tone-check`. Versions are appended, never changed: the newest is the guideline in
 * force, older ones answer "which rules did this post pass?".
 */
@Entity('tone_guidelines')
@Unique('UQ_tone_guidelines_brand_version', ['brandId', 'version'])
export class ToneGuidelineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne('BrandEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  /** 1 for the brand's first guideline, +1 per change. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'jsonb' })
  guide: object;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The tone check of the exact version an approval request was bound to: what the approvers
 * read beside the content, and the override (reason and who) when it was submitted failing.
 */
@Entity('tone_checks')
@Unique('UQ_tone_checks_request_version', ['requestId', 'versionId'])
export class ToneCheckEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne('ApprovalRequestEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<object>;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne('DocumentVersionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: Relation<object>;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  /** The guideline version the content was checked against. */
  @Column({ name: 'guideline_version', type: 'integer' })
  guidelineVersion: number;

  @Column({ type: 'integer' })
  score: number;

  @Column({ type: 'varchar', length: 10 })
  verdict: 'pass' | 'warn' | 'block';

  @Column({ name: 'required_violations', type: 'integer' })
  requiredViolations: number;

  @Column({ name: 'recommended_violations', type: 'integer' })
  recommendedViolations: number;

  @Column({ type: 'jsonb' })
  findings: StoredFinding[];

  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason: string | null;

  @Column({ name: 'overridden_by', type: 'uuid', nullable: true })
  overriddenBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'overridden_by' })
  overrider?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'checked_at', type: 'timestamptz' })
  checkedAt: Date;
}

/**
 * "Ignore once": a writer's decision that a finding (rule + flagged text) does not apply to
 * this document, with their reason. The server's checks of the document honour it.
 */
@Entity('tone_ignores')
@Index('IDX_tone_ignores_document', ['documentId'])
export class ToneIgnoreEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne('DocumentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<object>;

  @Column({ name: 'rule_id', type: 'varchar', length: 200 })
  ruleId: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

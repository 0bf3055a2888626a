import type { GuestCapability } from '@chorus/permissions';
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
import type { UserEntity } from '../accounts/index.js';
import type { BrandEntity } from '../brands/index.js';
import type { DocumentEntity } from '../documents/index.js';

/** What a share link opens (its `resource_kind`). */
export type ShareLinkResourceKind = 'document' | 'calendar' | 'report';

/**
 * A share link: one document, a brand's posts between two days, or the brand's KPI report,
 * opened to a client without an account with one capability (a report's: view). The link's 256-bit token is never stored, only
 * its SHA-256; an optional password is kept as an argon2id hash. See docs/adr/0030.
 */
@Entity('share_links')
@Index(['brandId', 'createdAt'])
export class ShareLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne('BrandEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  /** What it opens: 'document', 'calendar' (a range) or 'report' (the brand's KPI report). */
  @Column({ name: 'resource_kind', type: 'varchar', length: 10 })
  resourceKind: ShareLinkResourceKind;

  /** The shared document; null for a calendar range or a report. */
  @Index()
  @Column({ name: 'document_id', type: 'uuid', nullable: true })
  documentId: string | null;

  @ManyToOne('DocumentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<DocumentEntity>;

  /** A calendar range's first day (yyyy-mm-dd, in the brand's zone); null for a document. */
  @Column({ name: 'calendar_from', type: 'date', nullable: true })
  calendarFrom: string | null;

  /** The day after the range's last day; null for a document. */
  @Column({ name: 'calendar_to', type: 'date', nullable: true })
  calendarTo: string | null;

  /** A calendar range's networks filter (any of them); null for all. */
  @Column({ type: 'varchar', length: 40, array: true, nullable: true })
  networks: string[] | null;

  /** A calendar range's categories filter (any of them); null for all. */
  @Column({ name: 'category_ids', type: 'uuid', array: true, nullable: true })
  categoryIds: string[] | null;

  @Column({ type: 'varchar', length: 10 })
  capability: GuestCapability;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  /** SHA-256 (hex) of the token; the token itself is only ever in the URL shown once. */
  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true })
  tokenHash: string;

  /** argon2id of the link's password, or null when it has none. */
  @Column({ name: 'password_hash', type: 'varchar', length: 200, nullable: true })
  passwordHash: string | null;

  /** Null: never expires. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'last_opened_at', type: 'timestamptz', nullable: true })
  lastOpenedAt: Date | null;

  /** The name the last guest gave. */
  @Column({ name: 'last_opened_by_name', type: 'varchar', length: 100, nullable: true })
  lastOpenedByName: string | null;

  @Column({ name: 'open_count', type: 'integer', default: 0 })
  openCount: number;
}

/**
 * A guest's session on one share link: the name (and email, confirmed by a one-time code
 * for approve links when mail is on) the client gave, and the SHA-256 of the guest cookie's
 * token. Ends with the link (revoked, expired, its resource archived) or on its own.
 */
@Entity('guest_sessions')
export class GuestSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'share_link_id', type: 'uuid' })
  shareLinkId: string;

  @ManyToOne('ShareLinkEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'share_link_id' })
  shareLink?: Relation<ShareLinkEntity>;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ name: 'email_confirmed_at', type: 'timestamptz', nullable: true })
  emailConfirmedAt: Date | null;

  /** SHA-256 (hex) of the one-time code sent by email; null once used or when none was sent. */
  @Column({ name: 'otp_hash', type: 'char', length: 64, nullable: true })
  otpHash: string | null;

  @Column({ name: 'otp_expires_at', type: 'timestamptz', nullable: true })
  otpExpiresAt: Date | null;

  /** Wrong codes tried against the current code. */
  @Column({ name: 'otp_attempts', type: 'integer', default: 0 })
  otpAttempts: number;

  /** SHA-256 (hex) of the guest cookie's token. */
  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

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
// Type-only (the relation names its target): entities of two modules never load each other.
import type { WorkspaceEntity } from '../workspaces/index.js';

@Entity('brands')
export class BrandEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @ManyToOne('WorkspaceEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'community_concept', type: 'text', default: '' })
  communityConcept: string;

  /** Social networks the brand uses (SocialNetwork values). */
  @Column({ type: 'varchar', length: 20, array: true, default: () => "'{}'" })
  networks: string[];

  /** BCP 47 language tags the brand publishes in. */
  @Column({
    name: 'content_languages',
    type: 'varchar',
    length: 35,
    array: true,
    default: () => "'{}'",
  })
  contentLanguages: string[];

  /** IANA time zone for the content calendar. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, default: 'UTC' })
  timeZone: string;

  /** The most promotional posts a week or month may hold, in percent of its posts (0-100). */
  @Column({ name: 'promotion_cap_percent', type: 'smallint', default: 20 })
  promotionCapPercent: number;

  /** utm_medium of the links in the brand's posts (e.g. "social"); '' leaves it out. */
  @Column({ name: 'utm_medium', type: 'varchar', length: 100, default: 'social' })
  utmMedium: string;

  /** utm_campaign of the links in the brand's posts; '' leaves it out. */
  @Column({ name: 'utm_campaign', type: 'varchar', length: 100, default: '' })
  utmCampaign: string;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

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
import { BrandEntity } from './brand.entity.js';

/**
 * One of a brand's content categories (rubrics): seeded from the articles' list for every
 * brand, then the brand's own to rename, recolour, add to or remove from.
 */
@Entity('content_categories')
@Index(['brandId', 'position'])
@Index(['brandId', 'name'], { unique: true })
export class ContentCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne(() => BrandEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  /** The seeded category it started as ('promotion', …), for translations; null for the brand's own. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  key: string | null;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  /** Whether its posts are promotional unless a post says otherwise. */
  @Column({ type: 'boolean', default: false })
  promotional: boolean;

  /** A colour name of the web app's palette (Mantine's: red, grape, blue, …). */
  @Column({ type: 'varchar', length: 20 })
  color: string;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

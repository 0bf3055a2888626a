import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
// Type-only (the relation names its target): entities of two modules never load each other.
import type { TeamEntity } from '../teams/index.js';
import { BrandEntity } from './brand.entity.js';

/** A team assigned to a brand: its members' team roles apply to that brand. */
@Entity('brand_teams')
export class BrandTeamEntity {
  @PrimaryColumn({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @Index()
  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => BrandEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: Relation<BrandEntity>;

  @ManyToOne('TeamEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id' })
  team?: Relation<TeamEntity>;
}

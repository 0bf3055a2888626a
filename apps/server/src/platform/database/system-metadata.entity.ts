import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Facts about this installation, one row per key (e.g. the installation id). */
@Entity('system_metadata')
export class SystemMetadataEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'jsonb' })
  value: unknown;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

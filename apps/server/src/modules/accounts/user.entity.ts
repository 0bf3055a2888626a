import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** As the person typed it (trimmed); shown back to them. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** Lower-cased email; the unique sign-in key. */
  @Column({ name: 'email_normalized', type: 'varchar', length: 254, unique: true })
  emailNormalized: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  /** The interface language the person chose (en, vi, fa, he, uk, th); null: the browser's. */
  @Column({ name: 'interface_language', type: 'varchar', length: 5, nullable: true })
  interfaceLanguage: string | null;

  /** IANA time zone the person chose; null: the browser's. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, nullable: true })
  timeZone: string | null;

  /** argon2id PHC string (parameters inside). */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ name: 'password_changed_at', type: 'timestamptz' })
  passwordChangedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

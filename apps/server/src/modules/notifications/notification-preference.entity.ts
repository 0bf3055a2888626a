import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { UserEntity } from '../accounts/index.js';

/** How an email of a kind goes out: at once, or gathered in the daily digest. */
export const EMAIL_MODES = ['immediate', 'daily'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

/**
 * A person's choice for one kind; a kind without a row follows the kind's defaults
 * (NotificationKindDefinition.defaults).
 */
@Entity('notification_preferences')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  kind: string;

  @Column({ name: 'in_app', type: 'boolean' })
  inApp: boolean;

  @Column({ type: 'boolean' })
  email: boolean;

  @Column({ name: 'email_mode', type: 'varchar', length: 10 })
  emailMode: EmailMode;
}

import { can, type Role } from '@chorus/permissions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, isUuid, pairKey } from '../access/index.js';
import type { RecordedEvent } from '../events/index.js';
import type { NotificationKindDefinition } from './notification-kind.js';
import { NotificationBus } from './notification-bus.js';
import { NotificationMailer } from './email/notification-mailer.js';
import { NotificationKinds } from './notification-kinds.js';
import { NotificationsRepository } from './notifications.repository.js';

/**
 * The processor behind every kind: who is told (the kind's recipients, less the actor,
 * less people who lost access), each one's preference, then one row per recipient — at
 * most once per (event, recipient, kind) — and the email job in the same transaction.
 * Live subscribers hear of the rows after they commit.
 */
@Injectable()
export class NotificationDelivery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: NotificationsRepository,
    private readonly mailer: NotificationMailer,
    private readonly bus: NotificationBus,
    kinds: NotificationKinds,
  ) {
    kinds.deliverWith((kind, event) => this.deliver(kind, event));
  }

  async deliver(kind: NotificationKindDefinition, event: RecordedEvent): Promise<void> {
    const recipients = await this.recipients(kind, event);
    if (recipients.length === 0) return;
    const preferences = await this.repository.preferencesOf(recipients, kind);
    const data = kind.data?.(event) ?? { name: stringOrNull(event.data.name) };
    const rows = recipients
      .map((userId) => {
        const preference = preferences.get(userId)!;
        const email = preference.email && this.mailer.enabled;
        return {
          userId,
          inApp: preference.inApp,
          emailState: !email ? 'none' : preference.emailMode === 'daily' ? 'digest' : 'queued',
        } as const;
      })
      .filter((row) => row.inApp || row.emailState !== 'none');
    if (rows.length === 0) return;
    const inserted = await this.dataSource.transaction(async (manager) => {
      const created = await this.repository.insert(manager, kind.kind, event, data, rows);
      for (const row of created) {
        if (row.emailState === 'queued') await this.mailer.queue(manager, row.id);
      }
      return created;
    });
    for (const row of inserted) {
      if (row.inApp) await this.bus.publish({ userId: row.userId, notificationId: row.id });
    }
  }

  private async recipients(
    kind: NotificationKindDefinition,
    event: RecordedEvent,
  ): Promise<string[]> {
    const named = await kind.recipients(event, { manager: this.dataSource.manager });
    let ids = [...new Set(named)].filter(isUuid);
    if (!kind.includeActor) ids = ids.filter((id) => id !== event.actorId);
    const { readAction } = kind;
    const brandId = event.brandId;
    if (!readAction || !brandId || ids.length === 0) return ids;
    const roles = await this.access.rolesOfPairs(ids.map((userId) => ({ userId, brandId })));
    return ids.filter((userId) =>
      can(roles.get(pairKey(userId, brandId)) ?? ([] as Role[]), readAction),
    );
  }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

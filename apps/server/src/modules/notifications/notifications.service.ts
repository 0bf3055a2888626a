import { Injectable } from '@nestjs/common';
import { AppError } from '../../platform/errors/index.js';
import { AccessService, isUuid, type Principal } from '../access/index.js';
import { NotificationBus } from './notification-bus.js';
import { NotificationKinds } from './notification-kinds.js';
import type { EmailMode } from './notification-preference.entity.js';
import {
  NotificationsRepository,
  type Cursor,
  type NotificationRow,
  type Preference,
} from './notifications.repository.js';

export interface PreferenceView extends Preference {
  kind: string;
  titleKey: string;
}

export interface NotificationsPage {
  rows: NotificationRow[];
  endCursor: string | null;
  hasMore: boolean;
}

const MAX_PAGE = 100;
const MAX_IDS = 100;
const MODES: readonly EmailMode[] = ['immediate', 'daily'];

/**
 * The signed-in person's notification centre and preferences. Every method reads or
 * changes only the caller's own rows: a notification is personal, so no role of the
 * matrix grants reading someone else's.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly access: AccessService,
    private readonly repository: NotificationsRepository,
    private readonly kinds: NotificationKinds,
    private readonly bus: NotificationBus,
  ) {}

  async page(
    principal: Principal,
    after: string | null,
    first: number,
  ): Promise<NotificationsPage> {
    const { userId } = this.access.requireUser(principal);
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw AppError.validation('first', `Ask for 1 to ${MAX_PAGE} notifications.`);
    }
    const cursor = after ? decodeCursor(after) : null;
    const { rows, hasMore } = await this.repository.page(userId, cursor, first);
    const last = rows.at(-1);
    return { rows, hasMore, endCursor: last ? encodeCursor(last) : null };
  }

  /** One of the caller's notifications; null when it is not theirs (subscriptions). */
  async own(userId: string, id: string): Promise<NotificationRow | null> {
    return this.repository.findOwn(userId, id);
  }

  async unreadCount(principal: Principal): Promise<number> {
    const { userId } = this.access.requireUser(principal);
    return this.repository.unreadCount(userId);
  }

  unreadCountOf(userId: string): Promise<number> {
    return this.repository.unreadCount(userId);
  }

  /** Marks the caller's notifications read; any id not theirs: NOT_FOUND and nothing changes. */
  async markRead(principal: Principal, ids: readonly string[]): Promise<number> {
    const { userId } = this.access.requireUser(principal);
    const unique = [...new Set(ids)];
    if (unique.length === 0 || unique.length > MAX_IDS) {
      throw AppError.validation('ids', `Give 1 to ${MAX_IDS} notification ids.`);
    }
    if (
      !unique.every(isUuid) ||
      (await this.repository.countOwn(userId, unique)) !== unique.length
    ) {
      throw AppError.notFound('The notification');
    }
    return this.afterMarking(userId, await this.repository.markRead(userId, unique));
  }

  async markAllRead(principal: Principal): Promise<number> {
    const { userId } = this.access.requireUser(principal);
    return this.afterMarking(userId, await this.repository.markRead(userId, 'all'));
  }

  async preferences(principal: Principal): Promise<PreferenceView[]> {
    const { userId } = this.access.requireUser(principal);
    const chosen = await this.repository.preferencesOfUser(userId);
    return this.kinds.all().map((kind) => ({
      kind: kind.kind,
      titleKey: kind.titleKey,
      ...(chosen.get(kind.kind) ?? kind.defaults),
    }));
  }

  /** Saves choices for registered kinds; an unknown or repeated kind changes nothing. */
  async updatePreferences(
    principal: Principal,
    choices: ReadonlyArray<Preference & { kind: string }>,
  ): Promise<PreferenceView[]> {
    const { userId } = this.access.requireUser(principal);
    const seen = new Set<string>();
    for (const choice of choices) {
      if (!this.kinds.get(choice.kind)) {
        throw AppError.validation('kind', `There is no notification kind "${choice.kind}".`);
      }
      if (seen.has(choice.kind)) {
        throw AppError.validation('kind', `The kind "${choice.kind}" is given twice.`);
      }
      if (!MODES.includes(choice.emailMode)) {
        throw AppError.validation('emailMode', 'Choose immediate or daily.');
      }
      seen.add(choice.kind);
    }
    await this.repository.savePreferences(userId, choices);
    return this.preferences(principal);
  }

  private async afterMarking(userId: string, changed: number): Promise<number> {
    if (changed > 0) await this.bus.publish({ userId });
    return this.repository.unreadCount(userId);
  }
}

function encodeCursor(row: NotificationRow): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');
}

function decodeCursor(value: string): Cursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [
      unknown,
      unknown,
    ];
    if (
      typeof createdAt === 'string' &&
      !Number.isNaN(Date.parse(createdAt)) &&
      typeof id === 'string' &&
      isUuid(id)
    ) {
      return { createdAt, id };
    }
  } catch {
    // fall through
  }
  throw AppError.validation('after', 'The cursor is not one this list gave.');
}

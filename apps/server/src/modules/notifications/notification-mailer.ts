import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Email of notifications (filled in by the email slice). */
@Injectable()
export class NotificationMailer {
  get enabled(): boolean {
    return false;
  }

  async queue(_manager: EntityManager, _notificationId: string): Promise<void> {}
}

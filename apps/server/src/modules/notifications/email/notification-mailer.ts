import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../platform/config/index.js';
import { JobQueue } from '../../../platform/jobs/index.js';
import { MailService } from '../../../platform/mail/index.js';
import type { NotificationKindDefinition } from '../notification-kind.js';
import { NotificationKinds } from '../notification-kinds.js';
import { NotificationsRepository } from '../notifications.repository.js';
import { EmailRepository, type EmailItem } from './email-repository.js';
import { MAIL_TEXTS, mailLocale } from './mail-texts.js';
import { DIGEST_KIND, digestEmail, singleEmail } from './notification-email.js';
import { UnsubscribeTokens } from './unsubscribe-tokens.js';

const EMAIL_QUEUE = 'notifications.email';
const DIGEST_QUEUE = 'notifications.digest';
/** Recipients one digest run works through before it sends itself again. */
const DIGEST_BATCH = 200;

/**
 * Notification emails, always from jobs: one job per immediate email (sent in the
 * transaction that makes the notification) and a daily digest (NOTIFICATION_DIGEST_CRON,
 * UTC) gathering each person's waiting items into one email. Texts are in the recipient's
 * language; every email carries a signed one-click unsubscribe (RFC 8058).
 */
@Injectable()
export class NotificationMailer {
  private readonly logger = new Logger('NotificationMailer');

  constructor(
    private readonly mail: MailService,
    private readonly jobs: JobQueue,
    private readonly kinds: NotificationKinds,
    private readonly repository: EmailRepository,
    private readonly preferences: NotificationsRepository,
    private readonly tokens: UnsubscribeTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    jobs.register(
      EMAIL_QUEUE,
      (data) => this.sendOne((data as { notificationId: string }).notificationId),
      {
        retryLimit: 5,
        retryDelaySeconds: 30,
      },
    );
    jobs.register(DIGEST_QUEUE, async () => void (await this.sendDigests()), {
      retryLimit: 2,
      retryDelaySeconds: 60,
      cron: config.notifications.digestCron,
    });
  }

  get enabled(): boolean {
    return this.mail.enabled;
  }

  /** Sends the notification's email from a job, in the transaction that creates it. */
  async queue(manager: EntityManager, notificationId: string): Promise<void> {
    await this.jobs.send(EMAIL_QUEUE, { notificationId }, { manager });
  }

  /** The immediate email of one notification; a second run of the job sends nothing. */
  async sendOne(notificationId: string): Promise<void> {
    const item = await this.repository.item(notificationId);
    if (!item || item.emailState !== 'queued') return;
    const kind = await this.wanted(item);
    if (!kind) {
      await this.repository.setState([item.id], 'queued', 'skipped');
      return;
    }
    const locale = mailLocale(item.language);
    const email = singleEmail(
      item,
      kind,
      locale,
      this.config.publicUrl,
      await this.unsubscribeUrl(item.userId, kind.kind),
    );
    if (!(await this.mail.send({ to: item.email, ...email }))) {
      throw new Error('The SMTP server did not take the notification email');
    }
    await this.repository.setState([item.id], 'queued', 'sent');
  }

  /** One email per person with waiting digest items; items are marked sent after it went. */
  async sendDigests(): Promise<number> {
    let sent = 0;
    for (;;) {
      const recipients = await this.repository.digestRecipients(DIGEST_BATCH);
      for (const userId of recipients) {
        if (await this.sendDigest(userId)) sent += 1;
      }
      if (recipients.length < DIGEST_BATCH) return sent;
    }
  }

  private async sendDigest(userId: string): Promise<boolean> {
    const items = await this.repository.digestItems(userId);
    const entries: Array<{ item: EmailItem; kind: NotificationKindDefinition }> = [];
    const skipped: string[] = [];
    for (const item of items) {
      const kind = await this.wanted(item);
      if (kind) entries.push({ item, kind });
      else skipped.push(item.id);
    }
    await this.repository.setState(skipped, 'digest', 'skipped');
    if (entries.length === 0) return false;
    const locale = mailLocale(entries[0]!.item.language);
    const email = digestEmail(
      entries,
      locale,
      this.config.publicUrl,
      await this.unsubscribeUrl(userId, DIGEST_KIND),
      MAIL_TEXTS[locale].digestLabel,
    );
    if (!(await this.mail.send({ to: entries[0]!.item.email, ...email }))) {
      this.logger.warn(`The daily digest of ${userId} was not taken by the SMTP server`);
      throw new Error('The SMTP server did not take a digest');
    }
    const ids = entries.map((entry) => entry.item.id);
    await this.repository.setState(ids, 'digest', 'sent');
    return true;
  }

  /** The item's kind when its recipient still wants its email. */
  private async wanted(item: EmailItem): Promise<NotificationKindDefinition | null> {
    const kind = this.kinds.get(item.kind);
    if (!kind) return null;
    const preference = (await this.preferences.preferencesOf([item.userId], kind)).get(item.userId);
    return preference?.email ? kind : null;
  }

  private async unsubscribeUrl(userId: string, kind: string): Promise<string> {
    const token = await this.tokens.sign(userId, kind);
    return `${this.config.publicUrl.replace(/\/$/, '')}/api/notifications/unsubscribe?token=${token}`;
  }
}

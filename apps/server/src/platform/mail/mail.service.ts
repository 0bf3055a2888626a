import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { ROOT_LOGGER } from '../logging/index.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058). */
  headers?: Record<string, string>;
}

/** Sends email through SMTP_URL; without it, mail is not sent and callers show links instead. */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {
    this.transport = config.mail.smtpUrl ? nodemailer.createTransport(config.mail.smtpUrl) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** True when the message was handed to the SMTP server; false when mail is off or failed. */
  async send(message: MailMessage): Promise<boolean> {
    if (!this.transport) return false;
    try {
      await this.transport.sendMail({ from: this.config.mail.from, ...message });
      return true;
    } catch (error) {
      this.logger.warn({ err: error, to: message.to }, 'Sending email failed');
      return false;
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}

import { Injectable } from '@nestjs/common';
import { fillText, type MailLocale } from '../notification-kind.js';
import { NotificationKinds } from '../notification-kinds.js';
import { NotificationsRepository } from '../notifications.repository.js';
import { EmailRepository } from './email-repository.js';
import { MAIL_TEXTS, mailLocale } from './mail-texts.js';
import { DIGEST_KIND } from './notification-email.js';
import { UnsubscribeTokens } from './unsubscribe-tokens.js';

export interface UnsubscribePage {
  status: number;
  html: string;
}

const RTL: readonly MailLocale[] = ['fa', 'he'];

/** What an unsubscribe link does: names the kind, and turns its email off on POST. */
@Injectable()
export class NotificationUnsubscribe {
  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly kinds: NotificationKinds,
    private readonly preferences: NotificationsRepository,
    private readonly emails: EmailRepository,
  ) {}

  async confirmPage(token: string): Promise<UnsubscribePage> {
    const target = await this.target(token);
    if (!target) return invalid();
    const words = MAIL_TEXTS[target.locale];
    const title = fillText(words.confirmTitle, { label: target.label });
    const action = `?token=${encodeURIComponent(token)}`;
    return page(
      200,
      target.locale,
      title,
      `<form method="post" action="${escape(action)}">
      <button type="submit">${escape(words.confirmButton)}</button></form>`,
    );
  }

  async apply(token: string): Promise<UnsubscribePage> {
    const target = await this.target(token);
    if (!target) return invalid();
    const chosen = await this.preferences.preferencesOfUser(target.userId);
    const changes = target.kinds.map((kind) => ({
      kind: kind.kind,
      ...(chosen.get(kind.kind) ?? kind.defaults),
      email: false,
    }));
    await this.preferences.savePreferences(target.userId, changes);
    await this.emails.skipWaiting(
      target.userId,
      changes.map((change) => change.kind),
    );
    const words = MAIL_TEXTS[target.locale];
    return page(
      200,
      target.locale,
      words.doneTitle,
      `<p>${escape(fillText(words.doneText, { label: target.label }))}</p>`,
    );
  }

  /** Whose link it is, in their language, and which kinds it stops. */
  private async target(token: string) {
    const signed = token ? await this.tokens.verify(token) : null;
    if (!signed) return null;
    const language = await this.emails.languageOf(signed.userId);
    if (language === undefined) return null;
    const locale = mailLocale(language);
    if (signed.kind === DIGEST_KIND) {
      const chosen = await this.preferences.preferencesOfUser(signed.userId);
      const daily = this.kinds
        .all()
        .filter((kind) => (chosen.get(kind.kind) ?? kind.defaults).emailMode === 'daily');
      return { userId: signed.userId, locale, kinds: daily, label: MAIL_TEXTS[locale].digestLabel };
    }
    const kind = this.kinds.get(signed.kind);
    if (!kind) return null;
    return { userId: signed.userId, locale, kinds: [kind], label: kind.texts[locale].label };
  }
}

function invalid(): UnsubscribePage {
  return page(400, 'en', MAIL_TEXTS.en.invalid, '');
}

function page(status: number, locale: MailLocale, title: string, body: string): UnsubscribePage {
  const dir = RTL.includes(locale) ? 'rtl' : 'ltr';
  return {
    status,
    html: `<!doctype html>
<html lang="${locale}" dir="${dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Chorus</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem">
<h1 style="font-size: 1.4rem">${escape(title)}</h1>
${body}
</body></html>`,
  };
}

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

import {
  fillText,
  type MailLocale,
  type NotificationKindDefinition,
} from '../notification-kind.js';
import type { EmailItem } from './email-repository.js';
import { MAIL_TEXTS } from './mail-texts.js';

/** The pseudo-kind of a digest's one-click unsubscribe: every kind emailed daily. */
export const DIGEST_KIND = 'digest';

/** The item's line: the kind's title in the recipient's language. */
export function titleOf(
  item: EmailItem,
  kind: NotificationKindDefinition,
  locale: MailLocale,
): string {
  return fillText(kind.texts[locale].title, {
    ...item.data,
    actor: item.actorName ?? MAIL_TEXTS[locale].someone,
  });
}

/** Where the item opens in the web app (the document, else the brand, else the workspace). */
export function linkOf(item: EmailItem, publicUrl: string): string {
  const base = publicUrl.replace(/\/$/, '');
  if (item.brandId && item.documentId) {
    return `${base}/w/${item.workspaceId}/b/${item.brandId}/d/${item.documentId}`;
  }
  if (item.brandId) return `${base}/w/${item.workspaceId}/b/${item.brandId}`;
  return `${base}/w/${item.workspaceId}`;
}

export interface Email {
  subject: string;
  text: string;
  headers: Record<string, string>;
}

/** RFC 8058: a mail client may POST to the URL with no further step. */
function unsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

export function singleEmail(
  item: EmailItem,
  kind: NotificationKindDefinition,
  locale: MailLocale,
  publicUrl: string,
  unsubscribeUrl: string,
): Email {
  const words = MAIL_TEXTS[locale];
  const title = titleOf(item, kind, locale);
  const lines = [title, ''];
  if (item.brandName) lines.push(fillText(words.brand, { brand: item.brandName }), '');
  lines.push(words.open, linkOf(item, publicUrl), '', '--', words.why);
  lines.push(fillText(words.unsubscribe, { label: kind.texts[locale].label }), unsubscribeUrl);
  return { subject: title, text: lines.join('\n'), headers: unsubscribeHeaders(unsubscribeUrl) };
}

export function digestEmail(
  entries: ReadonlyArray<{ item: EmailItem; kind: NotificationKindDefinition }>,
  locale: MailLocale,
  publicUrl: string,
  unsubscribeUrl: string,
  digestLabel: string,
): Email {
  const words = MAIL_TEXTS[locale];
  const lines = [words.digestIntro, ''];
  for (const { item, kind } of entries) {
    const brand = item.brandName ? ` (${item.brandName})` : '';
    lines.push(`• ${titleOf(item, kind, locale)}${brand}`, `  ${linkOf(item, publicUrl)}`);
  }
  lines.push('', '--', words.why);
  lines.push(fillText(words.unsubscribe, { label: digestLabel }), unsubscribeUrl);
  return {
    subject: fillText(words.digestSubject, { count: entries.length }),
    text: lines.join('\n'),
    headers: unsubscribeHeaders(unsubscribeUrl),
  };
}

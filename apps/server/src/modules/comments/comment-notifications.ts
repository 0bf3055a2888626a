import type { RecordedEvent } from '../events/index.js';
import type { NotificationKindDefinition, RecipientContext } from '../notifications/index.js';

/**
 * The comments' notification kinds (docs/adr/0031). Recipients are team members only — a
 * guest is never a recipient, so no email carries a thread to anyone outside the team — and
 * each must still read the brand. The notification and its email show the document's name,
 * never the comment's text.
 */

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

function commentData(event: RecordedEvent): Record<string, string | number | null> {
  const text = (key: string) => (typeof event.data[key] === 'string' ? event.data[key] : null);
  return {
    name: text('documentTitle'),
    kind: text('documentKind'),
    threadId: text('threadId'),
    commentId: text('commentId'),
    guest: text('guestName'),
  };
}

export const commentMentionedKind: NotificationKindDefinition = {
  kind: 'comment_mentioned',
  titleKey: 'notifications.kinds.comment_mentioned.title',
  eventTypes: ['comment.mentioned'],
  recipients: (event) => Promise.resolve(ids(event.data.mentionedUserIds)),
  readAction: 'brand.read',
  defaults: { inApp: true, email: true, emailMode: 'immediate' },
  data: commentData,
  texts: {
    en: {
      title: '{actor} mentioned you in a comment on “{name}”',
      label: 'I am mentioned in a comment',
    },
    vi: {
      title: '{actor} đã nhắc đến bạn trong bình luận về “{name}”',
      label: 'Tôi được nhắc đến trong bình luận',
    },
    fa: {
      title: '{actor} در دیدگاهی درباره‌ی «{name}» از شما نام برد',
      label: 'در دیدگاهی از من نام برده شد',
    },
    he: { title: '{actor} הזכיר/ה אותך בתגובה על „{name}”', label: 'הזכירו אותי בתגובה' },
    uk: { title: '{actor} згадує вас у коментарі до «{name}»', label: 'Мене згадали в коментарі' },
    th: { title: '{actor} กล่าวถึงคุณในความคิดเห็นเรื่อง “{name}”', label: 'มีคนกล่าวถึงฉันในความคิดเห็น' },
  },
};

export const commentRepliedKind: NotificationKindDefinition = {
  kind: 'comment_replied',
  titleKey: 'notifications.kinds.comment_replied.title',
  eventTypes: ['comment.replied'],
  recipients: (event) => Promise.resolve(ids(event.data.participantIds)),
  readAction: 'brand.read',
  defaults: { inApp: true, email: true, emailMode: 'immediate' },
  data: commentData,
  texts: {
    en: {
      title: '{actor} replied in a discussion on “{name}”',
      label: 'Replies in my discussions',
    },
    vi: {
      title: '{actor} đã trả lời trong thảo luận về “{name}”',
      label: 'Trả lời trong thảo luận của tôi',
    },
    fa: {
      title: '{actor} در گفت‌وگویی درباره‌ی «{name}» پاسخ داد',
      label: 'پاسخ در گفت‌وگوهای من',
    },
    he: { title: '{actor} הגיב/ה בדיון על „{name}”', label: 'תגובות בדיונים שלי' },
    uk: {
      title: '{actor} відповідає в обговоренні «{name}»',
      label: 'Відповіді в моїх обговореннях',
    },
    th: { title: '{actor} ตอบกลับในการสนทนาเรื่อง “{name}”', label: 'การตอบกลับในการสนทนาของฉัน' },
  },
};

/** The chief experts of the event's brand (escalation topics are theirs to answer). */
async function chiefExperts(
  event: RecordedEvent,
  { manager }: RecipientContext,
): Promise<string[]> {
  if (!event.brandId) return [];
  const rows = await manager.query<Array<{ user_id: string }>>(
    `SELECT DISTINCT tm.user_id
       FROM team_members tm JOIN brand_teams bt ON bt.team_id = tm.team_id
      WHERE bt.brand_id = $1 AND 'chief_expert' = ANY(tm.roles::text[])`,
    [event.brandId],
  );
  return rows.map((row) => row.user_id);
}

export const commentEscalatedKind: NotificationKindDefinition = {
  kind: 'comment_escalated',
  titleKey: 'notifications.kinds.comment_escalated.title',
  eventTypes: ['comment.escalated'],
  recipients: chiefExperts,
  readAction: 'brand.read',
  defaults: { inApp: true, email: true, emailMode: 'immediate' },
  data: commentData,
  texts: {
    en: {
      title: 'A comment on “{name}” touches an escalation topic',
      label: 'Comments on escalation topics',
    },
    vi: {
      title: 'Một bình luận về “{name}” chạm đến chủ đề cần chuyển cấp trên',
      label: 'Bình luận về chủ đề cần chuyển cấp trên',
    },
    fa: {
      title: 'دیدگاهی درباره‌ی «{name}» به موضوعی ارجاعی مربوط است',
      label: 'دیدگاه‌های مربوط به موضوعات ارجاعی',
    },
    he: { title: 'תגובה על „{name}” נוגעת בנושא להסלמה', label: 'תגובות בנושאים להסלמה' },
    uk: {
      title: 'Коментар до «{name}» стосується теми для ескалації',
      label: 'Коментарі на теми для ескалації',
    },
    th: { title: 'ความคิดเห็นเรื่อง “{name}” เกี่ยวกับหัวข้อที่ต้องส่งต่อ', label: 'ความคิดเห็นในหัวข้อที่ต้องส่งต่อ' },
  },
};

/** Every comment kind, in the order the preferences list them. */
export const COMMENT_NOTIFICATION_KINDS = [
  commentMentionedKind,
  commentRepliedKind,
  commentEscalatedKind,
] as const;

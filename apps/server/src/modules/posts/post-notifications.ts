import type { RecordedEvent } from '../events/index.js';
import type { NotificationKindDefinition } from '../notifications/index.js';

/** The person a post.created / post.updated event assigned the post to, if it did. */
function assignedTo(event: RecordedEvent): string[] {
  if (event.type === 'post.created') {
    const id = event.data.assigneeId;
    return typeof id === 'string' ? [id] : [];
  }
  const assignee = event.data.assignee as { after?: unknown } | undefined;
  return typeof assignee?.after === 'string' ? [assignee.after] : [];
}

/** "A post was assigned to you": to the new assignee (not when they assigned themselves). */
export const postAssignedKind: NotificationKindDefinition = {
  kind: 'post_assigned',
  titleKey: 'notifications.kinds.post_assigned.title',
  eventTypes: ['post.created', 'post.updated'],
  recipients: (event) => Promise.resolve(assignedTo(event)),
  readAction: 'post.read',
  defaults: { inApp: true, email: true, emailMode: 'immediate' },
  texts: {
    en: { title: '{actor} assigned the post “{name}” to you', label: 'A post is assigned to me' },
    vi: { title: '{actor} đã giao bài đăng “{name}” cho bạn', label: 'Bài đăng được giao cho tôi' },
    fa: { title: '{actor} پست «{name}» را به شما سپرد', label: 'پستی به من سپرده شد' },
    he: { title: '{actor} הקצה/תה לך את הפוסט „{name}”', label: 'פוסט הוקצה לי' },
    uk: { title: '{actor} призначає вам допис «{name}»', label: 'Мені призначено допис' },
    th: { title: '{actor} มอบหมายโพสต์ “{name}” ให้คุณ', label: 'มีโพสต์มอบหมายให้ฉัน' },
  },
};

import type { RecordedEvent } from '../events/index.js';
import type { NotificationKindDefinition, RecipientContext } from '../notifications/index.js';

/**
 * The approval flows' notification kinds: who is told what, from the approval events'
 * ids (docs/adr/0025). Every kind reads its recipients from the event itself, so a job run
 * twice tells the same people, and the notifications module drops anyone who can no longer
 * open the brand.
 */

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/** What every approval notification shows: the document's name and the flow's. */
function approvalData(event: RecordedEvent): Record<string, string | number | null> {
  const text = (key: string) => (typeof event.data[key] === 'string' ? event.data[key] : null);
  return {
    name: text('documentTitle'),
    flow: text('flowName'),
    kind: text('documentKind'),
    decision: text('decision'),
    requestId: text('requestId'),
  };
}

/**
 * The approvers of the step that has just opened: on submission, when a step closes and
 * the next opens (approved or skipped), and when an edit reopens the request (except those
 * told "changed after your approval" about the same edit).
 */
function newStepApprovers(event: RecordedEvent): string[] {
  if (event.type === 'approval.submitted') return ids(event.data.approverIds);
  if (event.type === 'approval.step_approved' || event.type === 'approval.skipped') {
    return event.data.nextStepIndex === undefined ? [] : ids(event.data.approverIds);
  }
  if (event.type === 'approval.reopened') {
    const told = new Set(ids(event.data.changedAfterApprovalUserIds));
    return ids(event.data.approverIds).filter((id) => !told.has(id));
  }
  return [];
}

export const approvalRequestedKind: NotificationKindDefinition = {
  kind: 'approval_requested',
  titleKey: 'notifications.kinds.approval_requested.title',
  eventTypes: [
    'approval.submitted',
    'approval.step_approved',
    'approval.skipped',
    'approval.reopened',
  ],
  recipients: (event) => Promise.resolve(newStepApprovers(event)),
  readAction: 'brand.read',
  defaults: { inApp: true, email: true, emailMode: 'immediate' },
  data: approvalData,
  texts: {
    en: { title: '{actor} asks for your approval of “{name}”', label: 'My approval is requested' },
    vi: { title: '{actor} đề nghị bạn phê duyệt “{name}”', label: 'Có yêu cầu tôi phê duyệt' },
    fa: { title: '{actor} تأیید شما را برای «{name}» خواسته است', label: 'تأیید من درخواست شد' },
    he: { title: '{actor} מבקש/ת את אישורך ל„{name}”', label: 'מבקשים את אישורי' },
    uk: { title: '{actor} просить вас затвердити «{name}»', label: 'Мене просять затвердити' },
    th: { title: '{actor} ขอให้คุณอนุมัติ “{name}”', label: 'มีคำขอให้ฉันอนุมัติ' },
  },
};

export const approvalDecidedKind: NotificationKindDefinition = {
  kind: 'approval_decided',
  titleKey: 'notifications.kinds.approval_decided.title',
  eventTypes: ['approval.approved', 'approval.changes_requested', 'approval.rejected'],
  recipients: (event) => Promise.resolve(ids([event.data.submitterId])),
  readAction: 'brand.read',
  defaults: { inApp: true, email: true, emailMode: 'immediate' },
  data: (event) => ({
    ...approvalData(event),
    decision:
      event.type === 'approval.approved'
        ? 'approve'
        : event.type === 'approval.rejected'
          ? 'reject'
          : 'request_changes',
  }),
  texts: {
    en: { title: '{actor} decided on “{name}”', label: 'A decision on what I submitted' },
    vi: { title: '{actor} đã quyết định về “{name}”', label: 'Có quyết định về nội dung tôi gửi' },
    fa: { title: '{actor} درباره‌ی «{name}» تصمیم گرفت', label: 'تصمیمی درباره‌ی آنچه فرستادم' },
    he: { title: '{actor} החליט/ה לגבי „{name}”', label: 'החלטה על מה שהגשתי' },
    uk: { title: '{actor} ухвалює рішення щодо «{name}»', label: 'Рішення щодо поданого мною' },
    th: { title: '{actor} ตัดสินใจเรื่อง “{name}” แล้ว', label: 'มีการตัดสินใจเรื่องที่ฉันส่ง' },
  },
};

export const approvalReminderKind: NotificationKindDefinition = {
  kind: 'approval_reminder',
  titleKey: 'notifications.kinds.approval_reminder.title',
  eventTypes: ['approval.reminder_due'],
  recipients: (event) => Promise.resolve(ids(event.data.waitingOnUserIds)),
  readAction: 'brand.read',
  defaults: { inApp: true, email: true, emailMode: 'immediate' },
  data: approvalData,
  texts: {
    en: { title: '“{name}” is still waiting for your approval', label: 'Approval reminders' },
    vi: { title: '“{name}” vẫn đang chờ bạn phê duyệt', label: 'Nhắc nhở phê duyệt' },
    fa: { title: '«{name}» هنوز منتظر تأیید شماست', label: 'یادآوری تأیید' },
    he: { title: '„{name}” עדיין ממתין לאישורך', label: 'תזכורות לאישור' },
    uk: {
      title: '«{name}» досі чекає на ваше затвердження',
      label: 'Нагадування про затвердження',
    },
    th: { title: '“{name}” ยังรอการอนุมัติจากคุณ', label: 'การแจ้งเตือนให้อนุมัติ' },
  },
};

export const changedAfterApprovalKind: NotificationKindDefinition = {
  kind: 'changed_after_approval',
  titleKey: 'notifications.kinds.changed_after_approval.title',
  eventTypes: ['approval.reopened'],
  recipients: (event) => Promise.resolve(ids(event.data.changedAfterApprovalUserIds)),
  readAction: 'brand.read',
  defaults: { inApp: true, email: true, emailMode: 'immediate' },
  data: approvalData,
  texts: {
    en: {
      title: '{actor} changed “{name}” after your approval',
      label: 'Changed after my approval',
    },
    vi: {
      title: '{actor} đã sửa “{name}” sau khi bạn phê duyệt',
      label: 'Bị sửa sau khi tôi duyệt',
    },
    fa: { title: '{actor} «{name}» را پس از تأیید شما تغییر داد', label: 'تغییر پس از تأیید من' },
    he: { title: '{actor} שינה/תה את „{name}” אחרי שאישרת', label: 'שונה אחרי שאישרתי' },
    uk: {
      title: '{actor} змінює «{name}» після вашого затвердження',
      label: 'Змінено після мого затвердження',
    },
    th: { title: '{actor} แก้ไข “{name}” หลังคุณอนุมัติแล้ว', label: 'ถูกแก้ไขหลังฉันอนุมัติ' },
  },
};

/** The workspace's owners and the submitter: they can mend a step nobody can decide. */
async function gapRecipients(
  event: RecordedEvent,
  { manager }: RecipientContext,
): Promise<string[]> {
  const owners = await manager.query<Array<{ user_id: string }>>(
    `SELECT user_id FROM workspace_members WHERE workspace_id = $1 AND role = 'owner'`,
    [event.workspaceId],
  );
  return [...owners.map((row) => row.user_id), ...ids([event.data.submitterId])];
}

export const approvalGapKind: NotificationKindDefinition = {
  kind: 'approval_gap',
  titleKey: 'notifications.kinds.approval_gap.title',
  eventTypes: ['approval.approver_missing'],
  recipients: gapRecipients,
  readAction: 'brand.read',
  includeActor: true,
  defaults: { inApp: true, email: true, emailMode: 'immediate' },
  data: approvalData,
  texts: {
    en: {
      title: 'An approver of “{name}” is missing: the request needs attention',
      label: 'Approvals left without an approver',
    },
    vi: {
      title: '“{name}” thiếu người phê duyệt: yêu cầu cần được xử lý',
      label: 'Phê duyệt thiếu người duyệt',
    },
    fa: {
      title: 'تأییدکننده‌ی «{name}» در دسترس نیست: درخواست نیاز به رسیدگی دارد',
      label: 'تأییدهای بدون تأییدکننده',
    },
    he: { title: 'חסר/ה מאשר/ת ל„{name}”: הבקשה דורשת טיפול', label: 'אישורים שנשארו בלי מאשר/ת' },
    uk: {
      title: 'У «{name}» бракує затверджувача: запит потребує уваги',
      label: 'Затвердження без затверджувача',
    },
    th: { title: '“{name}” ไม่มีผู้อนุมัติ: คำขอต้องได้รับการดูแล', label: 'การอนุมัติที่ไม่มีผู้อนุมัติ' },
  },
};

/** Every approval kind, in the order the preferences list them. */
export const APPROVAL_NOTIFICATION_KINDS = [
  approvalRequestedKind,
  approvalDecidedKind,
  approvalReminderKind,
  changedAfterApprovalKind,
  approvalGapKind,
] as const;

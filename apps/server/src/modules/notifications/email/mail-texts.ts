import { MAIL_LOCALES, type MailLocale } from '../notification-kind.js';

/** The words around every notification email and the unsubscribe page, per language. */
export interface MailTexts {
  /** Who the item belongs to: "{brand}" line. */
  brand: string;
  open: string;
  why: string;
  unsubscribe: string;
  digestSubject: string;
  digestIntro: string;
  confirmTitle: string;
  confirmButton: string;
  doneTitle: string;
  doneText: string;
  invalid: string;
  someone: string;
  /** The digest as a thing to unsubscribe from. */
  digestLabel: string;
}

export const MAIL_TEXTS: Record<MailLocale, MailTexts> = {
  en: {
    brand: 'Brand: {brand}',
    open: 'Open it in Chorus:',
    why: 'You get this email because of your notification settings in Chorus.',
    unsubscribe: 'Stop emails about “{label}”:',
    digestSubject: 'Chorus: {count} new notifications',
    digestIntro: 'Here is what happened since your last digest:',
    confirmTitle: 'Stop emails about “{label}”?',
    confirmButton: 'Stop these emails',
    doneTitle: 'Done',
    doneText:
      'You will no longer get emails about “{label}”. You can turn them on again in your profile.',
    invalid: 'This unsubscribe link is not valid.',
    someone: 'Someone',
    digestLabel: 'the daily digest',
  },
  vi: {
    brand: 'Thương hiệu: {brand}',
    open: 'Mở trong Chorus:',
    why: 'Bạn nhận email này do cài đặt thông báo của bạn trong Chorus.',
    unsubscribe: 'Ngừng nhận email về “{label}”:',
    digestSubject: 'Chorus: {count} thông báo mới',
    digestIntro: 'Đây là những gì đã xảy ra kể từ bản tóm tắt trước:',
    confirmTitle: 'Ngừng nhận email về “{label}”?',
    confirmButton: 'Ngừng nhận các email này',
    doneTitle: 'Đã xong',
    doneText: 'Bạn sẽ không nhận email về “{label}” nữa. Bạn có thể bật lại trong hồ sơ của mình.',
    invalid: 'Liên kết hủy đăng ký này không hợp lệ.',
    someone: 'Một người',
    digestLabel: 'bản tóm tắt hằng ngày',
  },
  fa: {
    brand: 'برند: {brand}',
    open: 'در Chorus باز کنید:',
    why: 'این ایمیل را به‌خاطر تنظیمات اعلان خود در Chorus دریافت می‌کنید.',
    unsubscribe: 'توقف ایمیل‌های «{label}»:',
    digestSubject: 'Chorus: {count} اعلان تازه',
    digestIntro: 'آنچه از خلاصهٔ قبلی تا کنون رخ داده است:',
    confirmTitle: 'ایمیل‌های «{label}» متوقف شود؟',
    confirmButton: 'توقف این ایمیل‌ها',
    doneTitle: 'انجام شد',
    doneText:
      'دیگر ایمیلی دربارهٔ «{label}» دریافت نمی‌کنید. می‌توانید آن را دوباره در نمایهٔ خود روشن کنید.',
    invalid: 'این پیوند لغو اشتراک معتبر نیست.',
    someone: 'کسی',
    digestLabel: 'خلاصهٔ روزانه',
  },
  he: {
    brand: 'מותג: {brand}',
    open: 'לפתיחה ב-Chorus:',
    why: 'קיבלת הודעה זו בגלל הגדרות ההתראות שלך ב-Chorus.',
    unsubscribe: 'להפסקת הודעות דוא״ל על „{label}”:',
    digestSubject: 'Chorus: {count} התראות חדשות',
    digestIntro: 'הנה מה שקרה מאז הסיכום הקודם:',
    confirmTitle: 'להפסיק הודעות דוא״ל על „{label}”?',
    confirmButton: 'הפסקת ההודעות האלה',
    doneTitle: 'בוצע',
    doneText: 'לא יישלחו אליך עוד הודעות דוא״ל על „{label}”. אפשר להפעיל אותן מחדש בפרופיל שלך.',
    invalid: 'קישור ביטול המינוי הזה אינו תקף.',
    someone: 'מישהו',
    digestLabel: 'הסיכום היומי',
  },
  uk: {
    brand: 'Бренд: {brand}',
    open: 'Відкрити в Chorus:',
    why: 'Ви отримали цей лист через свої налаштування сповіщень у Chorus.',
    unsubscribe: 'Більше не надсилати листи про «{label}»:',
    digestSubject: 'Chorus: нових сповіщень — {count}',
    digestIntro: 'Ось що сталося від попереднього зведення:',
    confirmTitle: 'Більше не надсилати листи про «{label}»?',
    confirmButton: 'Вимкнути ці листи',
    doneTitle: 'Готово',
    doneText:
      'Ви більше не отримуватимете листів про «{label}». Їх можна знову ввімкнути у профілі.',
    invalid: 'Це посилання для відписки недійсне.',
    someone: 'Хтось',
    digestLabel: 'щоденне зведення',
  },
  th: {
    brand: 'แบรนด์: {brand}',
    open: 'เปิดใน Chorus:',
    why: 'คุณได้รับอีเมลนี้ตามการตั้งค่าการแจ้งเตือนของคุณใน Chorus',
    unsubscribe: 'หยุดรับอีเมลเกี่ยวกับ “{label}”:',
    digestSubject: 'Chorus: การแจ้งเตือนใหม่ {count} รายการ',
    digestIntro: 'สิ่งที่เกิดขึ้นตั้งแต่สรุปครั้งก่อน:',
    confirmTitle: 'หยุดรับอีเมลเกี่ยวกับ “{label}” ใช่ไหม',
    confirmButton: 'หยุดรับอีเมลเหล่านี้',
    doneTitle: 'เรียบร้อย',
    doneText: 'คุณจะไม่ได้รับอีเมลเกี่ยวกับ “{label}” อีก เปิดใหม่ได้ในโปรไฟล์ของคุณ',
    invalid: 'ลิงก์ยกเลิกการรับนี้ไม่ถูกต้อง',
    someone: 'มีคน',
    digestLabel: 'สรุปรายวัน',
  },
};

/** The recipient's interface language if we write it, else English. */
export function mailLocale(language: string | null | undefined): MailLocale {
  const base = (language ?? '').slice(0, 2).toLowerCase();
  return (MAIL_LOCALES as readonly string[]).includes(base) ? (base as MailLocale) : 'en';
}

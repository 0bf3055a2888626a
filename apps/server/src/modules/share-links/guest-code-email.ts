import type { MailMessage } from '../../platform/mail/index.js';

const TEXTS = {
  en: {
    subject: (brand: string) => `Your code for ${brand}`,
    body: (name: string, code: string) =>
      `Hello ${name},\n\nYour confirmation code is ${code}. It is valid for 10 minutes.\n\nIf you did not open a share link, ignore this email.`,
  },
  vi: {
    subject: (brand: string) => `Mã xác nhận của bạn cho ${brand}`,
    body: (name: string, code: string) =>
      `Xin chào ${name},\n\nMã xác nhận của bạn là ${code}. Mã có hiệu lực trong 10 phút.\n\nNếu bạn không mở liên kết chia sẻ, hãy bỏ qua email này.`,
  },
  fa: {
    subject: (brand: string) => `کد شما برای ${brand}`,
    body: (name: string, code: string) =>
      `سلام ${name}،\n\nکد تأیید شما ${code} است و ۱۰ دقیقه اعتبار دارد.\n\nاگر پیوند اشتراکی را باز نکرده‌اید، این ایمیل را نادیده بگیرید.`,
  },
  he: {
    subject: (brand: string) => `הקוד שלך עבור ${brand}`,
    body: (name: string, code: string) =>
      `שלום ${name},\n\nקוד האישור שלך הוא ${code}. הוא תקף ל-10 דקות.\n\nאם לא פתחת קישור שיתוף, אפשר להתעלם מהודעה זו.`,
  },
  uk: {
    subject: (brand: string) => `Ваш код для ${brand}`,
    body: (name: string, code: string) =>
      `Вітаємо, ${name}!\n\nВаш код підтвердження: ${code}. Він дійсний 10 хвилин.\n\nЯкщо ви не відкривали посилання, просто проігноруйте цей лист.`,
  },
  th: {
    subject: (brand: string) => `รหัสของคุณสำหรับ ${brand}`,
    body: (name: string, code: string) =>
      `สวัสดี ${name}\n\nรหัสยืนยันของคุณคือ ${code} ใช้ได้ 10 นาที\n\nหากคุณไม่ได้เปิดลิงก์ที่แชร์ โปรดเพิกเฉยอีเมลนี้`,
  },
} as const;

/** The one-time code email, in the first of the six languages the guest's browser asks for. */
export function guestCodeEmail(
  acceptLanguage: string | undefined,
  code: string,
  brandName: string,
  guestName: string,
): Pick<MailMessage, 'subject' | 'text'> {
  const language =
    (acceptLanguage ?? '')
      .split(',')
      .map((part) => part.split(';')[0]!.trim().slice(0, 2).toLowerCase())
      .find((tag): tag is keyof typeof TEXTS => tag in TEXTS) ?? 'en';
  const texts = TEXTS[language];
  return { subject: texts.subject(brandName), text: texts.body(guestName, code) };
}

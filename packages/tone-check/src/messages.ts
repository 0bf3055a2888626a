import type { Language } from './languages.js';

/*
 * What a finding says, in the reader's locale (the web app's six). `{name}` placeholders are
 * filled from the finding's parameters; quotes and digits stay as given (a Persian reader sees
 * the brand's term as written).
 */

export type MessageKey =
  | 'term_banned'
  | 'term_banned_replace'
  | 'term_preferred'
  | 'address'
  | 'address_capital'
  | 'emoji_none'
  | 'emoji_max'
  | 'emoji_not_allowed'
  | 'hashtag_max'
  | 'hashtag_missing'
  | 'hashtag_banned'
  | 'exclamation_max'
  | 'exclamation_repeat'
  | 'caps_max'
  | 'link_utm'
  | 'length_network'
  | 'length_brand'
  | 'readability'
  | 'escalation';

export type MessageParams = Readonly<Record<string, string | number>>;

const EN: Record<MessageKey, string> = {
  term_banned: '“{term}” is a word the brand does not use',
  term_banned_replace: '“{term}” is a word the brand does not use: write “{replacement}”',
  term_preferred: 'The brand writes “{replacement}” rather than “{term}”',
  address: '“{term}” is not the brand’s form of address (it writes “{expected}”)',
  address_capital: 'Formal address is written with a capital: “{replacement}”',
  emoji_none: 'The brand uses no emoji',
  emoji_max: 'More than {max} emoji',
  emoji_not_allowed: '{term} is not one of the brand’s emoji',
  hashtag_max: 'More than {max} hashtags',
  hashtag_missing: 'The tag #{term} is missing',
  hashtag_banned: '#{term} is a hashtag the brand does not use',
  exclamation_max: 'More than {max} exclamation marks',
  exclamation_repeat: 'One exclamation mark is enough',
  caps_max: 'More than {max} words in capitals',
  link_utm: 'This link carries no UTM tags',
  length_network: '{count} characters: {network} allows {max}',
  length_brand: '{count} characters: the brand’s limit is {max}',
  readability: 'Reading ease {score}: the brand aims for {max} or more',
  escalation: '“{term}” touches “{topic}”: the chief expert answers this',
};

const VI: Record<MessageKey, string> = {
  term_banned: '“{term}” là từ thương hiệu không dùng',
  term_banned_replace: '“{term}” là từ thương hiệu không dùng: hãy viết “{replacement}”',
  term_preferred: 'Thương hiệu viết “{replacement}” thay vì “{term}”',
  address: '“{term}” không phải cách xưng hô của thương hiệu (thương hiệu dùng “{expected}”)',
  address_capital: 'Xưng hô trang trọng viết hoa: “{replacement}”',
  emoji_none: 'Thương hiệu không dùng emoji',
  emoji_max: 'Quá {max} emoji',
  emoji_not_allowed: '{term} không nằm trong danh sách emoji của thương hiệu',
  hashtag_max: 'Quá {max} hashtag',
  hashtag_missing: 'Thiếu hashtag #{term}',
  hashtag_banned: '#{term} là hashtag thương hiệu không dùng',
  exclamation_max: 'Quá {max} dấu chấm than',
  exclamation_repeat: 'Một dấu chấm than là đủ',
  caps_max: 'Quá {max} từ viết hoa toàn bộ',
  link_utm: 'Liên kết này chưa có thẻ UTM',
  length_network: '{count} ký tự: {network} cho phép {max}',
  length_brand: '{count} ký tự: giới hạn của thương hiệu là {max}',
  readability: 'Độ dễ đọc {score}: thương hiệu hướng tới từ {max} trở lên',
  escalation: '“{term}” liên quan đến “{topic}”: chuyên gia trưởng sẽ trả lời',
};

const FA: Record<MessageKey, string> = {
  term_banned: '«{term}» واژه‌ای است که برند به کار نمی‌برد',
  term_banned_replace: '«{term}» واژه‌ای است که برند به کار نمی‌برد: «{replacement}» بنویسید',
  term_preferred: 'برند به جای «{term}» می‌نویسد «{replacement}»',
  address: '«{term}» شیوهٔ خطاب برند نیست (برند «{expected}» می‌نویسد)',
  address_capital: 'خطاب رسمی با حرف بزرگ نوشته می‌شود: «{replacement}»',
  emoji_none: 'برند از ایموجی استفاده نمی‌کند',
  emoji_max: 'بیش از {max} ایموجی',
  emoji_not_allowed: '{term} جزو ایموجی‌های برند نیست',
  hashtag_max: 'بیش از {max} هشتگ',
  hashtag_missing: 'هشتگ #{term} جا افتاده است',
  hashtag_banned: '#{term} هشتگی است که برند به کار نمی‌برد',
  exclamation_max: 'بیش از {max} علامت تعجب',
  exclamation_repeat: 'یک علامت تعجب کافی است',
  caps_max: 'بیش از {max} واژه با حروف بزرگ',
  link_utm: 'این پیوند برچسب UTM ندارد',
  length_network: '{count} نویسه: {network} تا {max} نویسه می‌پذیرد',
  length_brand: '{count} نویسه: سقف برند {max} است',
  readability: 'خوانایی {score}: هدف برند {max} یا بیشتر است',
  escalation: '«{term}» به «{topic}» مربوط است: پاسخ با کارشناس ارشد است',
};

const HE: Record<MessageKey, string> = {
  term_banned: '״{term}״ היא מילה שהמותג לא משתמש בה',
  term_banned_replace: '״{term}״ היא מילה שהמותג לא משתמש בה: כתבו ״{replacement}״',
  term_preferred: 'המותג כותב ״{replacement}״ ולא ״{term}״',
  address: '״{term}״ אינה צורת הפנייה של המותג (המותג כותב ״{expected}״)',
  address_capital: 'פנייה רשמית נכתבת באות גדולה: ״{replacement}״',
  emoji_none: 'המותג לא משתמש באימוג׳י',
  emoji_max: 'יותר מ־{max} אימוג׳י',
  emoji_not_allowed: '{term} אינו אחד מהאימוג׳י של המותג',
  hashtag_max: 'יותר מ־{max} האשטגים',
  hashtag_missing: 'חסר ההאשטג #{term}',
  hashtag_banned: '#{term} הוא האשטג שהמותג לא משתמש בו',
  exclamation_max: 'יותר מ־{max} סימני קריאה',
  exclamation_repeat: 'סימן קריאה אחד מספיק',
  caps_max: 'יותר מ־{max} מילים באותיות גדולות',
  link_utm: 'לקישור הזה אין תגי UTM',
  length_network: '{count} תווים: {network} מאפשרת {max}',
  length_brand: '{count} תווים: המגבלה של המותג היא {max}',
  readability: 'קלות קריאה {score}: המותג שואף ל־{max} ומעלה',
  escalation: '״{term}״ נוגע ב״{topic}״: המומחה הראשי עונה על זה',
};

const UK: Record<MessageKey, string> = {
  term_banned: '«{term}» — слово, якого бренд не вживає',
  term_banned_replace: '«{term}» — слово, якого бренд не вживає: напишіть «{replacement}»',
  term_preferred: 'Бренд пише «{replacement}», а не «{term}»',
  address: '«{term}» — не та форма звертання, що в бренду (бренд пише «{expected}»)',
  address_capital: 'Ввічливе звертання пишемо з великої літери: «{replacement}»',
  emoji_none: 'Бренд не використовує емодзі',
  emoji_max: 'Більше ніж {max} емодзі',
  emoji_not_allowed: '{term} немає серед емодзі бренду',
  hashtag_max: 'Більше ніж {max} хештегів',
  hashtag_missing: 'Бракує хештегу #{term}',
  hashtag_banned: '#{term} — хештег, якого бренд не вживає',
  exclamation_max: 'Більше ніж {max} знаків оклику',
  exclamation_repeat: 'Досить одного знака оклику',
  caps_max: 'Більше ніж {max} слів великими літерами',
  link_utm: 'У цьому посиланні немає UTM-міток',
  length_network: '{count} символів: {network} дозволяє {max}',
  length_brand: '{count} символів: ліміт бренду — {max}',
  readability: 'Легкість читання {score}: бренд прагне до {max} і вище',
  escalation: '«{term}» стосується теми «{topic}»: відповідає головний експерт',
};

const TH: Record<MessageKey, string> = {
  term_banned: '“{term}” เป็นคำที่แบรนด์ไม่ใช้',
  term_banned_replace: '“{term}” เป็นคำที่แบรนด์ไม่ใช้ ให้เขียนว่า “{replacement}”',
  term_preferred: 'แบรนด์เขียนว่า “{replacement}” แทน “{term}”',
  address: '“{term}” ไม่ใช่รูปแบบการเรียกขานของแบรนด์ (แบรนด์ใช้ “{expected}”)',
  address_capital: 'การเรียกขานอย่างสุภาพเขียนด้วยตัวพิมพ์ใหญ่: “{replacement}”',
  emoji_none: 'แบรนด์ไม่ใช้อีโมจิ',
  emoji_max: 'อีโมจิเกิน {max} ตัว',
  emoji_not_allowed: '{term} ไม่อยู่ในรายการอีโมจิของแบรนด์',
  hashtag_max: 'แฮชแท็กเกิน {max} รายการ',
  hashtag_missing: 'ขาดแฮชแท็ก #{term}',
  hashtag_banned: '#{term} เป็นแฮชแท็กที่แบรนด์ไม่ใช้',
  exclamation_max: 'เครื่องหมายอัศเจรีย์เกิน {max} ตัว',
  exclamation_repeat: 'ใช้เครื่องหมายอัศเจรีย์ตัวเดียวก็พอ',
  caps_max: 'คำที่เป็นตัวพิมพ์ใหญ่ทั้งคำเกิน {max} คำ',
  link_utm: 'ลิงก์นี้ไม่มีแท็ก UTM',
  length_network: '{count} ตัวอักษร: {network} รับได้ {max}',
  length_brand: '{count} ตัวอักษร: แบรนด์กำหนดไว้ที่ {max}',
  readability: 'ความง่ายในการอ่าน {score}: แบรนด์ตั้งเป้าไว้ที่ {max} ขึ้นไป',
  escalation: '“{term}” เกี่ยวกับ “{topic}”: ผู้เชี่ยวชาญหลักเป็นผู้ตอบ',
};

export const MESSAGES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  en: EN,
  vi: VI,
  fa: FA,
  he: HE,
  uk: UK,
  th: TH,
};

/** Each message split once at its placeholders: odd entries are parameter names. */
const compiled = new Map<string, string[]>();

/** A message in the reader's locale with its placeholders filled. */
export function formatMessage(locale: Language, key: MessageKey, params: MessageParams): string {
  const id = `${locale}:${key}`;
  let parts = compiled.get(id);
  if (!parts) {
    parts = MESSAGES[locale][key].split(/\{(\w+)\}/u);
    compiled.set(id, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = params[name];
    out += (value === undefined ? `{${name}}` : String(value)) + parts[i + 1]!;
  }
  return out;
}

/*
 * Real text from the practitioner articles in shared/domain/articles (one line or phrase
 * each, quoted as written), for tests of counting, tags and previews. The Persian article
 * writes its compounds without the zero-width non-joiner (رسانه های); the phrase below
 * spells it as Persian orthography does (رسانه‌های), which is what people type.
 */
export const SAMPLES = {
  /** 004 (Thai): "social media", no spaces between words. */
  thai: 'การตลาดผ่านโซเชียลมีเดียมีชื่อเสียงจอมปลอม',
  thaiWord: 'โซเชียลมีเดีย',
  /** 001 (Persian): "social media", with the ZWNJ inside the first word. */
  persian: 'رسانه\u200cهای اجتماعی',
  /** 002 (Hebrew). */
  hebrew: 'תאמין לי, כספי הפרסים שלהם השתלמו פי כמה.',
  /** 000 (Vietnamese), precomposed as the article writes it. */
  vietnamese: 'Chiến lược tiếp thị truyền thông xã hội.',
  /** 003 (Ukrainian). */
  ukrainian: 'Просування в соцмережах застосовують, якщо потрібно:',
} as const;

export const EMOJI = {
  family: '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
  ukraineFlag: '\u{1F1FA}\u{1F1E6}',
  thumbsMediumSkin: '\u{1F44D}\u{1F3FD}',
  rainbowFlag: '\u{1F3F3}\uFE0F\u200D\u{1F308}',
  womanTechnologistDarkSkin: '\u{1F469}\u{1F3FF}\u200D\u{1F4BB}',
} as const;

import type { ToneGuide } from '@chorus/tone-check';

/*
 * Lotus Tea House's tone of voice (version 1, saved by the chief expert): a Vietnamese and an
 * English guideline in one — the brand publishes in both — plus the choices a post in the
 * team's other languages (Ukrainian, Persian, Hebrew, Thai) is checked against, since the demo
 * has one brand and its team writes in six. Required rules are the banned words and the
 * networks' length limits; the rest is recommended, so an ordinary post passes and a post with
 * "giá rẻ" or "cheap" is blocked until it is fixed or the chief expert overrides it.
 * Examples quote the practitioner articles in ../shared/domain/articles.
 */
export const DEMO_TONE_GUIDE: ToneGuide = {
  thresholds: { blockBelow: 60, warnBelow: 80 },
  traits: [
    {
      id: 'human',
      name: 'Human, never pushy',
      description:
        'We talk like the people behind the counter: plain words, real-world politeness, no hard sell (promotion stays under a fifth of the content).',
      do: [
        'ภาษาที่เรียบง่ายและความสุภาพตาม “โลกแห่งความเป็นจริง” เป็นพื้นฐานของแนวทางที่ดีที่สุด',
        "Бренд завжди на зв'язку і допомагає розбиратися в тонкощах продукту.",
      ],
      dont: [
        'เทคโนโลยีมากเกินไป เชิงพาณิชย์เกินไปจะลดประสบการณ์ทางสังคม',
        'Bạn không thể bắn phá người đăng ký của mình bằng tin nhắn quảng cáo.',
      ],
    },
    {
      id: 'listening',
      name: 'We listen and answer',
      description:
        'Every question gets an answer; hard questions and conflicts go to the chief expert.',
      do: [
        'زمانی را برای پاسخ دادن به نظرات، پاسخ به سوالات و تعامل منظم با مخاطبان خود اختصاص دهید.',
        'Chuyên gia sẽ cần trả lời những câu hỏi phức tạp nhất và giải quyết các tình huống xung đột.',
      ],
      dont: [],
    },
  ],
  address: [
    { id: 'vi-ban', severity: 'recommended', language: 'vi', choice: 'ban' },
    {
      id: 'uk-formal',
      severity: 'recommended',
      language: 'uk',
      choice: 'formal',
      capitalise: true,
    },
    { id: 'fa-formal', severity: 'recommended', language: 'fa', choice: 'formal' },
    { id: 'he-plural', severity: 'recommended', language: 'he', choice: 'plural' },
    { id: 'th-female', severity: 'recommended', language: 'th', choice: 'female' },
  ],
  terms: [
    {
      id: 'vi-gia-re',
      severity: 'required',
      kind: 'banned',
      language: 'vi',
      terms: ['giá rẻ', 'rẻ nhất', 'rẻ bèo'],
      replacement: 'giá tốt',
      note: 'Trà ngon không "rẻ": chúng tôi nói về giá trị.',
    },
    {
      id: 'vi-khach',
      severity: 'recommended',
      kind: 'preferred',
      language: 'vi',
      terms: ['khách hàng'],
      replacement: 'người yêu trà',
    },
    {
      id: 'en-cheap',
      severity: 'required',
      kind: 'banned',
      language: 'en',
      terms: ['cheap', 'cheapest', 'bargain*'],
      replacement: 'affordable',
      note: 'Good tea is not "cheap": we talk about value.',
    },
    {
      id: 'en-guests',
      severity: 'recommended',
      kind: 'preferred',
      language: 'en',
      terms: ['customers', 'consumers'],
      replacement: 'tea lovers',
    },
    {
      id: 'uk-cheap',
      severity: 'required',
      kind: 'banned',
      language: 'uk',
      terms: ['дешевий'],
      replacement: 'вигідний',
    },
    {
      id: 'fa-cheap',
      severity: 'required',
      kind: 'banned',
      language: 'fa',
      terms: ['ارزان'],
      replacement: 'به‌صرفه',
    },
    {
      id: 'he-sale',
      severity: 'required',
      kind: 'banned',
      language: 'he',
      terms: ['זול'],
      replacement: 'משתלם',
    },
    {
      id: 'th-cheap',
      severity: 'required',
      kind: 'banned',
      language: 'th',
      terms: ['ราคาถูก'],
      replacement: 'ราคาคุ้มค่า',
    },
  ],
  emoji: { id: 'emoji', severity: 'recommended', policy: 'max', max: 3 },
  hashtags: {
    id: 'hashtags',
    severity: 'recommended',
    max: 5,
    required: ['LotusTeaHouse'],
    banned: ['sale', 'giamgia'],
  },
  exclamations: { id: 'exclamations', severity: 'recommended', max: 1, noRepeats: true },
  caps: { id: 'caps', severity: 'recommended', maxWords: 1, allowed: ['LOTUS', 'TET'] },
  links: {
    id: 'utm',
    severity: 'recommended',
    requireUtm: true,
    exemptHosts: ['lotustea.vn'],
  },
  length: { id: 'length', severity: 'required' },
  readability: [{ id: 'en-readable', severity: 'recommended', language: 'en', minScore: 50 }],
  escalation: [
    {
      id: 'health-and-refunds',
      severity: 'required',
      name: 'Health claims, refunds and complaints',
      language: 'all',
      terms: ['refund', 'cure', 'hoàn tiền', 'chữa bệnh', 'khiếu nại'],
    },
  ],
  templates: [
    {
      id: 'thanks-vi',
      name: 'Cảm ơn',
      language: 'vi',
      body: 'Cảm ơn {{name}} đã ghé Lotus Tea House! Hẹn gặp bạn ở tiệm trà tại Hội An nhé.',
      variables: [{ name: 'name', required: true, description: 'Tên người bình luận' }],
    },
    {
      id: 'thanks-en',
      name: 'Thank you',
      language: 'en',
      body: 'Thank you, {{name}}! We hope to pour you a cup in Hội An soon.',
      variables: [{ name: 'name', required: true, description: "The commenter's name" }],
    },
  ],
};

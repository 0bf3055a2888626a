import { check, validateGuide } from '@chorus/tone-check';
import { DEMO_TONE_GUIDE } from './demo-tone.js';

describe("the demo brand's tone of voice", () => {
  const guide = validateGuide(DEMO_TONE_GUIDE);

  it('is a valid guideline', () => {
    expect(guide.terms.map((term) => term.language)).toEqual([
      'vi',
      'vi',
      'en',
      'en',
      'uk',
      'fa',
      'he',
      'th',
    ]);
  });

  it('lets an ordinary post through and blocks a banned word in each language', () => {
    expect(check('Trà sen mùa xuân 🌸 #LotusTeaHouse', 'vi', guide).verdict).toBe('pass');
    for (const [text, language, replacement] of [
      ['Trà sen giá rẻ cho mọi nhà #LotusTeaHouse', 'vi', 'giá tốt'],
      ['The cheapest oolong in town #LotusTeaHouse', 'en', 'affordable'],
      ['Наш дешевий чай уже в крамницях #LotusTeaHouse', 'uk', 'вигідний'],
      ['چای ارزان برای همه #LotusTeaHouse', 'fa', 'به‌صرفه'],
      ['תה זול לכל המשפחה, ישר מהגבעות של הוי אן #LotusTeaHouse', 'he', 'משתלם'],
      ['ชาราคาถูกสำหรับทุกคนค่ะ #LotusTeaHouse', 'th', 'ราคาคุ้มค่า'],
    ] as const) {
      const result = check(text, language, guide);
      expect(result.verdict).toBe('block');
      expect(result.findings.map((f) => f.replacement)).toContain(replacement);
    }
  });
});

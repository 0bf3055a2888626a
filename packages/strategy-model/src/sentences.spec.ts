import { countSentences, splitSentences } from './sentences.js';

describe('countSentences', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['One sentence without a full stop', 1],
    ['Parents want safe toys. They trust other parents!', 2],
    ['Is it safe? Yes… Really.', 3],
    ['Engagement grew 4.5 times on example.com last year.', 1],
    ['He said "stop." Then left.', 2],
    ['Wait!!! What?!', 2],
    ['!!! …', 0],
    ['first line\nsecond line', 2],
    // Vietnamese
    ['Cha mẹ trẻ muốn đồ chơi an toàn. Họ tin lời khuyên của cha mẹ khác.', 2],
    // Ukrainian
    ['Батьки хочуть безпечних іграшок. Вони довіряють іншим батькам!', 2],
    // Hebrew
    ['הורים רוצים צעצועים בטוחים. הם סומכים על הורים אחרים.', 2],
    // Persian, with the Arabic question mark
    ['والدین اسباب‌بازی امن می‌خواهند. آیا به والدین دیگر اعتماد دارند؟', 2],
    ['والدین ۴.۵ برابر بیشتر خرید کردند.', 1],
    // Thai: no punctuation, sentences separated by a wider gap
    ['พ่อแม่อยากได้ของเล่นที่ปลอดภัย  พวกเขาเชื่อคำแนะนำของพ่อแม่คนอื่น', 2],
    ['พ่อแม่อยากได้ของเล่น ที่ปลอดภัย', 1],
    ['พ่อแม่อยากได้ของเล่นที่ปลอดภัย\nพวกเขาเชื่อพ่อแม่คนอื่น\nและรีวิว', 3],
  ])('counts %j as %d', (text, count) => {
    expect(countSentences(text)).toBe(count);
  });

  it('does not split non-Thai text at double spaces', () => {
    expect(countSentences('Parents want  safe toys')).toBe(1);
  });
});

describe('splitSentences', () => {
  it('returns the trimmed sentences', () => {
    expect(splitSentences('  One. Two?  Three! ')).toEqual(['One.', 'Two?', 'Three!']);
  });
});

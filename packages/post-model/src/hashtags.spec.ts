import { describe, expect, it } from '@jest/globals';
import { distinctValues, findEntities, findHashtags, findMentions } from './hashtags.js';

const values = (entities: ReadonlyArray<{ value: string }>) => entities.map((e) => e.value);

describe('hashtags in every script of the six languages', () => {
  it('recognises Thai tags, which run to the first non-letter with their vowel marks', () => {
    expect(values(findHashtags('เริ่มต้น #การตลาดออนไลน์ วันนี้'))).toEqual(['การตลาดออนไลน์']);
    expect(values(findHashtags('ดูเลย#โซเชียลมีเดีย'))).toEqual([]);
  });

  it('keeps a ZWNJ inside a Persian tag and drops one at its end', () => {
    const text = 'راهنمای #رسانه\u200cهای_اجتماعی و #بازاریابی\u200c امروز';
    expect(values(findHashtags(text))).toEqual(['رسانه\u200cهای_اجتماعی', 'بازاریابی']);
    const [first] = findHashtags(text);
    expect(text.slice(first!.start, first!.end)).toBe('#رسانه\u200cهای_اجتماعی');
  });

  it('recognises Hebrew, Vietnamese and Ukrainian tags and stops at punctuation', () => {
    expect(values(findHashtags('שלום #אסטרטגיה, ו-#שיווק.'))).toEqual(['אסטרטגיה', 'שיווק']);
    expect(values(findHashtags('#chiếnlược và #tiếpthị!'))).toEqual(['chiếnlược', 'tiếpthị']);
    expect(values(findHashtags('Наш #маркетинг_у_соцмережах (#SMM2027)'))).toEqual([
      'маркетинг_у_соцмережах',
      'SMM2027',
    ]);
  });

  it('keeps decomposed Vietnamese marks inside the tag', () => {
    const tag = 'tiếpthị'.normalize('NFD');
    expect(values(findHashtags(`#${tag}`))).toEqual([tag]);
  });

  it('ignores numbers, C#, a lone sign and tags inside links and e-mail addresses', () => {
    expect(findHashtags('Top #1 of 2027, I write C# and use # alone')).toEqual([]);
    expect(
      findHashtags('See https://example.com/page?q=1#results or www.example.com/#/route'),
    ).toEqual([]);
    expect(values(findHashtags('https://example.com/#anchor and then #real'))).toEqual(['real']);
  });

  it('accepts the full-width sign and gives UTF-16 offsets of the whole tag', () => {
    const text = 'ok ＃ทดสอบ';
    const [tag] = findHashtags(text);
    expect(tag).toMatchObject({ kind: 'hashtag', value: 'ทดสอบ', start: 3 });
    expect(text.slice(tag!.start, tag!.end)).toBe('＃ทดสอบ');
  });
});

describe('mentions', () => {
  it('recognises handles in any script, with inner dots, without a trailing dot', () => {
    expect(values(findMentions('Thanks @chorus.app and @маркетолог. Also @שירה!'))).toEqual([
      'chorus.app',
      'маркетолог',
      'שירה',
    ]);
  });

  it('does not take an e-mail address or a link for a mention', () => {
    expect(findMentions('write to team@example.com or see https://medium.com/@writer')).toEqual([]);
    expect(findMentions('ทีม@ตัวอย่าง.ไทย และ a.b+c@mail.co.uk.')).toEqual([]);
  });

  it('reads a long run of letters without an @ in linear time (no regex backtracking)', () => {
    // 400,000 Thai letters: an e-mail pattern retried from each letter would take minutes.
    const text = 'ก'.repeat(400_000) + ' #แท็ก @ชื่อ';
    const started = Date.now();
    expect(findEntities(text).map((e) => e.value)).toEqual(['แท็ก', 'ชื่อ']);
    // Generous: linear work finishes in well under a second even on a loaded machine.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('lists tags and mentions together in order, each distinct value once', () => {
    const entities = findEntities('@ana #Summer then #summer and #autumn @ana');
    expect(entities.map((e) => `${e.kind}:${e.value}`)).toEqual([
      'mention:ana',
      'hashtag:Summer',
      'hashtag:summer',
      'hashtag:autumn',
      'mention:ana',
    ]);
    expect(distinctValues(entities.filter((e) => e.kind === 'hashtag'))).toEqual([
      'Summer',
      'autumn',
    ]);
  });
});

import { describe, expect, it } from '@jest/globals';
import { detectLanguage } from './detect.js';

describe('detectLanguage', () => {
  it.each([
    ['Thai', 'การตลาดผ่านโซเชียลมีเดียมีชื่อเสียงจอมปลอม', 'th'],
    ['Hebrew', 'איך ליצור אסטרטגיית SMM שתפוצץ את המדיה החברתית', 'he'],
    ['Persian', 'استراتژی شبکه های اجتماعی برخی ممکن است ببینند', 'fa'],
    ['Ukrainian', 'Маркетинг у соціальних мережах — це діяльність бренду', 'uk'],
    ['Vietnamese with diacritics', 'Chiến lược thương hiệu trên mạng xã hội', 'vi'],
    [
      'Vietnamese typed without diacritics',
      'Cam on ban da ung ho shop minh, hen gap lai ban nhe',
      'vi',
    ],
    ['English', 'Come and taste our new spring tea collection this weekend', 'en'],
    ['English with a loan word', 'Our café is open for you from nine, with fresh tea', 'en'],
  ])('reads %s', (_name, text, language) => {
    expect(detectLanguage(text, 'en')).toBe(language);
  });

  it('keeps the declared language when a paragraph has too few letters to tell', () => {
    expect(detectLanguage('OK!! 🍵🍵', 'vi')).toBe('vi');
    expect(detectLanguage('', 'he')).toBe('he');
  });

  it('goes by the script that has most letters in a mixed paragraph', () => {
    expect(detectLanguage('Новий чай (new tea) вже в наших магазинах', 'en')).toBe('uk');
  });

  it('does not count the letters of hashtags, mentions and links', () => {
    expect(detectLanguage('תה זול לכל המשפחה #LotusTeaHouse', 'en')).toBe('he');
    expect(
      detectLanguage('چای تازه برای همه خانواده @LotusTeaHouse https://lotus.example/menu', 'en'),
    ).toBe('fa');
    expect(detectLanguage('#LotusTeaHouse #SpringTea', 'vi')).toBe('vi');
  });
});

import { describe, expect, it } from '@jest/globals';
import { normalize, originalOffset } from './normalize.js';
import { hebrewCandidates, stemUkrainian, words } from './words.js';
import { stemPersian } from './words.js';

describe('normalize', () => {
  it('folds Arabic letter variants to Persian and drops the ZWNJ', () => {
    expect(normalize('كتاب‌هاي').text).toBe('کتابهای');
  });

  it('maps every normalized offset back to the text as typed', () => {
    const typed = 'מִבְצָע גדול';
    const normal = normalize(typed);
    expect(normal.text).toBe('מבצע גדול');
    const at = normal.text.indexOf('גדול');
    expect(typed.slice(originalOffset(normal, at), originalOffset(normal, at + 4))).toBe('גדול');
  });

  it('composes decomposed Vietnamese and keeps its tone marks', () => {
    const typed = 'Giá Rẻ'.normalize('NFD');
    const normal = normalize(typed);
    expect(normal.text).toBe('giá rẻ');
    expect(originalOffset(normal, normal.text.length)).toBe(typed.length);
    expect(normalize('mà').text).not.toBe(normalize('ma').text);
  });

  it('lines up one to one when nothing changes length', () => {
    expect(normalize('Hello World').offsets).toBeNull();
  });
});

describe('words', () => {
  it('splits Thai without spaces into words', () => {
    const list = words('ชาของเราราคาถูกที่สุด').map((w) => w.text);
    expect(list.join('')).toBe('ชาของเราราคาถูกที่สุด');
    expect(list.length).toBeGreaterThan(3);
  });

  it('keeps an apostrophe inside a word', () => {
    expect(words("м'ятний don't").map((w) => w.text)).toEqual(["м'ятний", "don't"]);
  });

  it('stems Ukrainian inflections to one stem', () => {
    const stems = ['знижка', 'знижки', 'знижку', 'знижкою', 'знижками'].map(stemUkrainian);
    expect(new Set(stems)).toEqual(new Set(['знижк']));
  });

  it('cuts Persian plural and comparative endings', () => {
    expect(stemPersian('ارزانترین')).toBe('ارزان');
    expect(stemPersian('کتابها')).toBe('کتاب');
  });

  it('offers Hebrew words without their one-letter prefixes', () => {
    expect(hebrewCandidates('ובמבצע').map((c) => c.text)).toEqual([
      'ובמבצע',
      'במבצע',
      'מבצע',
      'בצע',
    ]);
  });
});

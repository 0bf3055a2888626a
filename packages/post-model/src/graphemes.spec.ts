import { describe, expect, it } from '@jest/globals';
import { checkLength, countCharacters, graphemes, sliceCharacters } from './graphemes.js';
import { EMOJI, SAMPLES } from './testing/samples.js';

describe('counting characters as the networks do (grapheme clusters)', () => {
  it('counts each emoji sequence as one character, whatever its UTF-16 length', () => {
    expect(EMOJI.family.length).toBe(8);
    expect(countCharacters(EMOJI.family)).toBe(1);
    expect(countCharacters(EMOJI.ukraineFlag)).toBe(1);
    expect(countCharacters(EMOJI.thumbsMediumSkin)).toBe(1);
    expect(countCharacters(EMOJI.rainbowFlag)).toBe(1);
    expect(countCharacters(EMOJI.womanTechnologistDarkSkin)).toBe(1);
    expect(countCharacters(Object.values(EMOJI).join(''))).toBe(5);
  });

  it('counts a Thai consonant with its vowel and tone marks as one character', () => {
    // โ|ซ|เ|ชี|ย|ล|มี|เ|ดี|ย: ten clusters of thirteen code points.
    expect(Array.from(SAMPLES.thaiWord)).toHaveLength(13);
    expect(countCharacters(SAMPLES.thaiWord)).toBe(10);
    expect(graphemes('ที่')).toEqual(['ที่']);
    expect(countCharacters(SAMPLES.thai)).toBeLessThan(Array.from(SAMPLES.thai).length);
  });

  it('keeps the ZWNJ of a Persian word with the letter before it', () => {
    // ر|س|ا|ن|ه‌|ه|ا|ی| |ا|ج|ت|م|ا|ع|ی
    expect(SAMPLES.persian.length).toBe(17);
    expect(countCharacters(SAMPLES.persian)).toBe(16);
    expect(graphemes(SAMPLES.persian)[4]).toBe('ه\u200c');
  });

  it('counts Hebrew with and without vowel points by letters', () => {
    expect(countCharacters(SAMPLES.hebrew)).toBe(SAMPLES.hebrew.length);
    // שָׁלוֹם: four letters carrying three points.
    expect('שָׁלוֹם'.length).toBe(7);
    expect(countCharacters('שָׁלוֹם')).toBe(4);
  });

  it('counts Vietnamese the same precomposed or decomposed', () => {
    const decomposed = SAMPLES.vietnamese.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(SAMPLES.vietnamese.length);
    expect(countCharacters(decomposed)).toBe(countCharacters(SAMPLES.vietnamese));
    expect(countCharacters('Vie\u0323\u0302t')).toBe(4);
  });

  it('counts Ukrainian letters, with a stress mark joined to its vowel', () => {
    expect(countCharacters(SAMPLES.ukrainian)).toBe(SAMPLES.ukrainian.length);
    expect(countCharacters('мо\u0301ва')).toBe(4);
  });

  it('cuts only between clusters', () => {
    const text = `${EMOJI.family}${EMOJI.ukraineFlag}${SAMPLES.thaiWord}`;
    expect(sliceCharacters(text, 1)).toBe(EMOJI.family);
    expect(sliceCharacters(text, 2)).toBe(`${EMOJI.family}${EMOJI.ukraineFlag}`);
    expect(sliceCharacters(text, 6)).toBe(`${EMOJI.family}${EMOJI.ukraineFlag}โซเชี`);
    expect(sliceCharacters(text, 0)).toBe('');
    expect(sliceCharacters(text, 99)).toBe(text);
  });
});

describe('checking a text against a network limit', () => {
  it('fits X at exactly 280 characters and is 1 over at 281, counting emoji as one', () => {
    const exactly = EMOJI.family.repeat(280);
    expect(exactly.length).toBe(2240);
    expect(checkLength(exactly, 'x')).toMatchObject({
      count: 280,
      limit: 280,
      over: 0,
      fits: true,
    });
    expect(checkLength(`${exactly}${EMOJI.ukraineFlag}`, 'x')).toMatchObject({
      count: 281,
      over: 1,
      fits: false,
    });
  });

  it('applies the lower Telegram limit when the post carries media', () => {
    const text = SAMPLES.ukrainian.repeat(30);
    expect(checkLength(text, 'telegram').fits).toBe(true);
    const withMedia = checkLength(text, 'telegram', true);
    expect(withMedia.limit).toBe(1024);
    expect(withMedia.fits).toBe(false);
    expect(withMedia.over).toBe(countCharacters(text) - 1024);
  });

  it('uses the same limit with media for a network without a separate one', () => {
    expect(checkLength('', 'instagram', true)).toMatchObject({ limit: 2200, count: 0, fits: true });
  });
});

describe('counting long texts', () => {
  it('finds the same clusters in a long text as in its pieces, across window edges', () => {
    const piece = `${SAMPLES.thai} ${EMOJI.family}${EMOJI.ukraineFlag}${EMOJI.ukraineFlag} ${SAMPLES.persian}\n`;
    const long = piece.repeat(400);
    expect(long.length).toBeGreaterThan(20_000);
    expect(countCharacters(long)).toBe(countCharacters(piece) * 400);
    expect(graphemes(long).join('')).toBe(long);
    // Flags are pairs of regional indicators: a run of them must pair up the same way.
    const flags = EMOJI.ukraineFlag.repeat(3000);
    expect(countCharacters(flags)).toBe(3000);
    expect(graphemes(flags).every((flag) => flag === EMOJI.ukraineFlag)).toBe(true);
    expect(sliceCharacters(long, countCharacters(piece) * 3)).toBe(piece.repeat(3));
  });

  it('keeps a cluster longer than the window whole', () => {
    const zalgo = `a${'\u0301'.repeat(3000)}b`;
    expect(graphemes(zalgo)).toEqual([`a${'\u0301'.repeat(3000)}`, 'b']);
  });
});

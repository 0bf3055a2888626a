import { AppError } from '../errors/index.js';
import { validName, validText } from './text.js';

function refusal(run: () => unknown): { field?: unknown; code?: unknown; message: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, field: error.extensions.field, message: error.message };
  }
}

describe('validName', () => {
  it.each([
    ['Hebrew', 'צוות השיווק'],
    ['Persian with a zero-width non-joiner', 'می‌خواهم برنامه‌ریزی'],
    ['Vietnamese', 'Chiến lược quý 3'],
    ['Thai', 'แผนการตลาด'],
    ['an emoji family', '👨‍👩‍👧 Family plan'],
    ['mixed Hebrew and Latin with a right-to-left mark', 'Brand \u200Fשלום\u200F 2026'],
  ])('accepts a name in %s', (_label, name) => {
    expect(validName(`  ${name} `)).toBe(name);
  });

  it.each([
    ['NUL', 'Q3\u0000plan'],
    ['a line break', 'Q3\nplan'],
    ['an escape character', 'Q3\u001bplan'],
  ])('refuses a name with %s as VALIDATION on its field', (_label, name) => {
    expect(refusal(() => validName(name, 'title', 200))).toEqual({
      code: 'VALIDATION',
      field: 'title',
      message: expect.stringMatching(/control characters/) as string,
    });
  });

  it.each(['202A', '202B', '202C', '202D', '202E', '2066', '2067', '2068', '2069'])(
    'refuses the bidi control U+%s with a message naming the problem',
    (hex) => {
      const control = String.fromCodePoint(parseInt(hex, 16));
      const result = refusal(() => validName(`invoice${control}fdp.exe`, 'displayName'));
      expect(result).toMatchObject({ code: 'VALIDATION', field: 'displayName' });
      expect(result?.message).toMatch(/text-direction characters/);
    },
  );

  it.each([
    ['zero-width spaces', '\u200B\u200B\u200B'],
    ['a zero-width joiner and non-joiner', '\u200D\u200C'],
    ['Hangul fillers', '\u3164\u3164'],
    ['a braille blank', '\u2800'],
    ['a byte order mark between spaces', ' \uFEFF\u00A0 '],
    ['right-to-left marks', '\u200F\u200E'],
  ])('refuses a name made only of %s', (_label, name) => {
    const result = refusal(() => validName(name));
    expect(result).toMatchObject({ code: 'VALIDATION', field: 'name' });
    expect(result?.message).toMatch(/visible character|1 to 100/);
  });

  it('counts characters, not UTF-16 units, against the limit', () => {
    expect(validName('😀'.repeat(100))).toHaveLength(200);
    expect(refusal(() => validName('😀'.repeat(101)))?.message).toBe(
      'Enter a name of 1 to 100 characters.',
    );
  });
});

describe('validText', () => {
  it('keeps line breaks and right-to-left text in free text', () => {
    expect(validText('שורה ראשונה\nשורה שנייה', 'description', 100)).toBe(
      'שורה ראשונה\nשורה שנייה',
    );
  });

  it('refuses NUL and bidi overrides in free text', () => {
    expect(refusal(() => validText('a\u0000b', 'description', 100))?.code).toBe('VALIDATION');
    expect(refusal(() => validText('a\u202Eb', 'description', 100))?.field).toBe('description');
  });
});

import { decodeText, decodeWindows1252 } from './decode.js';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe('decoding a text file', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const utf8 = new TextEncoder().encode('Café');
    expect(decodeText(utf8)).toEqual({ ok: true, text: 'Café', encoding: 'utf-8', guessed: false });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toMatchObject({
      text: 'Café',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 with either byte-order mark', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0, 0xe9, 0))).toMatchObject({
      text: 'Aé',
      encoding: 'utf-16le',
      guessed: false,
    });
    expect(decodeText(bytes(0xfe, 0xff, 0, 0x41, 0, 0xe9))).toMatchObject({
      text: 'Aé',
      encoding: 'utf-16be',
    });
  });

  it('guesses UTF-16 without a BOM from its zero bytes', () => {
    expect(decodeText(bytes(0x41, 0, 0x42, 0, 0x43, 0))).toMatchObject({
      text: 'ABC',
      encoding: 'utf-16le',
      guessed: true,
    });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, euro sign and curly quotes included', () => {
    expect(decodeText(bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x93, 0x94))).toEqual({
      ok: true,
      text: 'Café €“”',
      encoding: 'windows-1252',
      guessed: true,
    });
    const long = new Uint8Array(20_000).fill(0xe9);
    expect(decodeWindows1252(long)).toBe('é'.repeat(20_000));
  });

  it('recognises a workbook and binary data', () => {
    expect(decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2))).toEqual({ ok: false, reason: 'xlsx' });
    expect(decodeText(bytes(0, 0, 0, 1, 0, 0, 7, 0, 0, 0))).toEqual({
      ok: false,
      reason: 'binary',
    });
  });
});

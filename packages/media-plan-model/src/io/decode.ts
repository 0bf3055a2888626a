// Bytes of a CSV file to text. UTF-8 (with or without BOM) and UTF-16 (with BOM) are read
// as such; bytes that are not valid UTF-8 are read as Windows-1252 — what Excel on Windows
// writes for "CSV (comma delimited)" in Western European locales — with a warning, since
// another legacy code page would show wrong letters.

/** Decoded text and how it was decoded. */
export type Decoded =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
      readonly guessed: boolean;
    }
  | { readonly ok: false; readonly reason: 'xlsx' | 'binary' };

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. Node's TextDecoder('windows-1252')
// decodes those as Latin-1 C1 controls, so the table is ours (WHATWG mapping).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes the bytes of a text file, detecting its encoding. */
export function decodeText(bytes: Uint8Array): Decoded {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const text = tryUtf8(bytes.subarray(3));
    return text === null
      ? {
          ok: true,
          text: decodeWindows1252(bytes.subarray(3)),
          encoding: 'windows-1252',
          guessed: true,
        }
      : { ok: true, text, encoding: 'utf-8', guessed: false };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return {
      ok: true,
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      guessed: false,
    };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return {
      ok: true,
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      guessed: false,
    };
  }
  if (b0 === 0x50 && b1 === 0x4b && b2 === 0x03 && b3 === 0x04)
    return { ok: false, reason: 'xlsx' };
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0)) {
    const utf16 = utf16WithoutBom(sample);
    if (utf16 === null) return { ok: false, reason: 'binary' };
    return { ok: true, text: new TextDecoder(utf16).decode(bytes), encoding: utf16, guessed: true };
  }
  const text = tryUtf8(bytes);
  if (text !== null) return { ok: true, text, encoding: 'utf-8', guessed: false };
  return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252', guessed: true };
}

/** Windows-1252 bytes to text. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunk = 8192;
  let text = '';
  const codes = new Array<number>(Math.min(chunk, bytes.length));
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(start + chunk, bytes.length);
    codes.length = end - start;
    for (let i = start; i < end; i += 1) {
      const byte = bytes[i] as number;
      codes[i - start] = byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] as number) : byte;
    }
    text += String.fromCharCode(...codes);
  }
  return text;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** ASCII text in UTF-16 has a zero in every other byte: odd ones (LE) or even ones (BE). */
function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.6 && evenZeros < half * 0.1) return 'utf-16le';
  if (evenZeros > half * 0.6 && oddZeros < half * 0.1) return 'utf-16be';
  return null;
}

// RFC 4180 text: fields separated by a delimiter, records by CRLF (LF and CR accepted),
// fields quoted with " when they hold a delimiter, a quote or a line break.
import { type InRecord } from './interpret.js';

/** Records of a CSV text, each with the 1-based line it starts on; blank lines left out. */
export type Tokenized =
  | { readonly ok: true; readonly records: InRecord[] }
  | {
      readonly ok: false;
      /**
       * `unclosed_quote`: a quoted field is never closed (`line` is where it opened);
       * `too_many_records`: more non-blank records than allowed (`line` of the first one
       * too many); `too_many_fields`: a record with more fields than allowed.
       */
      readonly reason: 'unclosed_quote' | 'too_many_records' | 'too_many_fields';
      readonly line: number;
    };

/** How much {@link tokenizeCsv} reads before it gives up. */
export interface TokenizeLimits {
  /** Non-blank records; the next one stops the reading. */
  readonly maxRecords: number;
  /** Fields of one record. */
  readonly maxFields: number;
}

const UNLIMITED: TokenizeLimits = { maxRecords: Infinity, maxFields: Infinity };
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** The delimiter of a file, guessed from its first line: ',', ';' or tab, the most frequent. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) as number) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) {
    if (count > (counts.get(best) as number)) best = delimiter;
  }
  return best;
}

/**
 * Splits CSV text into records. Lenient where Excel is (a quote inside an unquoted field is
 * kept as is); fails on a quoted field never closed, reporting the line it opened on.
 * Blank records (no field holds more than spaces) are left out without being kept, so a
 * file of empty lines costs nothing; reading stops at the first record beyond
 * `limits.maxRecords` or the first field beyond `limits.maxFields`.
 */
export function tokenizeCsv(
  text: string,
  delimiter: string,
  limits: TokenizeLimits = UNLIMITED,
): Tokenized {
  const records: InRecord[] = [];
  const separator = delimiter.charCodeAt(0);
  const n = text.length;
  // Fields of the record being read; reused while records are blank.
  let cells: string[] = [];
  let blank = true;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  for (;;) {
    if (cells.length === 0) {
      // Start of a record: empty lines are skipped here, one comparison each.
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === LF) i += 1;
        else if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
        else break;
        line += 1;
      }
      recordLine = line;
    }
    // One field from i: an optional quoted part, then unquoted text up to a separator.
    let field = '';
    if (i < n && text.charCodeAt(i) === QUOTE) {
      const openedOn = line;
      i += 1;
      let from = i;
      let closed = false;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            field += text.slice(from, i + 1);
            i += 2;
            from = i;
            continue;
          }
          field += text.slice(from, i);
          i += 1;
          closed = true;
          break;
        }
        if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line += 1;
        i += 1;
      }
      if (!closed) return { ok: false, reason: 'unclosed_quote', line: openedOn };
    }
    const from = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === separator || c === LF || c === CR) break;
      i += 1;
    }
    if (i > from) field += text.slice(from, i);
    if (blank && field !== '' && field.trim() !== '') blank = false;
    if (cells.length >= limits.maxFields) {
      return { ok: false, reason: 'too_many_fields', line: recordLine };
    }
    cells.push(field);

    if (i < n && text.charCodeAt(i) === separator) {
      i += 1;
      continue;
    }
    // End of the record: a line break or the end of the text.
    if (!blank) {
      if (records.length >= limits.maxRecords) {
        return { ok: false, reason: 'too_many_records', line: recordLine };
      }
      records.push({ line: recordLine, cells });
      cells = [];
      blank = true;
    } else {
      cells.length = 0;
    }
    if (i >= n) break;
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line += 1;
  }
  return { ok: true, records };
}

const NEEDS_QUOTES = /[",\r\n;\t]/;
// Spreadsheet apps run text starting with these as a formula (CSV injection).
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** One CSV field, quoted when needed. `guard` prefixes text a spreadsheet would run. */
export function csvField(value: string, guard: boolean): string {
  const safe = guard && FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

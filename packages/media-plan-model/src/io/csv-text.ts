// RFC 4180 text: fields separated by a delimiter, records by CRLF (LF and CR accepted),
// fields quoted with " when they hold a delimiter, a quote or a line break.
import { type InRecord } from './interpret.js';

/** Records of a CSV text, each with the 1-based line it starts on. */
export type Tokenized =
  | { readonly ok: true; readonly records: InRecord[] }
  | { readonly ok: false; readonly line: number };

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
 * kept as is); fails only on a quoted field never closed, reporting the line it opened on.
 */
export function tokenizeCsv(text: string, delimiter: string): Tokenized {
  const records: InRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  let atFieldStart = true;
  while (i < n) {
    const ch = text[i] as string;
    if (atFieldStart && ch === '"') {
      const openedOn = line;
      i += 1;
      let closed = false;
      while (i < n) {
        const c = text[i] as string;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          closed = true;
          break;
        }
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1;
        field += c;
        i += 1;
      }
      if (!closed) return { ok: false, line: openedOn };
      atFieldStart = false;
      continue;
    }
    if (ch === delimiter) {
      cells.push(field);
      field = '';
      atFieldStart = true;
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      cells.push(field);
      records.push({ line: recordLine, cells });
      cells = [];
      field = '';
      atFieldStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    field += ch;
    atFieldStart = false;
    i += 1;
  }
  if (field !== '' || cells.length > 0) {
    cells.push(field);
    records.push({ line: recordLine, cells });
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

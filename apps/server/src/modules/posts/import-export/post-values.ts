import { type DateOrder, NETWORK_IDS, NETWORKS, type NetworkId } from '@chorus/post-model';

/*
 * Readings of single cells of a posts file: networks, dates and times in the formats
 * spreadsheets write, yes/no in the app's six languages. Each answers a value or null
 * (not readable); the checker turns null into a problem naming row and column.
 */

/** Networks named in a cell (ids or labels, split by , ; | / or line breaks). */
export function readNetworks(text: string): { networks: NetworkId[]; unknown: string[] } {
  const networks: NetworkId[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[,;|/\n]+/)) {
    const name = part.trim().toLowerCase();
    if (name === '') continue;
    const network = NETWORK_IDS.find(
      (id) => id === name || NETWORKS[id].label.toLowerCase() === name,
    );
    if (!network) unknown.push(part.trim());
    else if (!networks.includes(network)) networks.push(network);
  }
  return { networks, unknown };
}

const YES = ['yes', 'y', 'true', '1', 'так', 'có', 'بله', 'آری', 'כן', 'ใช่'];
const NO = ['no', 'n', 'false', '0', 'ні', 'không', 'خیر', 'نه', 'לא', 'ไม่', 'ไม่ใช่'];

/** Yes, no, or empty (follow the category); undefined when the cell says something else. */
export function readYesNo(text: string): boolean | null | undefined {
  const value = text.trim().toLowerCase();
  if (value === '') return null;
  if (YES.includes(value)) return true;
  if (NO.includes(value)) return false;
  return undefined;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(.+))?$/;
const DAY_FIRST_DOTS = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(.+))?$/;
const SLASHES = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:\s+(.+))?$/;
const TIME = /^(\d{1,2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*(am|pm|a\.m\.|p\.m\.)?$/i;
/** Days from 1899-12-30 (Excel's day 0 in the 1900 system) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;

/** A time of day ("09:30", "9:30 PM", "21:30:00") or a spreadsheet's day fraction. */
export function readTime(cell: string | number): { hour: number; minute: number } | null {
  if (typeof cell === 'number') {
    if (!(cell >= 0 && cell < 1)) return null;
    const minutes = Math.round(cell * 24 * 60);
    return minutes >= 24 * 60 ? null : { hour: Math.floor(minutes / 60), minute: minutes % 60 };
  }
  const match = TIME.exec(cell.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const meridiem = match[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

/** A date with or without its time: ISO, dd.mm.yyyy, dd/mm/yyyy or mm/dd/yyyy, or an Excel serial. */
function readDateParts(cell: string | number, order: DateOrder): LocalParts | null {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1) return null;
    const totalMinutes = Math.round((cell - EXCEL_EPOCH_DAYS) * 24 * 60);
    const date = new Date(totalMinutes * 60_000);
    const minutes = date.getUTCHours() * 60 + date.getUTCMinutes();
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      ...(minutes > 0 ? { hour: date.getUTCHours(), minute: date.getUTCMinutes() } : {}),
    };
  }
  const text = cell.trim();
  let year: number;
  let month: number;
  let day: number;
  let rest: string | undefined;
  let match = ISO.exec(text);
  if (match) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    rest = match[4];
  } else if ((match = DAY_FIRST_DOTS.exec(text))) {
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    rest = match[4];
  } else if ((match = SLASHES.exec(text))) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    // A first number above 12 can only be a day, whatever the order says.
    const dayFirst = order === 'dmy' ? b <= 12 || a > 12 : a > 12;
    [day, month] = dayFirst ? [a, b] : [b, a];
    year = Number(match[3]);
    rest = match[4];
  } else {
    return null;
  }
  if (rest === undefined || rest.trim() === '') return { year, month, day };
  const time = readTime(rest.replace(/(?:Z|[+-]\d{2}:?\d{2})$/, '').trim());
  if (!time || /(?:Z|[+-]\d{2}:?\d{2})$/.test(rest)) return null;
  return { year, month, day, ...time };
}

/** The outcome of reading a publish date-time: a local `yyyy-mm-ddTHH:mm`, or why not. */
export type LocalDateTime =
  | { ok: true; local: string }
  | { ok: false; reason: 'date_invalid' | 'time_missing' | 'time_invalid' };

/**
 * The local date-time of a post from its date cell (which may carry the time) and an
 * optional time cell. Offsets are refused: times are the brand's wall-clock time.
 */
export function readLocalDateTime(
  dateCell: string | number,
  timeCell: string | number | null,
  order: DateOrder,
): LocalDateTime {
  const parts = readDateParts(dateCell, order);
  if (!parts) return { ok: false, reason: 'date_invalid' };
  let { hour, minute } = parts;
  if (timeCell !== null && !(typeof timeCell === 'string' && timeCell.trim() === '')) {
    const time = readTime(timeCell);
    if (!time) return { ok: false, reason: 'time_invalid' };
    ({ hour, minute } = time);
  }
  if (hour === undefined || minute === undefined) return { ok: false, reason: 'time_missing' };
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return {
    ok: true,
    local: `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}T${pad(hour)}:${pad(minute)}`,
  };
}

/** Digits of other scripts authors may type: Arabic-Indic, Persian, Thai. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0e50];

/** Spaces people put between digit groups: space, no-break, thin, narrow no-break. */
const GROUP_SPACE = /[ \u00a0\u2009\u202f]/;

function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59]/g, (char) => {
    const code = char.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((base) => code >= base && code <= base + 9) ?? code;
    return String(code - zero);
  });
}

/**
 * Reads a goal target (or baseline) as a number, or null when it is not one number.
 *
 * The rule, so that "25 000", "25,000", "25.000" and "4,5" all mean what their authors meant:
 * - an optional sign (+, -, −) first and an optional % last; Persian, Arabic and Thai
 *   digits count as digits; ٫ is a decimal and ٬ a group separator;
 * - spaces may only separate groups of three digits ("25 000", not "2 5");
 * - when both `.` and `,` occur, the last one is the decimal separator and the other
 *   separates groups of three ("25,000.50", "25.000,50");
 * - one kind occurring several times separates groups of three ("1,000,000", "1.000.000");
 * - one kind occurring once is a group separator only when exactly three digits follow it
 *   and one to three digits other than a lone 0 precede it ("25,000" and "25.000" are
 *   25000, "1.500" is 1500); otherwise it is the decimal separator ("4,5", "4.5",
 *   "0.125", "1234.567").
 * Anything else — words, ranges such as "10-20", empty text — is null.
 */
export function parseTarget(text: string): number | null {
  const match = /^([+\-\u2212]?)\s*(.*?)\s*%?$/su.exec(
    toAsciiDigits(text.trim())
      .replace(/\u066b/g, '.')
      .replace(/\u066c/g, ','),
  );
  const sign = match?.[1] ?? '';
  const body = match?.[2] ?? '';
  if (!/^\d/.test(body)) return null;
  const unspaced = readSpacedGroups(body);
  if (unspaced === null) return null;
  const normalised = normaliseSeparators(unspaced);
  if (normalised === null) return null;
  const value = Number(normalised);
  if (!Number.isFinite(value)) return null;
  return sign === '' || sign === '+' ? value : -value;
}

/** Removes spaces between digit groups; null when a space is anywhere else. */
function readSpacedGroups(body: string): string | null {
  if (!GROUP_SPACE.test(body)) return body;
  const [whole = '', fraction] = body.split(/(?=[.,]\d+$)/);
  const groups = whole.split(GROUP_SPACE);
  const valid =
    /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
  return valid ? groups.join('') + (fraction ?? '') : null;
}

/** Turns the body into a JavaScript number literal following the rule above. */
function normaliseSeparators(body: string): string | null {
  if (!/^\d[\d.,]*$/.test(body) || /[.,]$/.test(body)) return null;
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  if (dots === 0 && commas === 0) return body;
  if (dots > 0 && commas > 0) {
    const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole = '', fraction = '', extra] = body.split(decimal);
    if (extra !== undefined || !isGrouped(whole, group)) return null;
    return `${whole.split(group).join('')}.${fraction}`;
  }
  const separator = dots > 0 ? '.' : ',';
  const parts = body.split(separator);
  if (parts.length > 2) return isGrouped(body, separator) ? parts.join('') : null;
  const [whole = '', fraction = ''] = parts;
  const grouped = fraction.length === 3 && whole !== '0' && /^\d{1,3}$/.test(whole);
  return grouped ? whole + fraction : `${whole}.${fraction}`;
}

function isGrouped(text: string, separator: string): boolean {
  const [first = '', ...rest] = text.split(separator);
  return /^\d{1,3}$/.test(first) && rest.every((group) => /^\d{3}$/.test(group));
}

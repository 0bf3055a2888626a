import { MAX_FIELD_LENGTH } from './schema.js';

/** Attributes as stored: any client may have written any value. */
export type RawAttrs = Readonly<Record<string, unknown>>;

/**
 * Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair, so an
 * emoji at the limit is dropped whole rather than left as half a character.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return text.slice(0, Math.max(0, end));
}

/** A typed-block field: a string cut to MAX_FIELD_LENGTH, anything else ''. */
export function readField(attrs: RawAttrs, name: string): string {
  const value = attrs[name];
  return typeof value === 'string' ? cutText(value, MAX_FIELD_LENGTH) : '';
}

/** Reads every named field of a typed block into a record of strings. */
export function readFields<K extends string>(
  attrs: RawAttrs,
  names: readonly K[],
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const name of names) out[name] = readField(attrs, name);
  return out;
}

/**
 * An integer attribute (heading level, list start, cell span): numbers and numeric strings
 * are accepted, clamped to [min, max]; anything else gives `fallback`.
 */
export function readInteger(
  value: unknown,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): number {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(number) || (typeof value === 'string' && value.trim() === '')) {
    return fallback;
  }
  return Math.min(max, Math.max(min, Math.trunc(number)));
}

/** A boolean attribute: true only for `true` or `'true'`. */
export function readBoolean(value: unknown): boolean {
  return value === true || value === 'true';
}

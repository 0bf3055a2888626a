/**
 * A download's file name from a title: letters, digits and marks of any script kept, every
 * run of anything else one hyphen, at most 80 characters (whole characters, never half of
 * a surrogate pair). `fallback` when nothing is left.
 */
export function fileName(title: string, fallback: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return Array.from(cleaned).slice(0, 80).join('').replace(/-+$/, '') || fallback;
}

/** A Content-Disposition value that downloads `name` (ASCII fallback plus RFC 5987 form). */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

import { fileTypeFromBuffer } from 'file-type';

/** The kinds of attachment a post takes, each with its own size limit. */
export type MediaKind = 'image' | 'video';

/** Types a post may carry, as sniffed from the bytes, with the extension served for each. */
export const MEDIA_TYPES: Readonly<Record<string, { kind: MediaKind; extension: string }>> = {
  'image/jpeg': { kind: 'image', extension: 'jpg' },
  'image/png': { kind: 'image', extension: 'png' },
  'image/webp': { kind: 'image', extension: 'webp' },
  'image/gif': { kind: 'image', extension: 'gif' },
  'video/mp4': { kind: 'video', extension: 'mp4' },
  'video/webm': { kind: 'video', extension: 'webm' },
  'video/quicktime': { kind: 'video', extension: 'mov' },
};

export const ALLOWED_MIME_TYPES = Object.keys(MEDIA_TYPES);

/** How many first bytes are read before deciding what a file is. */
export const SNIFF_BYTES = 16 * 1024;

/** What the first bytes of a file say it is: an allowed type, or what else it seems to be. */
export type Sniffed =
  | { allowed: true; mime: string; kind: MediaKind; extension: string }
  | { allowed: false; detected: string | null };

/**
 * Decides a file's type from its first bytes (magic numbers, via file-type), never from its
 * name or the type the browser declared.
 */
export async function sniffMedia(head: Buffer): Promise<Sniffed> {
  const found = head.length > 0 ? await fileTypeFromBuffer(head) : undefined;
  const known = found ? MEDIA_TYPES[found.mime] : undefined;
  if (!found || !known) return { allowed: false, detected: found?.mime ?? null };
  return { allowed: true, mime: found.mime, ...known };
}

// A small ZIP writer and reader for tests: crafted archives (lying sizes, bombs, odd
// directories) built with Node's zlib.
import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** One part of an archive to write. */
export interface ZipPart {
  readonly name: string;
  /** The unpacked content; its deflated form is written unless `deflated` is given. */
  readonly content?: Uint8Array;
  /** Deflated bytes to write as they are (with `size` to declare). */
  readonly deflated?: Uint8Array;
  /** Unpacked size to declare; the true one by default. */
  readonly size?: number;
  /** Store rather than deflate `content`. */
  readonly stored?: boolean;
  /** Compression method to declare instead of 0 or 8. */
  readonly method?: number;
  /** General-purpose flags (bit 0: encrypted). */
  readonly flags?: number;
  /** Extra field of the central record. */
  readonly centralExtra?: Uint8Array;
}

/** Options for the archive as a whole, to craft broken ones. */
export interface ZipOptions {
  /** Entry count the end record declares; the true one by default. */
  readonly declaredEntries?: number;
  /** Bytes put between the central directory and the end record. */
  readonly gap?: number;
}

/** Writes a ZIP archive. */
export function zip(parts: readonly ZipPart[], options: ZipOptions = {}): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = new TextEncoder().encode(part.name);
    const content = part.content ?? new Uint8Array(0);
    const data = part.deflated ?? (part.stored ? content : deflateRawSync(content));
    const method = part.method ?? (part.stored && !part.deflated ? 0 : 8);
    const size = part.size ?? content.byteLength;
    const crc = part.content ? crc32(content) : 0;
    const extra = part.centralExtra ?? new Uint8Array(0);

    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, part.flags ?? 0, true);
    lv.setUint16(8, method, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.byteLength, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);

    const central = new Uint8Array(46 + name.length + extra.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, part.flags ?? 0, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.byteLength, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extra.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    central.set(extra, 46 + name.length);

    locals.push(local, data);
    centrals.push(central);
    offset += local.length + data.byteLength;
  }
  const directorySize = centrals.reduce((sum, c) => sum + c.length, 0);
  const gap = new Uint8Array(options.gap ?? 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  const entries = options.declaredEntries ?? parts.length;
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries, true);
  ev.setUint16(10, entries, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, ...centrals, gap, end]);
}

/** Reads the parts of an archive (deflated or stored), as {@link zip} takes them. */
export function unzip(bytes: Uint8Array): ZipPart[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.byteLength - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd -= 1;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const parts: ZipPart[] = [];
  for (let n = 0; n < count; n += 1) {
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + compressed);
    parts.push({ name, content: method === 0 ? data : inflateRawSync(data) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return parts;
}

/**
 * A deflate stream that inflates to `mebibytes` MiB of spaces from about 1 KB per MiB: the
 * same byte-aligned, non-final blocks repeated, then an empty final block. Built without
 * ever holding the inflated data.
 */
export function deflateBomb(mebibytes: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(1024 * 1024).fill(0x20), {
    level: 9,
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  return concat([...Array<Uint8Array>(mebibytes).fill(block), new Uint8Array([0x03, 0x00])]);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

// Checks an XLSX file (a ZIP) before exceljs opens it. exceljs (through JSZip) inflates
// every part fully in memory and compares the result with the size the ZIP declares only
// at the end, so a small file that declares tiny parts but inflates to gigabytes (a zip
// bomb) would exhaust the memory. This guard reads the archive the way JSZip does (central
// directory, then each part's local header), refuses declared sizes above the limits, then
// inflates every part itself with an output limit of its declared size plus one byte: a
// part that inflates to more (or to anything else) than it declares is refused before
// exceljs sees the file. It also counts the row elements of the parts, so that a sheet of
// millions of empty rows is refused before exceljs builds them.
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const UNICODE_PATH_FIELD = 0x7075;
const MAX_ENTRIES = 10_000;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
const FLAG_ENCRYPTED = 0x0001;
// Images, which exceljs keeps as bytes rather than parsing: the only parts exempt from the
// parsed-size limit and the row count. Plain ASCII names only, so that every ZIP reader
// decodes the name alike.
const MEDIA_PART = /^xl\/media\/[\x20-\x2e\x30-\x7e]+$/;

const inflate = promisify(inflateRaw);
const MIN_CHUNK = 64 * 1024;
const MAX_CHUNK = 4 * 1024 * 1024;

/** How much an XLSX file may unpack to. */
export interface ZipLimits {
  /** All parts together, images included. */
  readonly maxUnpacked: number;
  /** The parts exceljs parses (all but the images under `xl/media/`) together. */
  readonly maxParsed: number;
  /** `<row>` elements in all parts together, empty rows included. */
  readonly maxRowElements: number;
}

/** Why a file is refused. */
export type ZipRefusal =
  /** Not a ZIP archive, or one JSZip would not read either. */
  | 'not_zip'
  /** A part is encrypted, compressed in a way exceljs cannot read, or does not inflate. */
  | 'damaged'
  /** A part inflates to another size than the archive declares: a damaged file or a bomb. */
  | 'size_mismatch'
  /** The parts declare more than `maxUnpacked` (or need ZIP64). */
  | 'too_large'
  /** The parsed parts declare more than `maxParsed`. */
  | 'parsed_too_large'
  /** The parts hold more than `maxRowElements` rows. */
  | 'too_many_rows';

/** The outcome of {@link checkXlsxZip}. */
export type ZipCheck =
  | {
      readonly ok: true;
      readonly entries: number;
      readonly unpackedBytes: number;
      readonly parsedBytes: number;
      readonly rowElements: number;
    }
  | { readonly ok: false; readonly reason: ZipRefusal };

interface Entry {
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly dataStart: number;
  readonly parsed: boolean;
}

/**
 * Checks that a ZIP archive is one JSZip reads as this function does, that its parts
 * declare no more than the limits, and that each part inflates to exactly its declared
 * size (inflating at most that size plus one byte per part). Refuses rather than guesses:
 * ZIP64, encrypted parts, bytes before the archive or between the directory and its end
 * record, and methods other than stored and deflated are refused too.
 */
export async function checkXlsxZip(bytes: Uint8Array, limits: ZipLimits): Promise<ZipCheck> {
  const read = readDirectory(bytes, limits);
  if (!('entries' in read)) return { ok: false, reason: read.reason };
  let rowElements = 0;
  for (const entry of read.entries) {
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    let content: Uint8Array;
    if (entry.method === METHOD_STORED) {
      if (entry.compressedSize !== entry.size) return { ok: false, reason: 'size_mismatch' };
      content = data;
    } else if (entry.size === 0 && entry.compressedSize === 0) {
      content = data;
    } else {
      try {
        // Output in chunks of up to 4 MiB (zlib's default 16 KiB costs a thread-pool round
        // trip each); inflating stops within one chunk of the limit.
        content = await inflate(data, {
          maxOutputLength: entry.size + 1,
          chunkSize: Math.min(Math.max(entry.size + 1, MIN_CHUNK), MAX_CHUNK),
        });
      } catch (error) {
        const tooLarge =
          error instanceof RangeError ||
          (error as { code?: unknown } | null)?.code === 'ERR_BUFFER_TOO_LARGE';
        return { ok: false, reason: tooLarge ? 'size_mismatch' : 'damaged' };
      }
      if (content.byteLength !== entry.size) return { ok: false, reason: 'size_mismatch' };
    }
    if (entry.parsed) {
      rowElements += countRowElements(content, limits.maxRowElements - rowElements + 1);
      if (rowElements > limits.maxRowElements) return { ok: false, reason: 'too_many_rows' };
    }
  }
  return {
    ok: true,
    entries: read.entries.length,
    unpackedBytes: read.unpackedBytes,
    parsedBytes: read.parsedBytes,
    rowElements,
  };
}

type Directory =
  | { readonly entries: Entry[]; readonly unpackedBytes: number; readonly parsedBytes: number }
  | { readonly reason: ZipRefusal };

/** Reads the central directory and the local headers; inflates nothing. */
function readDirectory(bytes: Uint8Array, limits: ZipLimits): Directory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = bytes.byteLength;
  // JSZip takes the last end-of-directory signature in the file.
  let eocd = -1;
  for (let i = length - 4; i >= 0 && i >= length - 22 - 65_535; i -= 1) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0 || eocd + 22 > length) return { reason: 'not_zip' };
  const disk = view.getUint16(eocd + 4, true);
  const directoryDisk = view.getUint16(eocd + 6, true);
  const entriesOnDisk = view.getUint16(eocd + 8, true);
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (
    count === 0xffff ||
    entriesOnDisk === 0xffff ||
    directorySize === 0xffffffff ||
    directoryOffset === 0xffffffff
  ) {
    return { reason: 'too_large' };
  }
  if (count > MAX_ENTRIES) return { reason: 'too_large' };
  if (disk !== 0 || directoryDisk !== 0 || entriesOnDisk !== count) return { reason: 'not_zip' };
  // Exactly adjacent: otherwise JSZip shifts every offset by the difference, and would read
  // other bytes than the ones checked here.
  if (directoryOffset + directorySize !== eocd) return { reason: 'not_zip' };

  const entries: Entry[] = [];
  let unpacked = 0;
  let parsed = 0;
  let offset = directoryOffset;
  // JSZip reads central records for as long as their signature follows, whatever the
  // end record counts: so does this loop, and the two must agree.
  while (offset + 4 <= eocd && view.getUint32(offset, true) === CENTRAL_SIGNATURE) {
    if (offset + 46 > eocd || entries.length >= count) return { reason: 'not_zip' };
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const extraStart = offset + 46 + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > eocd) return { reason: 'not_zip' };
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      return { reason: 'too_large' };
    }
    if (flags & FLAG_ENCRYPTED) return { reason: 'damaged' };
    if (method !== METHOD_STORED && method !== METHOD_DEFLATED) return { reason: 'damaged' };

    // JSZip takes the part's name from its local header (or from a Unicode path field of
    // the central record), and its data from right after the local header.
    if (localOffset + 30 > directoryOffset || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE)
      return { reason: 'not_zip' };
    const localNameLength = view.getUint16(localOffset + 26, true);
    const localExtraLength = view.getUint16(localOffset + 28, true);
    const dataStart = localOffset + 30 + localNameLength + localExtraLength;
    if (dataStart + compressedSize > directoryOffset) return { reason: 'not_zip' };
    const name = bytes.subarray(localOffset + 30, localOffset + 30 + localNameLength);
    const media =
      isMediaName(name) && !hasExtraField(view, extraStart, extraLength, UNICODE_PATH_FIELD);

    unpacked += size;
    if (unpacked > limits.maxUnpacked) return { reason: 'too_large' };
    if (!media) {
      parsed += size;
      if (parsed > limits.maxParsed) return { reason: 'parsed_too_large' };
    }
    entries.push({ method, compressedSize, size, dataStart, parsed: !media });
    offset = next;
  }
  if (entries.length !== count || offset !== eocd) return { reason: 'not_zip' };
  return { entries, unpackedBytes: unpacked, parsedBytes: parsed };
}

function isMediaName(name: Uint8Array): boolean {
  if (name.byteLength === 0 || name.byteLength > 255) return false;
  return MEDIA_PART.test(String.fromCharCode(...name));
}

function hasExtraField(view: DataView, start: number, length: number, id: number): boolean {
  let at = start;
  const end = start + length;
  while (at + 4 <= end) {
    if (view.getUint16(at, true) === id) return true;
    at += 4 + view.getUint16(at + 2, true);
  }
  return false;
}

const ROW_TAG = '<row';

/**
 * Counts `<row` start tags (followed by a space, '>' or '/') in a part, stopping once
 * `stopAfter` are found. Counts what exceljs would read as rows, and possibly more (text
 * in comments): an upper bound.
 */
export function countRowElements(content: Uint8Array, stopAfter: number): number {
  const buffer = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  let rows = 0;
  let at = buffer.indexOf(ROW_TAG);
  while (at >= 0 && rows < stopAfter) {
    const after = buffer[at + ROW_TAG.length];
    if (
      after === 0x20 || // space
      after === 0x09 ||
      after === 0x0a ||
      after === 0x0d ||
      after === 0x3e || // >
      after === 0x2f // /
    ) {
      rows += 1;
    }
    at = buffer.indexOf(ROW_TAG, at + ROW_TAG.length);
  }
  return rows;
}

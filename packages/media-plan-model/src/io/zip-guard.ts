// A look at a ZIP's central directory before exceljs unpacks it: refuses what is not a ZIP
// and archives whose parts declare more than MAX_XLSX_UNPACKED_BYTES, without inflating
// anything. Declared sizes can lie; this stops honest giants and most bombs, not all.

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const MAX_ENTRIES = 10_000;

/** What the central directory says. */
export type ZipSummary =
  | { readonly ok: true; readonly entries: number; readonly unpackedBytes: number }
  | { readonly ok: false; readonly reason: 'not_zip' | 'too_large' };

/** Sums the declared unpacked sizes of a ZIP's entries. */
export function summariseZip(bytes: Uint8Array, maxUnpacked: number): ZipSummary {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const last = bytes.byteLength - 22;
  let eocd = -1;
  for (let i = last; i >= 0 && i >= last - 65_535; i -= 1) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'not_zip' };
  const entries = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || directoryOffset === 0xffffffff)
    return { ok: false, reason: 'too_large' };
  if (entries > MAX_ENTRIES) return { ok: false, reason: 'too_large' };
  if (directoryOffset + directorySize > eocd) return { ok: false, reason: 'not_zip' };
  let offset = directoryOffset;
  let unpacked = 0;
  for (let n = 0; n < entries; n += 1) {
    if (offset + 46 > eocd || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      return { ok: false, reason: 'not_zip' };
    }
    const size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff) return { ok: false, reason: 'too_large' };
    unpacked += size;
    if (unpacked > maxUnpacked) return { ok: false, reason: 'too_large' };
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return { ok: true, entries, unpackedBytes: unpacked };
}

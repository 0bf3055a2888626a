import * as Y from 'yjs';

/**
 * Whether bytes are a Yjs update in the V1 encoding, the only one the server accepts from
 * clients (V2 decoders are never run on client input: a 25-byte V2 update can exhaust a
 * worker's memory, yjs issue 687). Truncated bytes and garbage fail to decode. V2 bytes
 * decode under V1 as an empty update followed by unread bytes — V2 always starts with a
 * zero — so an "empty" update longer than the two bytes an empty V1 update takes is refused.
 */
export function isV1Update(update: Uint8Array): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return false;
  }
  const empty = decoded.structs.length === 0 && decoded.ds.clients.size === 0;
  return !(empty && update.byteLength > 2);
}

import * as Y from 'yjs';

/** Bytes of a base64 string (what the server sends a version's content as). */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * A detached Y.Doc holding a version's content: the server's state (one Yjs update in
 * base64) applied to an empty document. Nothing connects it to the live document.
 */
export function versionDoc(state: string): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, base64ToBytes(state));
  return doc;
}

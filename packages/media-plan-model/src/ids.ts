const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A new row id: 'r' and 20 random base-36 characters (about 103 bits). Uses
 * crypto.getRandomValues, which, unlike randomUUID, also works on plain-HTTP origins.
 */
export function newRowId(): string {
  const bytes = new Uint8Array(20);
  globalThis.crypto.getRandomValues(bytes);
  let id = 'r';
  for (const byte of bytes) id += ALPHABET[byte % 36];
  return id;
}

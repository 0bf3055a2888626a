import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/** A Yjs relative position as the server stores it: `Y.encodeRelativePosition`, in base64. */
export function encodePosition(position: Y.RelativePosition): string {
  return toBase64(Y.encodeRelativePosition(position));
}

/**
 * The relative position a stored anchor names, or null when it is not one (someone else's
 * client wrote it, or it was cut): such an anchor reads as "on deleted text", never throws.
 */
export function decodePosition(encoded: string | null | undefined): Y.RelativePosition | null {
  if (!encoded) return null;
  try {
    return Y.decodeRelativePosition(fromBase64(encoded));
  } catch {
    return null;
  }
}

/**
 * Any shared type. Yjs types are invariant in their event type, so `AbstractType<unknown>`
 * accepts none of the concrete ones.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SharedType = Y.AbstractType<any>;

/** False when the type or any type it sits in was deleted (its positions mean nothing now). */
export function isLive(type: SharedType): boolean {
  let item = type._item;
  while (item !== null) {
    if (item.deleted) return false;
    item = (item.parent as SharedType)._item;
  }
  return true;
}

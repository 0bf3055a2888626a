import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * The bytes the instances exchange through Redis (ADR 0037). Two kinds of message:
 *
 * - on the shared control channel, `HOLD` (this instance holds these documents, under these
 *   numbers) and `DROP` (it no longer holds this one);
 * - in an instance's own inbox channel, frames: content updates and presence addressed by the
 *   receiver's number for the document (one varint with the kind, not the 36-character
 *   id), and `ACK`
 *   (the sender holds these documents too).
 */
export const INSTANCE_BYTES = 8;

export const Control = { hold: 1, drop: 2 } as const;
export const Frame = { update: 0, awareness: 1, ack: 2 } as const;

/** HOLD flags. */
export const HoldFlag = {
  /** Forget everything known about the sender before reading the list (it restarted its view). */
  forget: 1,
  /** The sender may have missed, or failed to send, traffic: holders should read PostgreSQL again. */
  catchUp: 2,
} as const;

export interface Held {
  documentId: string;
  num: number;
}

export type ControlMessage =
  | { type: 'hold'; sender: Buffer; flags: number; documents: Held[] }
  | { type: 'drop'; sender: Buffer; documentId: string };

export type InboxFrame =
  | { type: 'update' | 'awareness'; num: number; payload: Uint8Array }
  | { type: 'ack'; sender: Buffer; documents: Held[] };

function writeHeld(encoder: encoding.Encoder, documents: Held[]): void {
  encoding.writeVarUint(encoder, documents.length);
  for (const { documentId, num } of documents) {
    encoding.writeVarString(encoder, documentId);
    encoding.writeVarUint(encoder, num);
  }
}

function readHeld(decoder: decoding.Decoder): Held[] {
  const count = decoding.readVarUint(decoder);
  const documents: Held[] = [];
  for (let i = 0; i < count; i += 1) {
    documents.push({
      documentId: decoding.readVarString(decoder),
      num: decoding.readVarUint(decoder),
    });
  }
  return documents;
}

function readSender(decoder: decoding.Decoder): Buffer {
  return Buffer.from(decoding.readUint8Array(decoder, INSTANCE_BYTES));
}

export function holdMessage(sender: Buffer, flags: number, documents: Held[]): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, Control.hold);
  encoding.writeUint8Array(encoder, sender);
  encoding.writeUint8(encoder, flags);
  writeHeld(encoder, documents);
  return Buffer.from(encoding.toUint8Array(encoder));
}

export function dropMessage(sender: Buffer, documentId: string): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, Control.drop);
  encoding.writeUint8Array(encoder, sender);
  encoding.writeVarString(encoder, documentId);
  return Buffer.from(encoding.toUint8Array(encoder));
}

/** Null for anything unreadable. */
export function readControl(message: Uint8Array): ControlMessage | null {
  try {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readUint8(decoder);
    const sender = readSender(decoder);
    if (type === Control.hold) {
      const flags = decoding.readUint8(decoder);
      return { type: 'hold', sender, flags, documents: readHeld(decoder) };
    }
    if (type === Control.drop)
      return { type: 'drop', sender, documentId: decoding.readVarString(decoder) };
    return null;
  } catch {
    return null;
  }
}

export function writeDataFrame(
  encoder: encoding.Encoder,
  type: 'update' | 'awareness',
  num: number,
  payload: Uint8Array,
): void {
  // The kind in the two low bits of the number: one byte for the first 32 documents.
  encoding.writeVarUint(encoder, num * 4 + Frame[type]);
  encoding.writeVarUint8Array(encoder, payload);
}

export function ackFrame(sender: Buffer, documents: Held[]): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, Frame.ack);
  encoding.writeUint8Array(encoder, sender);
  writeHeld(encoder, documents);
  return Buffer.from(encoding.toUint8Array(encoder));
}

/** The frames of one inbox message; stops at the first unreadable one. */
export function readInbox(message: Uint8Array): InboxFrame[] {
  const frames: InboxFrame[] = [];
  const decoder = decoding.createDecoder(message);
  try {
    while (decoding.hasContent(decoder)) {
      const head = decoding.readVarUint(decoder);
      const type = head % 4;
      if (type === Frame.update || type === Frame.awareness) {
        const num = Math.floor(head / 4);
        // A copy: a message buffered while its document loads outlives the socket's buffer.
        const payload = decoding.readVarUint8Array(decoder).slice();
        frames.push({ type: type === Frame.update ? 'update' : 'awareness', num, payload });
      } else if (type === Frame.ack) {
        frames.push({ type: 'ack', sender: readSender(decoder), documents: readHeld(decoder) });
      } else {
        break;
      }
    }
  } catch {
    // a truncated frame: keep what was read before it
  }
  return frames;
}

import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export interface PresenceIdentity {
  id: string;
  name: string;
  color: string;
}

const PALETTE = [
  '#1c7ed6',
  '#d6336c',
  '#2f9e44',
  '#e8590c',
  '#7048e8',
  '#0c8599',
  '#c2255c',
  '#5c940d',
];

/** A stable colour per user, so a person looks the same to everyone. */
export function colorFor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}

/**
 * Rewrites an awareness update from a connection: entries for client ids it may not speak
 * for (`mayUse`, see presence-ownership.ts) are dropped, and every state gets `user` stamped
 * from the server's session. Returns null when nothing is left. Throws on a malformed update.
 */
export function stampAwarenessUpdate(
  update: Uint8Array,
  mayUse: (client: number) => boolean,
  identity: PresenceIdentity,
): { update: Uint8Array; clients: number[] } | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const kept: Array<{ client: number; clock: number; state: string }> = [];
  for (let i = 0; i < count; i += 1) {
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const raw = decoding.readVarString(decoder);
    if (!mayUse(client)) continue;
    const state = JSON.parse(raw) as Record<string, unknown> | null;
    const stamped = state === null ? 'null' : JSON.stringify({ ...state, user: identity });
    kept.push({ client, clock, state: stamped });
  }
  if (kept.length === 0) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.client);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return { update: encoding.toUint8Array(encoder), clients: kept.map((entry) => entry.client) };
}

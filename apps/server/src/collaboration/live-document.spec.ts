import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { LiveDocument } from './live-document.js';

function liveWith(text: string): LiveDocument {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, text);
  return new LiveDocument('d1', 'w1', doc, 0);
}

/** The update carried by a sync step 2 message. */
function updateOf(message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message);
  expect(decoding.readVarUint(decoder)).toBe(0);
  expect(decoding.readVarUint(decoder)).toBe(1);
  return decoding.readVarUint8Array(decoder);
}

function textOf(update: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getText('body').toJSON();
}

const EMPTY_VECTOR = Y.encodeStateVector(new Y.Doc());

describe('LiveDocument', () => {
  it('answers every empty client with the same encoded state until the document changes', () => {
    const live = liveWith('hello');
    const first = live.syncStep2(EMPTY_VECTOR);
    expect(live.syncStep2(EMPTY_VECTOR)).toBe(first);
    expect(textOf(updateOf(first))).toBe('hello');

    const edit = new Y.Doc();
    Y.applyUpdate(edit, live.state());
    const vector = Y.encodeStateVector(edit);
    edit.getText('body').insert(5, ' world');
    live.apply(Y.encodeStateAsUpdate(edit, vector), 'peer');

    const after = live.syncStep2(EMPTY_VECTOR);
    expect(after).not.toBe(first);
    expect(textOf(updateOf(after))).toBe('hello world');
    live.destroy();
  });

  it('answers a client that has part of the document with only what it lacks', () => {
    const live = liveWith('hello');
    const client = new Y.Doc();
    Y.applyUpdate(client, live.state());
    live.doc.getText('body').insert(5, '!');
    const missing = updateOf(live.syncStep2(Y.encodeStateVector(client)));
    Y.applyUpdate(client, missing);
    expect(client.getText('body').toJSON()).toBe('hello!');
    expect(missing.byteLength).toBeLessThan(live.state().byteLength);
    live.destroy();
  });

  it('keeps the presence message until presence changes', () => {
    const live = liveWith('');
    expect(live.presence()).toBeNull();
    live.awareness.setLocalState({ cursor: 1 });
    const first = live.presence();
    expect(first).not.toBeNull();
    expect(live.presence()).toBe(first);
    live.awareness.setLocalState({ cursor: 2 });
    expect(live.presence()).not.toBe(first);
    live.destroy();
  });

  it('reads only when nothing is in flight, and not at all after a failed persist', async () => {
    const live = liveWith('a');
    let finish!: () => void;
    void live.track(new Promise<void>((resolve) => (finish = resolve)));
    let read = false;
    const reading = live.whenDurable(() => (read = true));
    await Promise.resolve();
    expect(read).toBe(false);
    finish();
    expect(await reading).toBe(true);

    await live.track(Promise.reject(new Error('disk full'))).catch(() => undefined);
    expect(await live.whenDurable(() => 'state')).toBeNull();
    live.destroy();
  });
});

import { describe, expect, it } from '@jest/globals';
import * as Y from 'yjs';
import { encodeTextAnchor, resolveTextAnchor } from './anchors.js';

function exchange(a: Y.Doc, b: Y.Doc): void {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, fromA);
  Y.applyUpdate(a, fromB);
}

describe('comment anchors in co-edited text', () => {
  it('follows the quoted words through concurrent edits before, inside the gap and after', () => {
    const a = new Y.Doc();
    a.getText('body').insert(0, 'Tea for the whole family, every morning.');
    const b = new Y.Doc();
    exchange(a, b);
    const from = 'Tea for the '.length;
    const anchor = encodeTextAnchor(a.getText('body'), from, from + 'whole family'.length);
    expect(anchor.quote).toBe('whole family');
    // Concurrently: one writes before the range, the other right after it and at its start.
    a.getText('body').insert(0, 'Lotus: ');
    b.getText('body').insert(b.getText('body').toJSON().indexOf(','), '!');
    b.getText('body').insert(from, 'very ');
    exchange(a, b);
    expect(a.getText('body').toJSON()).toBe(b.getText('body').toJSON());
    for (const doc of [a, b]) {
      const found = resolveTextAnchor(doc, anchor.start, anchor.end)!;
      expect(found.collapsed).toBe(false);
      expect(found.text).toBe('whole family');
    }
  });

  it('resolves a deleted range collapsed where it was, and a partly deleted one to what is left', () => {
    const doc = new Y.Doc();
    const text = doc.getText('body');
    text.insert(0, 'one two three');
    const whole = encodeTextAnchor(text, 4, 7);
    const tail = encodeTextAnchor(text, 4, 13);
    text.delete(4, 4);
    expect(resolveTextAnchor(doc, whole.start, whole.end)).toMatchObject({
      from: 4,
      to: 4,
      text: '',
      collapsed: true,
    });
    expect(resolveTextAnchor(doc, tail.start, tail.end)).toMatchObject({ text: 'three' });
  });

  it('answers null for bytes that are not a position', () => {
    expect(resolveTextAnchor(new Y.Doc(), 'AAAA', '////')).toBeNull();
  });
});

describe('comment anchors in a replica that never asked for the text', () => {
  it('resolves in a document where the root text arrived only as an update', () => {
    const a = new Y.Doc();
    a.getText('body').insert(0, 'Hello tea lovers');
    const anchor = encodeTextAnchor(a.getText('body'), 6, 9);
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(a));
    expect(resolveTextAnchor(fresh, anchor.start, anchor.end)).toMatchObject({ text: 'tea' });
  });
});

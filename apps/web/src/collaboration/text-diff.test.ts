import * as Y from 'yjs';
import { diffText, transformPosition, type TextChange, type TextDelta } from './text-diff';

function apply(text: string, change: TextChange): string {
  return text.slice(0, change.index) + change.insert + text.slice(change.index + change.remove);
}

describe('diffText', () => {
  it.each([
    ['hello', 'hello world', undefined, { index: 5, remove: 0, insert: ' world' }],
    ['hello world', 'hello', undefined, { index: 5, remove: 6, insert: '' }],
    ['hello world', 'hello there world', undefined, { index: 6, remove: 0, insert: 'there ' }],
    ['cat', 'cut', undefined, { index: 1, remove: 1, insert: 'u' }],
    ['same', 'same', undefined, { index: 4, remove: 0, insert: '' }],
    // Typing "a" after the first "a" of "aa": the caret (2) says where.
    ['aa', 'aaa', 2, { index: 1, remove: 0, insert: 'a' }],
    // Backspace on the middle "a" of "aaa": the caret ends at 1.
    ['aaa', 'aa', 1, { index: 1, remove: 1, insert: '' }],
  ])('turns %j into %j (caret %s) with the smallest change', (before, after, caret, change) => {
    expect(diffText(before, after, caret)).toEqual(change);
    expect(apply(before, diffText(before, after, caret))).toBe(after);
  });

  it('never splits an emoji (a surrogate pair) in two', () => {
    // 😀 and 😃 share their first UTF-16 unit.
    const change = diffText('a😀b', 'a😃b');
    expect(change).toEqual({ index: 1, remove: 2, insert: '😃' });
  });

  it('always yields a change that produces the new text', () => {
    const alphabet = ['a', 'b', ' ', 'ש', '😀', '\n'];
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const word = () =>
      Array.from(
        { length: Math.floor(random() * 8) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
    for (let i = 0; i < 500; i += 1) {
      const before = word();
      const after = word();
      const caret = Math.floor(random() * (after.length + 1));
      expect(apply(before, diffText(before, after, caret))).toBe(after);
    }
  });

  it('merges with a concurrent edit elsewhere instead of overwriting it', () => {
    const ana = new Y.Doc();
    const binh = new Y.Doc();
    ana.getText('body').insert(0, 'Goals. Audience.');
    Y.applyUpdate(binh, Y.encodeStateAsUpdate(ana));

    // Each edits their own copy of the textarea, then the changes cross.
    for (const [doc, after] of [
      [ana, 'Goals: grow. Audience.'],
      [binh, 'Goals. Audience: students.'],
    ] as const) {
      const text = doc.getText('body');
      const change = diffText(text.toJSON(), after);
      text.delete(change.index, change.remove);
      text.insert(change.index, change.insert);
    }
    Y.applyUpdate(ana, Y.encodeStateAsUpdate(binh));
    Y.applyUpdate(binh, Y.encodeStateAsUpdate(ana));

    expect(ana.getText('body').toJSON()).toBe('Goals: grow. Audience: students.');
    expect(binh.getText('body').toJSON()).toBe('Goals: grow. Audience: students.');
  });
});

describe('transformPosition', () => {
  const delta = (ops: TextDelta) => ops;

  it('moves a caret after text inserted before it, and not for text inserted after it', () => {
    expect(transformPosition(5, delta([{ insert: 'abc' }]))).toBe(8);
    expect(transformPosition(5, delta([{ retain: 2 }, { insert: 'abc' }]))).toBe(8);
    expect(transformPosition(5, delta([{ retain: 6 }, { insert: 'abc' }]))).toBe(5);
  });

  it('leaves a caret before text inserted exactly where it is', () => {
    expect(transformPosition(5, delta([{ retain: 5 }, { insert: 'abc' }]))).toBe(5);
  });

  it('pulls a caret back over deleted text, and onto the start of a deletion around it', () => {
    expect(transformPosition(5, delta([{ delete: 2 }]))).toBe(3);
    expect(transformPosition(5, delta([{ retain: 3 }, { delete: 4 }]))).toBe(3);
    expect(transformPosition(5, delta([{ retain: 6 }, { delete: 4 }]))).toBe(5);
  });

  it('follows a Yjs event delta of a remote edit', () => {
    const doc = new Y.Doc();
    const text = doc.getText('body');
    text.insert(0, 'hello world');
    let moved = -1;
    text.observe((event) => {
      moved = transformPosition(8, event.delta);
    });
    doc.transact(() => {
      text.delete(0, 5);
      text.insert(0, 'hi');
    });
    // "hello wo|rld" → "hi wo|rld"
    expect(moved).toBe(5);
  });
});

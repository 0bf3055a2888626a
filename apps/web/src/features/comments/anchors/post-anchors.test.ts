import { postBody, startVariant } from '@chorus/post-model';
import * as Y from 'yjs';
import { postAnchorFor, postFieldText, resolvePostAnchor } from './post-anchors';

function replicas(body: string) {
  const a = new Y.Doc();
  postBody(a).insert(0, body);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { a, b, sync };
}

function quoted(doc: Y.Doc, field: string, anchor: { start: string; end: string }): string | null {
  const text = postFieldText(doc, field);
  const resolved = resolvePostAnchor(doc, text, anchor);
  return resolved.state === 'live'
    ? text!.toJSON().slice(resolved.range.from, resolved.range.to)
    : null;
}

describe('post text anchors', () => {
  it('keeps the anchor on the same words while two people type before, inside and after it', () => {
    const { a, b, sync } = replicas('Summer sale starts on Monday');
    const anchor = postAnchorFor(postBody(a), 7, 11);
    expect(anchor.quote).toBe('sale');
    postBody(a).insert(0, 'Big news: ');
    postBody(b).insert(28, '!');
    postBody(b).insert(9, '-');
    sync();
    expect(postBody(a).toJSON()).toBe('Big news: Summer sa-le starts on Monday!');
    expect(quoted(a, 'body', anchor)).toBe('sa-le');
    expect(quoted(b, 'body', anchor)).toBe('sa-le');
  });

  it('does not grow with text typed right after the range', () => {
    const { a } = replicas('Summer sale');
    const anchor = postAnchorFor(postBody(a), 0, 6);
    postBody(a).insert(6, ' hot');
    expect(quoted(a, 'body', anchor)).toBe('Summer');
  });

  it('reads as deleted once the words are deleted by the other person', () => {
    const { a, b, sync } = replicas('Summer sale starts on Monday');
    const anchor = postAnchorFor(postBody(a), 7, 11);
    postBody(b).delete(6, 6);
    sync();
    expect(resolvePostAnchor(a, postBody(a), anchor)).toEqual({ state: 'deleted' });
  });

  it("anchors in a network's own text and reads as deleted when that text is dropped", () => {
    const { a, b, sync } = replicas('Base text');
    const variant = startVariant(a, 'telegram');
    variant.insert(variant.length, ' for Telegram');
    sync();
    const anchor = postAnchorFor(variant, 10, 22);
    expect(quoted(b, 'telegram', anchor)).toBe('for Telegram');
    b.getMap('variants').delete('telegram');
    sync();
    expect(postFieldText(a, 'telegram')).toBeNull();
    expect(resolvePostAnchor(a, postFieldText(a, 'telegram'), anchor)).toEqual({
      state: 'deleted',
    });
  });

  it('reads an anchor into another field as deleted', () => {
    const { a } = replicas('Base text');
    const anchor = postAnchorFor(postBody(a), 0, 4);
    expect(resolvePostAnchor(a, postFieldText(a, 'firstComment'), anchor)).toEqual({
      state: 'deleted',
    });
  });
});

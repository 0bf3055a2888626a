import { describe, expect, it } from '@jest/globals';
import * as Y from 'yjs';
import {
  overriddenNetworks,
  postBody,
  postFirstComment,
  postPlainText,
  postTexts,
  postVariants,
  readPost,
  resetVariant,
  startVariant,
  textFor,
  variantText,
} from './post-doc.js';
import { SAMPLES } from './testing/samples.js';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

describe("a post's content in Yjs", () => {
  it('reads a post written before variants existed (only the body) as that body', () => {
    const doc = new Y.Doc();
    doc.getText('body').insert(0, SAMPLES.hebrew);
    const content = readPost(doc);
    expect(content).toEqual({ body: SAMPLES.hebrew, variants: {}, firstComment: '' });
    expect(postPlainText(content)).toBe(SAMPLES.hebrew);
    expect(textFor(content, 'x')).toBe(SAMPLES.hebrew);
  });

  it('starts an override as a copy of the base; the other networks keep the base', () => {
    const doc = new Y.Doc();
    postBody(doc).insert(0, SAMPLES.ukrainian);
    const x = startVariant(doc, 'x');
    x.insert(x.length, ' #SMM');
    expect(startVariant(doc, 'x')).toBe(x);
    postBody(doc).insert(0, '» ');
    const content = readPost(doc);
    expect(content.variants).toEqual({ x: `${SAMPLES.ukrainian} #SMM` });
    expect(textFor(content, 'x')).toBe(`${SAMPLES.ukrainian} #SMM`);
    expect(textFor(content, 'linkedin')).toBe(`» ${SAMPLES.ukrainian}`);
    expect(overriddenNetworks(doc)).toEqual(['x']);
  });

  it('resets an override so the network uses the base again', () => {
    const doc = new Y.Doc();
    startVariant(doc, 'telegram').insert(0, 'own');
    resetVariant(doc, 'telegram');
    expect(variantText(doc, 'telegram')).toBeNull();
    expect(readPost(doc).variants).toEqual({});
  });

  it('merges two people typing into the same override and the first comment', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    postBody(a).insert(0, SAMPLES.vietnamese);
    startVariant(a, 'instagram');
    sync(a, b);
    variantText(a, 'instagram')!.insert(0, 'A: ');
    variantText(b, 'instagram')!.insert(variantText(b, 'instagram')!.length, ' :B');
    postFirstComment(a).insert(0, '#chiếnlược');
    postFirstComment(b).insert(0, '@chorus ');
    sync(a, b);
    expect(readPost(a)).toEqual(readPost(b));
    expect(readPost(a).variants.instagram).toBe(`A: ${SAMPLES.vietnamese} :B`);
    expect(readPost(a).firstComment).toMatch(/#chiếnlược/);
    expect(readPost(a).firstComment).toMatch(/@chorus/);
  });

  it('skips what a client wrote that does not fit the shape, without throwing', () => {
    const doc = new Y.Doc();
    const variants = postVariants(doc);
    variants.set('x', 'a plain string');
    variants.set('myspace', new Y.Text('unknown network'));
    variants.set('threads', new Y.Map());
    variants.set('vk', new Y.Text('вітаю'));
    expect(readPost(doc).variants).toEqual({ vk: 'вітаю' });
    expect(variantText(doc, 'x')).toBeNull();
    // An override replaces whatever was under the key.
    expect(startVariant(doc, 'x').toJSON()).toBe('');
  });

  it('reads a document whose client made a root of the wrong type as empty, never throwing', () => {
    const client = new Y.Doc();
    client.getMap('body').set('oops', 1);
    client.getText('variants').insert(0, 'not a map');
    client.getArray('firstComment').push([1]);
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    expect(readPost(server)).toEqual({ body: '', variants: {}, firstComment: '' });
    // The same Y.Doc that instantiated the wrong types reads as empty too.
    expect(readPost(client)).toEqual({ body: '', variants: {}, firstComment: '' });
  });

  it('gives plain text with each override under its network and the first comment', () => {
    const doc = new Y.Doc();
    postBody(doc).insert(0, 'Base');
    startVariant(doc, 'x').insert(0, 'Short ');
    startVariant(doc, 'facebook');
    postFirstComment(doc).insert(0, '#tag');
    const content = readPost(doc);
    expect(postPlainText(content)).toBe(
      'Base\n\n[Facebook]\nBase\n\n[X]\nShort Base\n\n[First comment]\n#tag',
    );
    expect(postTexts(content)).toEqual(['Base', 'Short Base', 'Base', '#tag']);
  });
});

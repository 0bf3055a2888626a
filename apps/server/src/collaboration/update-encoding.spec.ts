import * as Y from 'yjs';
import { isV1Update } from './update-encoding.js';

function sample(): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, 'ความคิดสร้างสรรค์ — creative');
  doc.getMap('meta').set('language', 'th');
  doc.getText('body').delete(0, 3);
  return doc;
}

describe('isV1Update', () => {
  it('accepts V1 updates, including the empty one', () => {
    expect(isV1Update(Y.encodeStateAsUpdate(sample()))).toBe(true);
    expect(isV1Update(Y.encodeStateAsUpdate(new Y.Doc()))).toBe(true);
  });

  it('refuses the same content in the V2 encoding', () => {
    expect(isV1Update(Y.encodeStateAsUpdateV2(sample()))).toBe(false);
    const tiny = new Y.Doc();
    tiny.getText('t').insert(0, 'v2');
    expect(isV1Update(Y.encodeStateAsUpdateV2(tiny))).toBe(false);
  });

  it('refuses truncated updates and garbage', () => {
    const update = Y.encodeStateAsUpdate(sample());
    expect(isV1Update(update.slice(0, update.length - 5))).toBe(false);
    expect(isV1Update(Uint8Array.from([9, 255, 255, 255, 255, 15, 1, 2, 3]))).toBe(false);
  });
});

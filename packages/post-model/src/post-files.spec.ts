import { describe, expect, it } from '@jest/globals';
import { isDateOrder, isPostField, NETWORK_IDS, POST_FIELDS } from './index.js';

describe('posts-file fields', () => {
  it('lists the base fields, then one text field per network', () => {
    expect(POST_FIELDS.slice(0, 3)).toEqual(['title', 'body', 'networks']);
    expect(POST_FIELDS.slice(-NETWORK_IDS.length)).toEqual(
      NETWORK_IDS.map((network) => `text:${network}`),
    );
  });

  it('knows its own fields and nothing else', () => {
    expect(isPostField('firstComment')).toBe(true);
    expect(isPostField(`text:${NETWORK_IDS[0]}`)).toBe(true);
    expect(isPostField('text:myspace')).toBe(false);
    expect(isPostField('constructor')).toBe(false);
    expect(isPostField('')).toBe(false);
  });

  it('reads only dmy and mdy as date orders', () => {
    expect(isDateOrder('dmy')).toBe(true);
    expect(isDateOrder('mdy')).toBe(true);
    expect(isDateOrder('ymd')).toBe(false);
    expect(isDateOrder(undefined)).toBe(false);
  });
});

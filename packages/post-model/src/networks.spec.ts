import { describe, expect, it } from '@jest/globals';
import { characterLimit, isNetworkId, NETWORK_IDS, NETWORKS } from './networks.js';

describe('networks', () => {
  it('has one row per id, each with a positive limit and a source', () => {
    for (const id of NETWORK_IDS) {
      expect(NETWORKS[id].id).toBe(id);
      expect(NETWORKS[id].maxCharacters).toBeGreaterThan(0);
      expect(NETWORKS[id].source.length).toBeGreaterThan(10);
    }
  });

  it('gives the issue’s limits', () => {
    expect(characterLimit('x', false)).toBe(280);
    expect(characterLimit('threads', false)).toBe(500);
    expect(characterLimit('instagram', true)).toBe(2_200);
    expect(characterLimit('telegram', false)).toBe(4_096);
    expect(characterLimit('telegram', true)).toBe(1_024);
  });

  it('tells network ids from other strings', () => {
    expect(isNetworkId('tiktok')).toBe(true);
    expect(isNetworkId('myspace')).toBe(false);
  });
});

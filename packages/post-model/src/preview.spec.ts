import { describe, expect, it } from '@jest/globals';
import { countCharacters } from './graphemes.js';
import { feedPreview } from './preview.js';
import { EMOJI, SAMPLES } from './testing/samples.js';

describe('network feed previews', () => {
  it('shows a short text whole', () => {
    expect(feedPreview(SAMPLES.hebrew, 'instagram')).toEqual({
      visible: SAMPLES.hebrew,
      folded: false,
    });
  });

  it('folds an Instagram caption near 125 characters at a word boundary', () => {
    const text = `${SAMPLES.ukrainian} `.repeat(5);
    const preview = feedPreview(text, 'instagram');
    expect(preview.folded).toBe(true);
    expect(countCharacters(preview.visible)).toBeLessThanOrEqual(125);
    expect(countCharacters(preview.visible)).toBeGreaterThan(100);
    expect(text.startsWith(preview.visible)).toBe(true);
    expect(preview.visible.endsWith(' ')).toBe(false);
  });

  it('never cuts an emoji sequence or a Thai cluster in half', () => {
    const emoji = EMOJI.family.repeat(200);
    const folded = feedPreview(emoji, 'instagram');
    expect(folded.visible).toBe(EMOJI.family.repeat(125));
    const thai = SAMPLES.thai.repeat(10);
    const thaiPreview = feedPreview(thai, 'tiktok');
    expect(countCharacters(thaiPreview.visible)).toBe(100);
    expect(thai.startsWith(thaiPreview.visible)).toBe(true);
    // The character after the cut starts a new cluster: no vowel or tone mark is left behind.
    expect(/^\p{M}/u.test(thai.slice(thaiPreview.visible.length))).toBe(false);
  });

  it('shows the whole text for a network without a known fold (X)', () => {
    const text = SAMPLES.vietnamese.repeat(8);
    expect(feedPreview(text, 'x')).toEqual({ visible: text, folded: false });
  });
});

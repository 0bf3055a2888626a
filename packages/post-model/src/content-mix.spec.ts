import { describe, expect, it } from '@jest/globals';
import { isPromotionCap, promotionShare } from './content-mix.js';

describe('promotion share against the cap', () => {
  it('allows a share equal to the cap and flags one above it', () => {
    expect(promotionShare(2, 10, 20)).toMatchObject({ percent: 20, capExceeded: false });
    expect(promotionShare(3, 10, 20)).toMatchObject({ percent: 30, capExceeded: true });
    expect(promotionShare(3, 11, 20)).toMatchObject({ percent: 27.3, capExceeded: true });
  });

  it('clears the flag when a promotional post leaves the period', () => {
    expect(promotionShare(2, 10, 20).capExceeded).toBe(false);
  });

  it('says how many more promotional posts fit', () => {
    // 8 other posts: 2 promotional of 10 is 20 %, a third would be 3 of 11.
    expect(promotionShare(2, 10, 20).headroom).toBe(0);
    expect(promotionShare(0, 8, 20).headroom).toBe(2);
    expect(promotionShare(0, 0, 20).headroom).toBe(0);
    expect(promotionShare(5, 5, 100).headroom).toBeNull();
  });

  it('treats an empty period as no share', () => {
    expect(promotionShare(0, 0, 20)).toMatchObject({ percent: 0, capExceeded: false });
  });

  it('refuses impossible counts and knows a valid cap', () => {
    expect(() => promotionShare(3, 2, 20)).toThrow(RangeError);
    expect(isPromotionCap(20)).toBe(true);
    expect(isPromotionCap(20.5)).toBe(false);
    expect(isPromotionCap(101)).toBe(false);
  });
});

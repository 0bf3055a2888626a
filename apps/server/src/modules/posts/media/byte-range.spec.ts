import { parseRange } from './byte-range.js';

describe('reading an HTTP Range header', () => {
  it('reads a closed, an open-ended and a suffix range, clamped to the file', () => {
    expect(parseRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=50-500', 100)).toEqual({ start: 50, end: 99 });
  });

  it('serves the whole file for several ranges, nonsense or a range past the end', () => {
    for (const header of ['bytes=0-1,5-6', 'items=0-1', 'bytes=-', 'bytes=100-', 'bytes=9-3']) {
      expect(parseRange(header, 100)).toBeUndefined();
    }
    expect(parseRange('bytes=0-0', 0)).toBeUndefined();
  });
});

import { LOGIN_LIMITS, loginDelaySeconds } from './login-limits.js';

describe('loginDelaySeconds', () => {
  it('leaves the first few failures free, then doubles the delay up to the cap', () => {
    const delays = Array.from({ length: 16 }, (_, i) => loginDelaySeconds(i));
    expect(delays.slice(0, LOGIN_LIMITS.freeFailures)).toEqual([0, 0, 0]);
    expect(delays.slice(3, 8)).toEqual([1, 2, 4, 8, 16]);
    expect(delays[15]).toBe(LOGIN_LIMITS.maxDelaySeconds);
    for (let i = 1; i < delays.length; i += 1)
      expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
  });
});

import { stalls } from './browser';

// After each browser test: what its still-open pages were waiting on, if anything stalled.
afterEach(() => {
  const lines = stalls();
  if (lines.length > 0) console.warn(`Pages still waiting after the test:\n${lines.join('\n')}`);
});

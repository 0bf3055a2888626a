/**
 * `pnpm bench:web`: one Jest file driving Chromium against the production server it starts
 * itself (no global setup), run by scripts/bench-web.mjs, which prints the figures.
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: 'web-bench',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.bench-spec.ts'],
  testTimeout: 900_000,
  maxWorkers: 1,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../tsconfig.jest.json' }] },
};

/**
 * Browser tests: Chromium driven by playwright-core against the real server serving the
 * built web app (see global-setup.ts). Run one file at a time: `pnpm e2e` passes --runInBand.
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: 'web-e2e',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/global-setup.ts',
  globalTeardown: '<rootDir>/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/support/report-stalls.ts'],
  testTimeout: 120_000,
  maxWorkers: 1,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../tsconfig.jest.json' }] },
};

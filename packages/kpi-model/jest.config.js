/** @type {import('jest').Config} */
export default {
  displayName: 'kpi-model',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // Sized for a loaded CI machine (2 cores shared with other work); no test asserts time.
  testTimeout: 60_000,
};

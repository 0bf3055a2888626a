// Jest runs the server's ESM TypeScript natively (NODE_OPTIONS=--experimental-vm-modules).
// See docs/adr/0002-test-runner-setup.md.
const transform = {
  '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }],
};
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform,
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/test/setup-env.ts'],
};

/** @type {import('jest').Config} */
export default {
  // A test that fails half-way can leave a client socket reconnecting; never let a run
  // (and CI) hang on it. Tests still close what they open.
  forceExit: true,
  // Each file boots an app, and ESM module registries are not freed in one process: run in a
  // worker (even with one core to spare, where Jest would otherwise run in band) and replace it
  // once a file leaves it over this size, so the heap never nears its limit (GC stalls of a
  // minute at 4 GB) and nothing a file leaked (a timer) outlives its worker for long.
  workerIdleMemoryLimit: '1GB',
  // Generous: CI shares two cores with whatever else runs. Speed is measured by bench:*.
  testTimeout: 120_000,
  // A migrated template database per run: each test file copies it instead of migrating its
  // own (test/support/test-database.ts).
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
    },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
  ],
};

/**
 * Component and unit tests (jsdom). Browser tests have their own config in e2e/.
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: 'web',
  testEnvironment: '<rootDir>/test/jsdom-environment.cjs',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Liveness bounds for a loaded 2-core machine (a calendar page test took 19 s at load 8).
  testTimeout: 60_000,
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  moduleNameMapper: {
    '\\.css$': '<rootDir>/test/style-mock.cjs',
    // The shared protocol package ships ESM in dist/; tests compile its source instead.
    '^@chorus/collab-protocol$': '<rootDir>/../../packages/collab-protocol/src/index.ts',
    '^@chorus/kpi-model$': '<rootDir>/../../packages/kpi-model/src/index.ts',
    '^@chorus/media-plan-model$': '<rootDir>/../../packages/media-plan-model/src/index.ts',
    '^@chorus/post-model$': '<rootDir>/../../packages/post-model/src/index.ts',
    '^@chorus/strategy-model$': '<rootDir>/../../packages/strategy-model/src/index.ts',
    '^@chorus/tone-check$': '<rootDir>/../../packages/tone-check/src/index.ts',
    // …whose relative imports carry `.js` suffixes (Node ESM style).
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
    // fractional-indexing (used by @chorus/media-plan-model) ships ESM only: compile it too.
    '/fractional-indexing/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs' } },
    ],
    // …and so does preact (FullCalendar's renderer) under jsdom's "browser" export condition.
    '/preact/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs' } }],
    // …and franc-min (tone-check's language detection) with its three dependencies.
    '/(franc-min|trigram-utils|n-gram|collapse-white-space)/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!\\.pnpm/(fractional-indexing|preact|franc-min|trigram-utils|n-gram|collapse-white-space)@|(fractional-indexing|preact|franc-min|trigram-utils|n-gram|collapse-white-space)/)',
  ],
};

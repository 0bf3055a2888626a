// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Node globals for the build scripts and config files written in plain JavaScript. */
const nodeGlobals = {
  console: 'readonly',
  process: 'readonly',
  module: 'writable',
  require: 'readonly',
  __dirname: 'readonly',
  URL: 'readonly',
  globalThis: 'readonly',
};

/*
 * Right-to-left languages mirror the layout, which only works with logical directions
 * (start/end). These catch physical ones in style props and style objects; CSS files are
 * checked by src/ui/logical-properties.test.ts.
 */
const physicalDirection = [
  {
    selector: 'JSXAttribute[name.name=/^(ml|mr|pl|pr|left|right)$/]',
    message: 'Use logical style props (ms, me, ps, pe, insetInlineStart, …) so RTL mirrors.',
  },
  {
    selector:
      'Property[key.name=/^(margin|padding|border|inset|scrollMargin|scrollPadding)(Left|Right)|^(left|right)$/]',
    message: 'Use logical CSS properties (marginInlineStart, insetInlineEnd, …) so RTL mirrors.',
  },
  {
    selector: 'Property[key.name=/^(textAlign|float|clear)$/][value.value=/^(left|right)$/]',
    message: 'Use start/end instead of left/right so RTL mirrors.',
  },
];

/*
 * Layers of the web app (docs/ARCHITECTURE.md): `ui/` and `collaboration/` are below the
 * features and import none of them (the collaboration hook is handed the user); a feature
 * enters another feature through its `index.ts` only. `app/` composes everything and may
 * reach in (for code splitting). Import circles are caught by dependency-cruiser (root).
 */
const noFeatureImports = {
  group: ['**/features', '**/features/**'],
  message: 'ui/ and collaboration/ sit below the features: pass what you need in as arguments.',
};

/** A feature file `depth` folders below `src/features` may not reach inside another feature. */
const featureBoundary = (depth) => ({
  files: [`src/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
  ignores: ['src/**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./){${depth}}[^./][^/]*/.+`,
            message: "Import another feature through its index.ts ('../../<feature>').",
          },
        ],
      },
    ],
  },
});

export default defineConfig(
  { ignores: ['dist/**', 'src/gql/**', 'coverage/**'] },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'no-restricted-syntax': ['error', ...physicalDirection],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/collaboration/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noFeatureImports] }] },
  },
  featureBoundary(1),
  featureBoundary(2),
  featureBoundary(3),
  featureBoundary(4),
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: nodeGlobals },
  },
);

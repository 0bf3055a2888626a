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

/*
 * Components don't call Apollo: a feature's `hooks/` wrap its queries and mutations (typed by
 * the documents in its `graphql/`), and everything else in the feature calls those hooks.
 * Tests may (they mock the network). Outside features, `app/` (the client), `errors/` (reads
 * Apollo's errors) and `collaboration/` (asks for tickets) use it directly.
 */
const noApollo = {
  group: ['@apollo/client', '@apollo/client/*'],
  message:
    "Components don't call Apollo: wrap the query or mutation in the feature's hooks/ and call that hook.",
};

/** Where a feature may import Apollo. */
const dataFolders = ['src/features/*/hooks/**', 'src/features/*/graphql/**'];

/**
 * A feature file `depth` folders below `src/features` may not reach inside another feature,
 * and outside its hooks/ and graphql/ may not import Apollo. (One rule, one options list per
 * file: a later `no-restricted-imports` block would replace the earlier one, not add to it.)
 */
const featureBoundary = (depth) => {
  const files = [`src/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`];
  const tests = 'src/**/*.test.{ts,tsx}';
  const throughIndex = {
    regex: `^(\\.\\./){${depth}}[^./][^/]*/.+`,
    message: "Import another feature through its index.ts ('../../<feature>').",
  };
  const rule = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
  return [
    { files, ignores: [tests, ...dataFolders], rules: rule([throughIndex, noApollo]) },
    ...(depth > 1
      ? [
          {
            files: dataFolders.map(
              (folder) => `${folder.slice(0, -3)}/${'*/'.repeat(depth - 2)}*.{ts,tsx}`,
            ),
            ignores: [tests],
            rules: rule([throughIndex]),
          },
        ]
      : []),
  ];
};

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
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noFeatureImports, noApollo] }] },
  },
  {
    files: ['src/collaboration/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noFeatureImports] }] },
  },
  ...featureBoundary(1),
  ...featureBoundary(2),
  ...featureBoundary(3),
  ...featureBoundary(4),
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: nodeGlobals },
  },
);

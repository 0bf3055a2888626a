import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './vite.graphql-documents';

/** Where `pnpm dev` finds the API: the server's default port unless told otherwise. */
const apiTarget = process.env.CHORUS_API_URL ?? 'http://localhost:3000';

/** Matches modules of the named npm packages (pnpm keeps them under …/node_modules/<name>/). */
function packages(...names: string[]): RegExp {
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`[\\\\/]node_modules[\\\\/](?:${escaped.join('|')})[\\\\/]`);
}

export default defineConfig({
  plugins: [graphqlDocuments(import.meta.dirname), react()],
  server: {
    proxy: {
      '/graphql': { target: apiTarget, ws: true, changeOrigin: true },
      '/collab': { target: apiTarget, ws: true, changeOrigin: true },
      '/api': { target: apiTarget, changeOrigin: true },
      '/healthz': { target: apiTarget, changeOrigin: true },
      '/readyz': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Every supported browser has <link rel="modulepreload">; the polyfill is script we
    // need not ship (and nothing inline may run under the Content-Security-Policy).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'react', test: packages('react', 'react-dom', 'scheduler') },
            {
              name: 'apollo',
              test: packages('@apollo/client', 'graphql', 'rxjs', '@wry', 'optimism', 'tslib'),
            },
            {
              name: 'mantine',
              // Grouped by which pages use them: what the first page needs stays in one cached
              // chunk, components only lazy pages use (dialogs, tables, multi-selects) load
              // with those pages.
              entriesAware: true,
              test: packages(
                '@mantine/core',
                '@mantine/hooks',
                '@floating-ui/core',
                '@floating-ui/dom',
                '@floating-ui/react',
                '@floating-ui/react-dom',
                '@floating-ui/utils',
                'clsx',
                'react-number-format',
                'react-remove-scroll',
                'react-remove-scroll-bar',
                'react-style-singleton',
                'use-callback-ref',
                'use-sidecar',
                'get-nonce',
                'detect-node-es',
                'tabbable',
              ),
            },
            { name: 'router', test: packages('react-router', 'cookie', 'set-cookie-parser') },
            { name: 'i18n', test: packages('i18next', 'react-i18next') },
            // The strategy editor's engine, apart from the editor itself (one chunk was 525 kB,
            // over Vite's 500 kB warning): ProseMirror changes rarely, TipTap more often.
            {
              name: 'prosemirror',
              test: /[\\/]node_modules[\\/](?:prosemirror-[^\\/]+|@tiptap[\\/]pm)[\\/]/,
            },
            { name: 'tiptap', test: /[\\/]node_modules[\\/]@tiptap[\\/](?!pm[\\/])/ },
            // Only document pages load these (shared editing: Yjs, its socket and offline copy).
            {
              name: 'yjs',
              test: packages('yjs', 'y-websocket', 'y-protocols', 'y-indexeddb', 'lib0'),
            },
          ],
        },
      },
    },
  },
});

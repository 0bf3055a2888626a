#!/usr/bin/env node
// Prints the gzip size of the JavaScript and CSS that dist/index.html loads up front (its
// module script, modulepreload links and stylesheets), per file and in total. Chunks
// loaded later (other pages, other languages) are not counted. Run after `pnpm build`.
// With `--budget-kb N` it fails (exit 1) when that JavaScript passes N kB gzip: sizes are
// deterministic, so CI checks them (`pnpm size:check`); times are measured by benchmarks.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const budgetAt = process.argv.indexOf('--budget-kb');
const budgetKb = budgetAt === -1 ? null : Number(process.argv[budgetAt + 1]);
if (budgetKb !== null && !(budgetKb > 0)) {
  console.error('size: --budget-kb needs a number of kB, e.g. --budget-kb 370');
  process.exit(2);
}

const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

let html;
try {
  html = await readFile(path.join(distDir, 'index.html'), 'utf8');
} catch {
  console.error(
    'size: dist/index.html not found; run `npx -y pnpm@10.34.9 --filter @chorus/web build` first.',
  );
  process.exit(1);
}

const tagPattern = /<(script|link)\b[^>]*>/g;
const attr = (tag, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const files = [];
for (const [tag, kind] of html.matchAll(tagPattern)) {
  const url =
    kind === 'script'
      ? attr(tag, 'src')
      : ['stylesheet', 'modulepreload'].includes(attr(tag, 'rel') ?? '')
        ? attr(tag, 'href')
        : undefined;
  if (url && /\.(m?js|css)$/.test(url) && !/^[a-z]+:\/\//i.test(url) && !files.includes(url)) {
    files.push(url);
  }
}

const kb = (bytes) => (bytes / 1024).toFixed(2).padStart(9) + ' kB';
const rows = [];
for (const url of files) {
  const content = await readFile(path.join(distDir, url.replace(/^\//, '')));
  rows.push({ url, raw: content.length, gzip: gzipSync(content, { level: 9 }).length });
}
rows.sort((a, b) => b.gzip - a.gzip);

const width = Math.max(...rows.map((row) => row.url.length), 'total'.length);
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(12)}  ${'gzip'.padStart(12)}`);
for (const row of rows) console.log(`${row.url.padEnd(width)}  ${kb(row.raw)}  ${kb(row.gzip)}`);
const sum = (kind) =>
  rows.filter((row) => kind.test(row.url)).reduce((total, row) => total + row.gzip, 0);
console.log(`${'JS total'.padEnd(width)}  ${''.padStart(12)}  ${kb(sum(/\.m?js$/))}`);
console.log(`${'CSS total'.padEnd(width)}  ${''.padStart(12)}  ${kb(sum(/\.css$/))}`);
console.log(
  `${'total'.padEnd(width)}  ${kb(rows.reduce((t, r) => t + r.raw, 0))}  ${kb(sum(/./))}`,
);

const jsKb = sum(/\.m?js$/) / 1024;
console.log(JSON.stringify({ initial_js_gzip_kb: Number(jsKb.toFixed(2)), budget_kb: budgetKb }));
if (budgetKb !== null && jsKb > budgetKb) {
  console.error(
    `size: the JavaScript loaded up front is ${jsKb.toFixed(2)} kB gzip, over its budget of ${budgetKb} kB. ` +
      'Load what the first page does not need lazily (a route, a dialog, a language), or raise the budget in apps/web/package.json with a reason.',
  );
  process.exit(1);
}

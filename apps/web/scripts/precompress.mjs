#!/usr/bin/env node
// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside every text file of
// dist/ that is worth it (1 kB or more, and at least 5 % smaller compressed), so the server
// sends the smallest encoding a browser accepts without compressing anything per request
// (apps/server/src/platform/web/serve-web-app.ts). Runs as the last step of `pnpm build`;
// given a folder (`node scripts/precompress.mjs <dir>`), it does that build's files instead.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const distDir = process.argv[2]
  ? path.resolve(process.argv[2])
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
// Source maps are left out: only developer tools fetch them, and they are most of the bytes.
const TEXT = /\.(m?js|css|html|svg|json|txt|xml|webmanifest)$/i;
const MIN_BYTES = 1024;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function* files(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (TEXT.test(entry.name)) yield full;
  }
}

let written = 0;
let plain = 0;
let smallest = 0;
for await (const file of files(distDir)) {
  if ((await stat(file)).size < MIN_BYTES) continue;
  const content = await readFile(file);
  const [br, gzipped] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gz(content, { level: 9 }),
  ]);
  for (const [suffix, bytes] of [
    ['.br', br],
    ['.gz', gzipped],
  ]) {
    if (bytes.length > content.length * 0.95) continue;
    await writeFile(file + suffix, bytes);
    written += 1;
  }
  plain += content.length;
  smallest += Math.min(content.length, br.length, gzipped.length);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;
console.log(
  `precompress: ${written} files written; ${kb(plain)} of text files → ${kb(smallest)} as brotli`,
);

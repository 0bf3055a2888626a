/**
 * `pnpm bench:comments`: the comment-thread list (bench-comments) and share-link redemption
 * (bench-share-redeem), each in its own process with its own database, their output passed
 * through, then one JSON line with both sets of figures (thread_list_statements,
 * thread_list_p95_ms, redeem_p95_ms, …).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function run(script: string): Record<string, unknown> {
  const result = spawnSync(process.execPath, ['--enable-source-maps', join(here, script)], {
    env: process.env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(result.stdout ?? '');
  if (result.status !== 0) throw new Error(`${script} exited with ${String(result.status)}`);
  const last = (result.stdout ?? '').trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as Record<string, unknown>;
}

const threads = run('bench-comments.js');
const links = run('bench-share-redeem.js');
console.log(JSON.stringify({ ...threads, ...links }));

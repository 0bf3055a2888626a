#!/usr/bin/env node
// `pnpm bench:web`: runs bench/web.bench-spec.ts (Chromium against the production server on
// a temporary embedded database; build the server and the web app first — the root script
// does) and prints its figures against the goals, ending with one JSON line.
// BENCH_WEB_RUNS sets the runs per median (default 3).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const result = path.join(webRoot, '..', '..', 'test-artifacts', 'bench', 'web.json');
rmSync(result, { force: true });

// The embedded database, as a new user runs it: no DATABASE_URL.
const env = { ...process.env };
delete env.DATABASE_URL;
delete env.CHORUS_E2E_BASE_URL;
const run = spawnSync(
  process.execPath,
  [
    path.join(webRoot, 'node_modules', 'jest', 'bin', 'jest.js'),
    '-c',
    path.join(webRoot, 'bench', 'jest.config.cjs'),
    '--runInBand',
  ],
  { cwd: webRoot, env, stdio: 'inherit' },
);

let report;
try {
  report = JSON.parse(readFileSync(result, 'utf8'));
} catch {
  console.error('bench:web: no figures were written (see the output above)');
  process.exit(run.status || 1);
}

const goals = {
  home_js_gzip_kb: ['≤', 250, 'kB gzip of JavaScript for the signed-in home'],
  wire_to_gzip_ratio: ['≤', 1, 'bytes on the wire ÷ the same files gzipped'],
  open_cold_ms: ['≤', 500, 'ms navigation → strategy content, cold cache'],
  open_warm_ms: ['≤', 300, 'ms navigation → strategy content, warm cache'],
  plan_open_ms: ['≤', 500, 'ms navigation → 300 × 52 plan with totals, cold cache'],
  plan_total_frame_p95_ms: ['≤', 16, 'ms Enter in a budget → the frame with new totals, p95'],
  keystroke_frame_p95_ms: ['≤', 16, 'ms key → next frame in a 1 MB strategy, p95'],
  collab_cold_open_p95_ms: [
    '≤',
    100,
    'ms socket open → synced, 1 MB, first opens after a restart, p95',
  ],
};
const [load1] = os.loadavg();
console.log(`\nbench:web (load ${load1.toFixed(2)} on ${os.cpus().length} CPUs)`);
for (const note of report.notes ?? []) console.log(`  · ${note}`);
for (const [key, [op, goal, what]] of Object.entries(goals)) {
  const value = report.figures?.[key];
  const met = typeof value === 'number' && value <= goal;
  console.log(
    `  ${met ? 'met ' : 'MISS'} ${key.padEnd(26)} ${String(value ?? '—').padStart(8)}  (goal ${op} ${goal}: ${what})`,
  );
}
console.log(JSON.stringify(report.figures ?? {}));
process.exit(run.status ?? 1);

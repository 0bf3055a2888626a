// `pnpm test`: the whole test suite — builds, then server (unit, integration, e2e over
// HTTP), shared packages, web components, and browser tests in Chromium.
// Integration tests use DATABASE_URL (a real PostgreSQL; each test file gets its own
// fresh database, dropped afterwards) and fall back to embedded PGlite without it.
import { runPnpmCounting, step } from './lib.mjs';

const stages = [
  ['Building server, packages and web app', ['-r', 'build']],
  ['Server tests (unit, integration, e2e)', ['--filter', '@chorus/server', 'test']],
  ['Package tests', ['--filter', './packages/*', '--if-present', 'test']],
  ['Web component tests', ['--filter', '@chorus/web', 'test']],
  ['Browser tests (Chromium)', ['--filter', '@chorus/web', 'e2e']],
];

const failed = [];
const totals = { passed: 0, failed: 0, skipped: 0 };
const retried = [];
const timings = [];
for (const [title, args] of stages) {
  step(title);
  const started = Date.now();
  const { code, counts } = await runPnpmCounting(args);
  const seconds = Math.round((Date.now() - started) / 1000);
  timings.push(`${title}: ${seconds} s`);
  process.stdout.write(`\n${title} took ${seconds} s (exit code ${code})\n`);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  retried.push(...counts.retried);
  if (code !== 0) {
    failed.push(title);
    if (title.startsWith('Building')) break;
  }
}

process.stdout.write(`\nStage durations:\n${timings.map((t) => `  ${t}`).join('\n')}\n`);
if (retried.length > 0) {
  // A retried test passed only the second time: say so, its first failure is printed above.
  process.stdout.write(
    `\nRetried tests (${retried.length}):\n${retried.map((t) => `  ${t}`).join('\n')}\n`,
  );
}
if (failed.length > 0) process.stdout.write(`\nFailed stages: ${failed.join('; ')}\n`);
// One summary line for the whole suite, in the plain form CI reads.
process.stdout.write(
  `\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped, ${retried.length} retried\n`,
);
process.exit(failed.length > 0 || totals.failed > 0 ? 1 : 0);

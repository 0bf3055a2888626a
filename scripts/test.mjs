// `npx -y pnpm@10.34.9 test`: the whole test suite — builds, then server (unit, integration,
// e2e over HTTP), shared packages, web components, browser tests in Chromium, and the root
// scripts' own tests (how `start` stops, how this summary counts).
// Integration tests use DATABASE_URL (a real PostgreSQL; each test file gets its own
// fresh database, dropped afterwards) and fall back to embedded PGlite without it.
import { runCounting, runPnpmCounting, step } from './lib.mjs';

const pnpm =
  (...args) =>
  () =>
    runPnpmCounting(args);
// Node's runner, files named one by one: given the folder it would also run test.mjs (this file).
const nodeTest =
  (...files) =>
  () =>
    runCounting(process.execPath, ['--test', '--test-reporter=tap', ...files]);

const all = [
  ['Building server, packages and web app', pnpm('-r', 'build')],
  // Sizes are deterministic: the JavaScript the first page loads stays within its budget.
  ['Web bundle budget (JavaScript loaded up front)', pnpm('--filter', '@chorus/web', 'size:check')],
  ['Server tests (unit, integration, e2e)', pnpm('--filter', '@chorus/server', 'test')],
  ['Package tests', pnpm('--filter', './packages/*', '--if-present', 'test')],
  ['Web component tests', pnpm('--filter', '@chorus/web', 'test')],
  ['Browser tests (Chromium)', pnpm('--filter', '@chorus/web', 'e2e')],
  [
    'Root script tests',
    nodeTest('scripts/lib.test.mjs', 'scripts/start.test.mjs', 'scripts/infra.test.mjs'),
  ],
];
// CHORUS_TEST_STAGES=packages,root runs the build, then only the stages whose title starts
// with one of those words (server, packages, web, browser, root).
const only = (process.env.CHORUS_TEST_STAGES ?? '')
  .split(',')
  .map((word) => word.trim().toLowerCase().replace(/s$/, ''))
  .filter(Boolean);
const stages =
  only.length === 0
    ? all
    : all.filter(
        ([title], index) =>
          index === 0 || only.some((word) => title.toLowerCase().startsWith(word)),
      );

const failed = [];
const totals = { passed: 0, failed: 0, skipped: 0 };
const retried = [];
const timings = [];
for (const [title, runStage] of stages) {
  step(title);
  const started = Date.now();
  const { code, counts } = await runStage();
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

// `pnpm test`: the whole test suite — builds, then server (unit, integration, e2e over
// HTTP), shared packages, web components, and browser tests in Chromium.
// Integration tests use DATABASE_URL (a real PostgreSQL; each test file gets its own
// fresh database, dropped afterwards) and fall back to embedded PGlite without it.
import { runPnpm, step } from './lib.mjs';

const stages = [
  ['Building server, packages and web app', ['-r', 'build']],
  ['Server tests (unit, integration, e2e)', ['--filter', '@chorus/server', 'test']],
  ['Package tests', ['--filter', './packages/*', '--if-present', 'test']],
  ['Web component tests', ['--filter', '@chorus/web', 'test']],
  ['Browser tests (Chromium)', ['--filter', '@chorus/web', 'e2e']],
];

const failed = [];
for (const [title, args] of stages) {
  step(title);
  const code = await runPnpm(args);
  if (code !== 0) {
    failed.push(title);
    if (title.startsWith('Building')) break;
  }
}

if (failed.length > 0) {
  process.stdout.write(`\nFailed: ${failed.join('; ')}\n`);
  process.exit(1);
}
process.stdout.write('\nAll test stages passed.\n');

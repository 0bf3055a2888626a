// `npx -y pnpm@10.34.9 check`: exactly what CI runs — formatting, lint, types, generated files
// up to date (schema.gql, web types, migrations), then the whole test suite (scripts/test.mjs).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, run, runPnpm, runPnpmCounting, step } from './lib.mjs';

const failed = [];
const timings = [];
async function gate(title, action) {
  step(title);
  const started = Date.now();
  const code = await action();
  const seconds = Math.round((Date.now() - started) / 1000);
  timings.push(`${title}: ${seconds} s${code === 0 ? '' : ' (failed)'}`);
  process.stdout.write(`\n${title} took ${seconds} s (exit code ${code})\n`);
  if (code !== 0) failed.push(title);
}

await gate('Prettier', () => runPnpm(['exec', 'prettier', '--check', '.']));
await gate('Build server (for the generators below)', () =>
  runPnpm(['--filter', '@chorus/server...', 'build']),
);
await gate('Lint (zero warnings)', () => runPnpm(['-r', 'lint']));
await gate('Typecheck', () => runPnpm(['-r', 'typecheck']));
await gate('Dependency rules (layers, no circles)', async () => {
  const code = await runPnpm(['depcruise']);
  // …and the rules still catch planted violations (scripts/depcruise-fixture).
  return code !== 0 ? code : run(process.execPath, ['scripts/depcruise-selftest.mjs']);
});
await gate('schema.gql is up to date', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-schema-'));
  try {
    const emitted = join(dir, 'schema.gql');
    const code = await run(process.execPath, ['apps/server/dist/scripts/emit-schema.js', emitted], {
      env: { ...process.env, DATABASE_URL: '' },
    });
    if (code !== 0) return code;
    const committed = readFileSync(join(root, 'apps/server/schema.gql'), 'utf8');
    if (readFileSync(emitted, 'utf8') !== committed) {
      process.stdout.write(
        'apps/server/schema.gql is stale: run `npx -y pnpm@10.34.9 --filter @chorus/server schema:emit` and commit it.\n',
      );
      return 1;
    }
    process.stdout.write('schema.gql: up to date\n');
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
await gate('Web types generated from schema.gql are up to date', () =>
  runPnpm(['--filter', '@chorus/web', 'codegen:check']),
);
await gate('Migrations: nothing left to generate', () =>
  runPnpm(['--filter', '@chorus/server', 'migration:check']),
);
let summary = 'Tests: the test suite printed no summary';
await gate('Test suite (scripts/test.mjs)', async () => {
  const { code, counts } = await runPnpmCounting(['test']);
  if (counts.summary?.endsWith('retried')) summary = counts.summary;
  return code;
});

process.stdout.write(`\nCheck durations:\n${timings.map((t) => `  ${t}`).join('\n')}\n`);
process.stdout.write(
  failed.length > 0 ? `\nCheck failed: ${failed.join('; ')}\n` : '\nCheck passed.\n',
);
// The suite's one summary line comes last, where CI and people look.
process.stdout.write(`${summary}\n`);
process.exit(failed.length > 0 ? 1 : 0);

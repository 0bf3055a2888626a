#!/usr/bin/env node
// Fails when src/gql/ is not what `pnpm codegen` would generate now (a stale schema or a
// changed graphql(`…`) document). Regenerates into a temporary folder and compares.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate, generatedDir } from './codegen.mjs';

async function listFiles(dir) {
  try {
    return (await readdir(dir)).sort();
  } catch {
    return [];
  }
}

const tempDir = await mkdtemp(path.join(tmpdir(), 'chorus-codegen-'));
try {
  await generate(tempDir);
  const expected = await listFiles(tempDir);
  const actual = await listFiles(generatedDir);
  const problems = [];
  for (const name of expected) {
    if (!actual.includes(name)) {
      problems.push(`missing: src/gql/${name}`);
    } else if (
      (await readFile(path.join(tempDir, name), 'utf8')) !==
      (await readFile(path.join(generatedDir, name), 'utf8'))
    ) {
      problems.push(`out of date: src/gql/${name}`);
    }
  }
  for (const name of actual) {
    if (!expected.includes(name)) problems.push(`not generated any more: src/gql/${name}`);
  }
  if (problems.length > 0) {
    console.error(
      `codegen:check: src/gql is stale. Run \`npx -y pnpm@10.34.9 --filter @chorus/web codegen\`.`,
    );
    for (const problem of problems) console.error(`  ${problem}`);
    process.exitCode = 1;
  } else {
    console.log(`codegen:check: src/gql is up to date (${expected.length} files).`);
  }
} finally {
  await rm(tempDir, { recursive: true, force: true });
}

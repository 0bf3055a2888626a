// `node --test scripts/lib.test.mjs`: the root scripts' own tests (no dependencies).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addCounts, isLauncher, newCounts } from './lib.mjs';

test('counts Jest summaries with and without the pnpm package prefix', () => {
  const counts = newCounts();
  addCounts(counts, 'Tests:       3 failed, 1 skipped, 40 passed, 44 total');
  addCounts(counts, 'packages/strategy-model test: Tests:       12 passed, 12 total');
  addCounts(counts, 'apps/web e2e: \u001b[1mTests:\u001b[22m       2 passed, 2 total');
  assert.equal(counts.passed, 54);
  assert.equal(counts.failed, 3);
  assert.equal(counts.skipped, 1);
});

test('reports a retried test by name', () => {
  const counts = newCounts();
  addCounts(counts, 'apps/web e2e:   ● media plan › keeps totals live');
  addCounts(counts, 'apps/web e2e:     RETRY 1');
  addCounts(counts, 'Tests:       1 passed, 1 total');
  assert.deepEqual(counts.retried, ['media plan › keeps totals live']);
});

test('tells the launchers of `pnpm start` from the shell a person typed it in', () => {
  assert.ok(isLauncher('npm exec pnpm@10.34.9 start'));
  assert.ok(isLauncher("sh -c 'pnpm' start"));
  assert.ok(isLauncher('node /root/.npm/_npx/c80dab/node_modules/.bin/pnpm start'));
  assert.ok(isLauncher('/bin/sh -c exec node scripts/start.mjs'));
  assert.ok(!isLauncher('-bash'));
  assert.ok(!isLauncher('bash ./deploy.sh'));
  assert.ok(!isLauncher('/usr/lib/systemd/systemd --user'));
});

test("counts the closing lines of Node's test runner (TAP)", () => {
  const counts = newCounts();
  for (const line of ['# tests 5', '# pass 4', '# fail 1', '# skipped 2', '# todo 0']) {
    addCounts(counts, line);
  }
  assert.deepEqual([counts.passed, counts.failed, counts.skipped], [4, 1, 2]);
});

test('keeps the last summary line, which check prints again at the very end', () => {
  const counts = newCounts();
  addCounts(counts, 'apps/web test: Tests:       4 passed, 4 total');
  addCounts(counts, 'Tests: 379 passed, 0 failed, 0 skipped, 1 retried');
  assert.equal(counts.summary, 'Tests: 379 passed, 0 failed, 0 skipped, 1 retried');
  assert.equal(counts.passed, 383);
});

// Shows the dependency rules catching planted violations: runs dependency-cruiser with the
// repository's config on scripts/depcruise-fixture (a tiny tree shaped like the real one)
// and fails unless every planted arrow is reported.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './lib.mjs';

const fixture = join(root, 'scripts/depcruise-fixture');
const result = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
    '--config',
    join(root, '.dependency-cruiser.cjs'),
    'apps',
  ],
  { cwd: fixture, encoding: 'utf8' },
);
const output = `${result.stdout}${result.stderr}`;
const expected = [
  'platform-not-to-modules',
  'server-module-through-index',
  'web-ui-not-to-features',
  'no-circular',
];
const missed = expected.filter((rule) => !output.includes(rule));
if (result.status === 0 || missed.length > 0) {
  process.stdout.write(output);
  process.stdout.write(
    `\nThe dependency rules missed planted violations: ${missed.join(', ') || '(exit 0)'}\n`,
  );
  process.exit(1);
}
process.stdout.write(`Dependency rules catch every planted violation (${expected.join(', ')}).\n`);

// `pnpm start`: builds what is stale, then serves Chorus (web app + GraphQL) on one port.
// The server applies pending migrations at boot; without DATABASE_URL it uses the
// embedded PostgreSQL (PGlite) in CHORUS_DATA_DIR (default ./.chorus).
import { join } from 'node:path';
import { isStale, root, run, runPnpm, step } from './lib.mjs';

const builds = [
  {
    name: '@chorus/server',
    output: 'apps/server/dist/main.js',
    inputs: [
      'apps/server/src',
      'apps/server/package.json',
      'apps/server/tsconfig.json',
      'packages',
    ],
  },
  {
    name: '@chorus/web',
    output: 'apps/web/dist/index.html',
    inputs: [
      'apps/web/src',
      'apps/web/index.html',
      'apps/web/package.json',
      'apps/web/vite.config.ts',
      'apps/server/schema.gql',
      'packages',
    ],
  },
];

for (const build of builds) {
  if (!isStale(join(root, build.output), build.inputs)) continue;
  step(`Building ${build.name}`);
  const code = await runPnpm(['--filter', `${build.name}...`, 'build']);
  if (code !== 0) process.exit(code);
}

step('Starting Chorus');
const code = await run(process.execPath, ['--enable-source-maps', 'apps/server/dist/main.js'], {
  env: { NODE_ENV: 'production', ...process.env },
});
process.exit(code);

// `pnpm start`: builds what is stale, then serves Chorus (web app + GraphQL) on one port.
// The server applies pending migrations at boot; without DATABASE_URL it uses the
// embedded PostgreSQL (PGlite) in CHORUS_DATA_DIR (default ./.chorus).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { isStale, root, runPnpm, step } from './lib.mjs';

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

// production unless the environment or .env (which the server reads too) says otherwise.
const dotEnv = join(root, '.env');
const fromFile = existsSync(dotEnv) ? parseEnv(readFileSync(dotEnv, 'utf8')).NODE_ENV : undefined;
const nodeEnv = process.env.NODE_ENV ?? fromFile ?? 'production';

step('Starting Chorus');
const server = spawn(process.execPath, ['--enable-source-maps', 'apps/server/dist/main.js'], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, NODE_ENV: nodeEnv },
});
// A stop signal goes to the server, which shuts down cleanly; this script then exits with
// the server's code (0), so pnpm does not report "ELIFECYCLE Command failed".
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

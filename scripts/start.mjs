// `npx -y pnpm@10.34.9 start`: builds what is stale, then serves Chorus (web app + GraphQL)
// on one port. The server applies pending migrations at boot; without DATABASE_URL it uses
// the embedded PostgreSQL (PGlite) in CHORUS_DATA_DIR (default ./.chorus).
// Stopping: Ctrl-C, SIGTERM/SIGINT/SIGHUP to this script or to its process group, or SIGTERM
// to npx alone — each stops the server cleanly and exits 0 (package.json `exec`s this script,
// so pnpm sees it exit and prints no "ELIFECYCLE Command failed").
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { isStale, root, runPnpm, step, watchLaunchers } from './lib.mjs';

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

// A stop asked for while building ends the script after the current build; once the
// server runs, it goes to the server, which shuts down cleanly, and this script exits with
// the server's code (0), so pnpm does not report "ELIFECYCLE Command failed".
let server;
let stopRequested = false;
function stop(signal) {
  stopRequested = true;
  // The server handles SIGTERM and SIGINT; a hang-up (terminal closed) becomes SIGTERM. A
  // signal sent to the whole process group reaches the server twice: its shutdown is idempotent.
  server?.kill(signal === 'SIGINT' ? 'SIGINT' : 'SIGTERM');
}
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, stop);
watchLaunchers(() => {
  process.stdout.write('The command that started Chorus has ended: stopping Chorus.\n');
  stop('SIGTERM');
});

for (const build of builds) {
  if (!isStale(join(root, build.output), build.inputs)) continue;
  step(`Building ${build.name}`);
  const code = await runPnpm(['--filter', `${build.name}...`, 'build']);
  if (code !== 0) process.exit(code);
  if (stopRequested) process.exit(0);
}

// production unless the environment or .env (which the server reads too) says otherwise.
const dotEnv = join(root, '.env');
const fromFile = existsSync(dotEnv) ? parseEnv(readFileSync(dotEnv, 'utf8')).NODE_ENV : undefined;
const nodeEnv = process.env.NODE_ENV ?? fromFile ?? 'production';

step('Starting Chorus');
server = spawn(process.execPath, ['--enable-source-maps', 'apps/server/dist/main.js'], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, NODE_ENV: nodeEnv },
});
server.on('exit', (code, signal) =>
  process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 0)),
);

// What scripts/backup.mjs and scripts/restore.mjs share: the options they read, the files of a
// backup folder, and running the PostgreSQL client tools. Node only, no dependencies: the tools
// are pg_dump, pg_restore and psql (PostgreSQL's client package) and tar.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** The files a backup folder holds. */
export const FILES = {
  database: 'database.dump',
  media: 'media.tar',
  manifest: 'manifest.json',
};

/** A bad invocation or a refused restore: printed as one line, exit code 2, nothing changed. */
export class UsageError extends Error {}

/**
 * `--name value` options over the environment the server itself reads (DATABASE_URL,
 * MEDIA_STORE, MEDIA_DIR, CHORUS_DATA_DIR), so the scripts run with the server's own settings.
 */
export function readOptions(argv, env, folderFlag) {
  const flags = {};
  for (let i = 0; i < argv.length; i += 1) {
    const match = /^--([\w-]+)$/.exec(argv[i]);
    if (!match || i + 1 >= argv.length) throw new UsageError(`unexpected argument: ${argv[i]}`);
    flags[match[1]] = argv[(i += 1)];
  }
  for (const name of Object.keys(flags)) {
    if (![folderFlag, 'database-url', 'media-dir'].includes(name)) {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  const folder = flags[folderFlag];
  if (!folder) throw new UsageError(`--${folderFlag} <folder> is required`);
  const databaseUrl = flags['database-url'] ?? env.DATABASE_URL;
  if (!databaseUrl) {
    throw new UsageError(
      'DATABASE_URL (or --database-url) must name the PostgreSQL database; the embedded one ' +
        '(no DATABASE_URL) is backed up by stopping the server and copying CHORUS_DATA_DIR',
    );
  }
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new UsageError('DATABASE_URL must be a postgres:// URL');
  }
  const s3 = (env.MEDIA_STORE ?? 'disk') === 's3';
  const mediaDir = s3 ? null : resolveMediaDir(flags['media-dir'], env);
  return { folder: resolve(folder), databaseUrl, mediaDir };
}

/** MEDIA_DIR as the server resolves it: media/ inside CHORUS_DATA_DIR unless set. */
function resolveMediaDir(flag, env) {
  const dir = flag ?? env.MEDIA_DIR;
  if (dir) return isAbsolute(dir) ? dir : resolve(dir);
  const dataDir = env.CHORUS_DATA_DIR ?? './.chorus';
  if (dataDir.startsWith('memory://')) {
    throw new UsageError('CHORUS_DATA_DIR is memory://: set MEDIA_DIR to the media folder');
  }
  return join(resolve(dataDir), 'media');
}

/** Runs a tool; rejects with its stderr when it fails. Resolves with its stdout. */
export function tool(command, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', (error) => reject(new Error(`${command}: ${error.message}`)));
    child.on('exit', (code) =>
      code === 0
        ? resolvePromise(out)
        : reject(new Error(`${command} ${args[0] ?? ''} failed (${code}): ${err.trim()}`)),
    );
  });
}

export async function sha256(path) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest('hex');
}

/** Runs `main`, printing a UsageError as one line (exit 2) and anything else as a failure (1). */
export function runMain(main) {
  main().then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(`${error instanceof UsageError ? '' : 'failed: '}${error.message}\n`);
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}

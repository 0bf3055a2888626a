// `node scripts/restore.mjs --from <folder>`: puts a backup made by scripts/backup.mjs back —
// into an EMPTY PostgreSQL database (create it first: `createdb …`) and an empty or missing
// MEDIA_DIR, with the server stopped. Checks every file against manifest.json first; refuses
// (exit code 2, nothing changed) a database that has tables or a media folder that has files.
// The database is restored in one transaction: it fails whole or not at all.
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FILES, UsageError, readOptions, runMain, sha256, tool } from './backup-lib.mjs';

const USER_TABLES = `SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg_toast%'`;

runMain(async () => {
  const { folder, databaseUrl, mediaDir } = readOptions(process.argv.slice(2), process.env, 'from');
  const manifestPath = join(folder, FILES.manifest);
  if (!existsSync(manifestPath)) throw new UsageError(`${manifestPath} is missing`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (manifest.format !== 'chorus-backup/1') {
    throw new UsageError(`${manifestPath}: unknown format ${String(manifest.format)}`);
  }
  for (const [name, file] of Object.entries(manifest.files ?? {})) {
    const path = join(folder, name);
    if (!existsSync(path) || (await sha256(path)) !== file.sha256) {
      throw new UsageError(`${path} is missing or does not match manifest.json`);
    }
  }
  if (!manifest.files?.[FILES.database]) throw new UsageError('the backup has no database');
  const tables = Number(
    (await tool('psql', ['-X', '-A', '-t', '-d', databaseUrl, '-c', USER_TABLES])).trim(),
  );
  if (tables > 0) {
    throw new UsageError(
      `the database already has ${tables} tables: restore into a new, empty database`,
    );
  }
  const withMedia = Boolean(manifest.files[FILES.media]) && mediaDir;
  if (withMedia && existsSync(mediaDir) && readdirSync(mediaDir).length > 0) {
    throw new UsageError(`${mediaDir} is not empty: restore media into an empty folder`);
  }
  const started = Date.now();
  await tool('pg_restore', [
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    '--single-transaction',
    `--dbname=${databaseUrl}`,
    join(folder, FILES.database),
  ]);
  if (withMedia) {
    mkdirSync(mediaDir, { recursive: true });
    await tool('tar', ['--extract', `--file=${join(folder, FILES.media)}`, '-C', mediaDir]);
  } else if (manifest.media === 's3') {
    process.stdout.write('Media live in the S3 bucket: restore it with the store’s own tools.\n');
  }
  process.stdout.write(
    `Restored ${folder} (taken ${manifest.createdAt}) in ${Date.now() - started} ms` +
      `${withMedia ? `; media into ${mediaDir}` : ''}\n`,
  );
});

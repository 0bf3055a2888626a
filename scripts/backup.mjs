// `node scripts/backup.mjs --to <folder>`: a backup of a running Chorus into an empty folder —
// the PostgreSQL database (pg_dump's custom format: one consistent snapshot, taken while the
// server runs) then the post media folder (a tar of MEDIA_DIR), and manifest.json with each
// file's size and SHA-256. Reads DATABASE_URL, MEDIA_STORE, MEDIA_DIR and CHORUS_DATA_DIR like
// the server (or --database-url, --media-dir). With MEDIA_STORE=s3 the bucket is the store's
// to back up (versioning or replication); the manifest says so. README "Backup and restore".
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILES, UsageError, readOptions, runMain, sha256, tool } from './backup-lib.mjs';

runMain(async () => {
  const { folder, databaseUrl, mediaDir } = readOptions(process.argv.slice(2), process.env, 'to');
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    throw new UsageError(`${folder} is not empty: back up into a new folder`);
  }
  mkdirSync(folder, { recursive: true });
  const started = Date.now();
  const serverVersion = (
    await tool('psql', ['-X', '-A', '-t', '-d', databaseUrl, '-c', 'SHOW server_version'])
  ).trim();
  // Custom format: compressed, restorable table by table, read by pg_restore. Owners and grants
  // are left out so the dump restores under whichever role the new server uses.
  await tool('pg_dump', [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    `--file=${join(folder, FILES.database)}`,
    `--dbname=${databaseUrl}`,
  ]);
  // After the database: a file uploaded meanwhile is at worst an extra file nothing points to.
  let media = 's3';
  if (mediaDir) {
    media = existsSync(mediaDir) ? 'disk' : 'disk (no folder yet)';
    const args = existsSync(mediaDir) ? ['-C', mediaDir, '.'] : ['-T', '/dev/null'];
    await tool('tar', ['--create', `--file=${join(folder, FILES.media)}`, ...args]);
  }
  const files = {};
  for (const name of [FILES.database, FILES.media]) {
    const path = join(folder, name);
    if (existsSync(path)) files[name] = { bytes: statSync(path).size, sha256: await sha256(path) };
  }
  const pgDump = (await tool('pg_dump', ['--version'])).trim();
  const manifest = {
    format: 'chorus-backup/1',
    createdAt: new Date().toISOString(),
    postgres: serverVersion,
    pgDump,
    media,
    files,
  };
  writeFileSync(join(folder, FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  const sizes = Object.entries(files)
    .map(([name, file]) => `${name} ${file.bytes} bytes`)
    .join(', ');
  process.stdout.write(
    `Backed up to ${folder} in ${Date.now() - started} ms: ${sizes}; media: ${media}\n`,
  );
});

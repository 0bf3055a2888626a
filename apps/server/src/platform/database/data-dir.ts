import { accessSync, constants, mkdirSync, realpathSync, statfsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InvalidEnvironmentError } from '../config/environment.js';
import type { AppConfig } from '../config/app-config.js';

/**
 * File systems the kernel makes up (statfs f_type magic numbers): nothing can be stored
 * there, and on Node 20 `mkdirSync('/proc/x', { recursive: true })` never returns.
 */
const PSEUDO_FILE_SYSTEMS = new Map<number, string>([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0x64626720, 'debugfs'],
  [0xcafe4a11, 'bpf'],
  [0x73636673, 'securityfs'],
  [0x1cd1, 'devpts'],
  [0x74726163, 'tracefs'],
]);
/** Folders that are device or kernel trees whatever file system backs them (/dev is a tmpfs). */
const KERNEL_TREES = /^\/(proc|sys|dev)(\/|$)/;

/**
 * Checks that CHORUS_DATA_DIR can hold the embedded database without touching the path
 * with a recursive mkdir first: walks up to the first folder that exists and checks it is a
 * writable directory on an ordinary file system. Throws an {@link InvalidEnvironmentError}
 * naming the variable; returns the problem-free path otherwise.
 */
export function checkDataDir(dataDir: string): void {
  const problem = (why: string): InvalidEnvironmentError =>
    new InvalidEnvironmentError([`CHORUS_DATA_DIR=${dataDir} cannot hold the database: ${why}`]);
  const target = resolve(dataDir);
  let existing = target;
  for (;;) {
    try {
      statSync(existing);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') throw problem(`${dirname(existing)} is not a folder`);
      if (code !== 'ENOENT') throw problem(`${existing} cannot be read (${code})`);
      const parent = dirname(existing);
      if (parent === existing) throw problem('no part of the path exists');
      existing = parent;
    }
  }
  const real = realpathSync(existing);
  if (!statSync(real).isDirectory()) throw problem(`${existing} is a file, not a folder`);
  if (KERNEL_TREES.test(real)) throw problem(`${real} is a kernel or device folder`);
  const fileSystem = PSEUDO_FILE_SYSTEMS.get(Number(statfsSync(real).type));
  if (fileSystem) throw problem(`${real} is on the ${fileSystem} pseudo file system`);
  try {
    accessSync(real, constants.W_OK | constants.X_OK);
  } catch {
    throw problem(`${real} is not writable by this user`);
  }
}

/**
 * Checks and creates the embedded database's folder; a no-op for PostgreSQL and
 * in-memory PGlite.
 */
export function ensureDataDir(config: Pick<AppConfig, 'database'>): void {
  if (config.database.kind !== 'pglite' || config.database.dataDir.startsWith('memory://')) return;
  checkDataDir(config.database.dataDir);
  try {
    mkdirSync(config.database.dataDir, { recursive: true });
  } catch (error) {
    throw new InvalidEnvironmentError([
      `CHORUS_DATA_DIR=${config.database.dataDir} cannot be created: ${(error as Error).message}`,
    ]);
  }
}

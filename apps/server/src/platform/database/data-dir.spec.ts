import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidEnvironmentError } from '../config/environment.js';
import { checkDataDir, ensureDataDir } from './data-dir.js';

describe('checkDataDir', () => {
  let scratch: string;
  beforeAll(() => (scratch = mkdtempSync(join(tmpdir(), 'chorus-data-dir-'))));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.each(['/proc/x', '/proc/self/x/y', '/sys/x', '/dev/null/x', '/dev/chorus'])(
    'refuses %s quickly with a message naming CHORUS_DATA_DIR',
    (path) => {
      const started = Date.now();
      expect(() => checkDataDir(path)).toThrow(InvalidEnvironmentError);
      expect(() => checkDataDir(path)).toThrow(/^Invalid environment:\n {2}- CHORUS_DATA_DIR=/);
      expect(Date.now() - started).toBeLessThan(20_000); // a hang never ends; a loaded machine is slow
    },
  );

  it('refuses a path below a file', () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'x');
    expect(() => checkDataDir(join(file, 'db'))).toThrow(/is a file|not a folder/);
  });

  it('accepts a new folder below a writable one and creates it', () => {
    const dataDir = join(scratch, 'new', 'db');
    expect(() => checkDataDir(dataDir)).not.toThrow();
    ensureDataDir({ database: { kind: 'pglite', dataDir } });
    expect(() => checkDataDir(dataDir)).not.toThrow();
  });

  it('refuses a folder this user cannot write to', () => {
    if (process.getuid?.() === 0) return; // root writes everywhere
    const locked = join(scratch, 'locked');
    ensureDataDir({ database: { kind: 'pglite', dataDir: locked } });
    chmodSync(locked, 0o500);
    expect(() => checkDataDir(join(locked, 'db'))).toThrow(/not writable/);
  });
});

import { loadConfig } from './app-config.js';
import { InvalidEnvironmentError, validateEnvironment } from './environment.js';

describe('validateEnvironment', () => {
  it('applies the documented defaults when nothing is set', () => {
    const env = validateEnvironment({});
    expect(env.PORT).toBe(3000);
    expect(env.NODE_ENV).toBe('development');
    expect(env.CHORUS_DATA_DIR).toBe('./.chorus');
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('reports every invalid variable at once, naming each and its expected form', () => {
    let caught: unknown;
    try {
      validateEnvironment({
        PORT: 'eighty',
        NODE_ENV: 'staging',
        DATABASE_URL: 'mysql://nope',
        LOG_LEVEL: 'loud',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidEnvironmentError);
    const problems = (caught as InvalidEnvironmentError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        'PORT must be an integer between 0 and 65535',
        'NODE_ENV must be one of: development, production, test',
        'DATABASE_URL must be a PostgreSQL URL such as postgres://user:pass@host:5432/db',
        'LOG_LEVEL must be one of: fatal, error, warn, info, debug, trace, silent',
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it('rejects a port out of range', () => {
    expect(() => validateEnvironment({ PORT: '70000' })).toThrow(/PORT must be an integer/);
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(validateEnvironment({ DATABASE_URL: '  ' }).DATABASE_URL).toBeUndefined();
  });
});

describe('loadConfig', () => {
  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/chorus' });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@127.0.0.1:5432/chorus',
    });
  });

  it('falls back to embedded PGlite in an absolute data folder', () => {
    const config = loadConfig({ CHORUS_DATA_DIR: 'data/here' });
    expect(config.database.kind).toBe('pglite');
    expect(config.database.kind === 'pglite' && config.database.dataDir).toBe(
      `${process.cwd()}/data/here`,
    );
  });

  it('keeps an in-memory PGlite location as it is', () => {
    const config = loadConfig({ CHORUS_DATA_DIR: 'memory://' });
    expect(config.database).toEqual({ kind: 'pglite', dataDir: 'memory://' });
  });

  it('marks production so introspection and schema hints can be turned off', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).isProduction).toBe(true);
    expect(loadConfig({}).isProduction).toBe(false);
  });
});

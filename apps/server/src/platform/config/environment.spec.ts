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

  it('keeps a closed document in memory 2 s by default, as long as told within 0–600000 ms', () => {
    expect(validateEnvironment({}).COLLAB_UNLOAD_GRACE_MS).toBe(2000);
    expect(validateEnvironment({ COLLAB_UNLOAD_GRACE_MS: '500' }).COLLAB_UNLOAD_GRACE_MS).toBe(500);
    for (const bad of ['-1', '600001', 'soon']) {
      expect(() => validateEnvironment({ COLLAB_UNLOAD_GRACE_MS: bad })).toThrow(
        /COLLAB_UNLOAD_GRACE_MS must be an integer between 0 and 600000/,
      );
    }
  });

  it('coalesces a document’s updates to other instances over 5 ms by default, 0–1000 ms if told', () => {
    expect(validateEnvironment({}).COLLAB_FANOUT_COALESCE_MS).toBe(5);
    expect(validateEnvironment({ COLLAB_FANOUT_COALESCE_MS: '0' }).COLLAB_FANOUT_COALESCE_MS).toBe(
      0,
    );
    expect(validateEnvironment({ COLLAB_FANOUT_COALESCE_MS: '20' }).COLLAB_FANOUT_COALESCE_MS).toBe(
      20,
    );
    for (const bad of ['-1', '1001', '2.5', 'fast']) {
      expect(() => validateEnvironment({ COLLAB_FANOUT_COALESCE_MS: bad })).toThrow(
        /COLLAB_FANOUT_COALESCE_MS must be an integer between 0 and 1000/,
      );
    }
  });

  it('believes forwarded headers from loopback only, unless told which proxies to trust', () => {
    expect(validateEnvironment({}).TRUSTED_PROXIES).toBe('loopback');
    expect(
      loadConfig({ TRUSTED_PROXIES: 'loopback, 172.16.0.0/12,fd00::/8' }).http.trustedProxies,
    ).toEqual(['loopback', '172.16.0.0/12', 'fd00::/8']);
    for (const bad of ['everyone', '10.0.0.0/8;rm', 'true', '']) {
      expect(() => validateEnvironment({ TRUSTED_PROXIES: bad })).toThrow(
        /TRUSTED_PROXIES must be loopback, linklocal, uniquelocal or IP addresses/,
      );
    }
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(validateEnvironment({ DATABASE_URL: '  ' }).DATABASE_URL).toBeUndefined();
  });

  it('thins automatic versions hourly by default, and takes "off" or five cron fields', () => {
    const env = validateEnvironment({});
    expect([env.VERSION_KEEP_ALL_HOURS, env.VERSION_KEEP_HOURLY_DAYS]).toEqual([24, 30]);
    expect(env.VERSION_RETENTION_CRON).toBe('23 * * * *');
    expect(validateEnvironment({ VERSION_RETENTION_CRON: 'off' }).VERSION_RETENTION_CRON).toBe(
      'off',
    );
    expect(() => validateEnvironment({ VERSION_RETENTION_CRON: 'hourly' })).toThrow(
      /VERSION_RETENTION_CRON must be "off" or a cron expression/,
    );
    expect(() => validateEnvironment({ VERSION_KEEP_ALL_HOURS: '-1' })).toThrow(
      /VERSION_KEEP_ALL_HOURS must be an integer between 0 and 8760/,
    );
    expect(() => validateEnvironment({ VERSION_KEEP_HOURLY_DAYS: '3651' })).toThrow(
      /VERSION_KEEP_HOURLY_DAYS must be an integer between 0 and 3650/,
    );
  });
});

describe('the demo accounts and the listen address', () => {
  it('listens on this machine only by default', () => {
    expect(validateEnvironment({}).HOST).toBe('127.0.0.1');
  });

  it('refuses to publish the demo accounts on every interface unless told to', () => {
    expect(() => validateEnvironment({ HOST: '0.0.0.0' })).toThrow(
      /HOST=0\.0\.0\.0 would publish the demo accounts.*CHORUS_SEED_DEMO=false/,
    );
    expect(validateEnvironment({ HOST: '0.0.0.0', CHORUS_SEED_DEMO: 'false' }).HOST).toBe(
      '0.0.0.0',
    );
    expect(validateEnvironment({ HOST: '0.0.0.0', CHORUS_ALLOW_PUBLIC_DEMO: 'true' }).HOST).toBe(
      '0.0.0.0',
    );
    expect(validateEnvironment({ HOST: '127.0.0.5' }).HOST).toBe('127.0.0.5');
  });
});

describe('loadConfig', () => {
  it('reads the metrics token and the database connect timeout', () => {
    const config = loadConfig({
      METRICS_TOKEN: 'a'.repeat(32),
      DATABASE_URL: 'postgres://h:5432/d',
      DATABASE_CONNECT_TIMEOUT_MS: '2500',
    });
    expect(config.metricsToken).toBe('a'.repeat(32));
    expect(config.database.kind === 'postgres' && config.database.connectTimeoutMs).toBe(2500);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/chorus' });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@127.0.0.1:5432/chorus',
      connectTimeoutMs: 10000,
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

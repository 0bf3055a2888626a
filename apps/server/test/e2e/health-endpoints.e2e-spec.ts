import { Agent, get as httpGet } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp, TEST_METRICS_TOKEN } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('health, readiness and metrics endpoints', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('keeps an idle keep-alive connection open past Node’s 5 s default, so a client reusing it is not reset', async () => {
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const sent = httpGet({ host: '127.0.0.1', port, path: '/healthz', agent }, (response) => {
          response.resume();
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, reused: sent.reusedSocket }),
          );
        });
        sent.on('error', reject);
      });
    try {
      expect(await get()).toEqual({ status: 200, reused: false });
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      expect(await get()).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  }, 30_000);

  it('answers /healthz with 200 while the process is alive', async () => {
    const response = await request(app.getHttpServer()).get('/healthz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 when the database answers and migrations are applied', async () => {
    const response = await request(app.getHttpServer()).get('/readyz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: true, migrations: true });
  });

  it('exposes Prometheus metrics including HTTP request timings', async () => {
    await request(app.getHttpServer()).get('/healthz');
    const response = await request(app.getHttpServer())
      .get('/metrics')
      .set('authorization', `Bearer ${TEST_METRICS_TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toMatch(
      /chorus_http_request_duration_seconds_count\{[^}]*route="healthz"[^}]*\} \d+/,
    );
    expect(response.text).toContain('chorus_process_cpu_seconds_total');
  });

  it('refuses /metrics without the bearer token, or with a wrong one', async () => {
    const anonymous = await request(app.getHttpServer()).get('/metrics');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(anonymous.text).not.toContain('chorus_');
    const wrong = await request(app.getHttpServer())
      .get('/metrics')
      .set('authorization', `Bearer ${TEST_METRICS_TOKEN.slice(0, -1)}x`);
    expect(wrong.status).toBe(401);
  });

  it('has no /metrics at all when METRICS_TOKEN is unset', async () => {
    const bare = await createTestApp({
      database: database.config,
      env: { METRICS_TOKEN: '', CHORUS_SEED_DEMO: 'false' },
    });
    try {
      const response = await request(bare.getHttpServer()).get('/metrics');
      expect(response.status).toBe(404);
    } finally {
      await bare.close();
    }
  }, 120_000);

  it('tells an anonymous visitor whether the server works, and nothing about its version or uptime', async () => {
    const response = await request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ health { status version } }' });
    expect(response.body.errors?.[0]?.message).toMatch(/version/);
    const ok = await request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ health { status } }' });
    expect(ok.body).toEqual({ data: { health: { status: 'ok' } } });
  });

  it('answers /readyz with 503 when a migration is pending', async () => {
    const dataSource = app.get(DataSource);
    await dataSource.undoLastMigration({ transaction: 'each' });
    try {
      const response = await request(app.getHttpServer()).get('/readyz');
      expect(response.status).toBe(503);
      expect(response.body).toEqual({ status: 'unavailable', database: true, migrations: false });
    } finally {
      await dataSource.runMigrations({ transaction: 'each' });
    }
  });
});

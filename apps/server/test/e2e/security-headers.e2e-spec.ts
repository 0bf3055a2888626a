import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

function directives(header: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values.join(' '));
  }
  return map;
}

describe('security headers', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let webDist: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    webDist = mkdtempSync(join(tmpdir(), 'chorus-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Chorus</title>');
    app = await createTestApp({
      database: database.config,
      webDist,
      env: { CHORUS_SEED_DEMO: 'false' },
    });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    rmSync(webDist, { recursive: true, force: true });
  });

  const answers = (): Array<[string, () => request.Test]> => [
    ['the web app at /', () => request(app.getHttpServer()).get('/').set('accept', 'text/html')],
    [
      '/graphql',
      () =>
        request(app.getHttpServer())
          .post('/graphql')
          .set('content-type', 'application/json')
          .send({ query: '{ __typename }' }),
    ],
    [
      '/api/*',
      () =>
        request(app.getHttpServer()).get(
          '/api/documents/00000000-0000-0000-0000-000000000000/export',
        ),
    ],
  ];

  it('sends a CSP without inline scripts, no framing, nosniff and no referrer on /, /graphql and /api/*', async () => {
    for (const [, send] of answers()) {
      const response = await send();
      const csp = directives(response.headers['content-security-policy']);
      expect(csp.get('script-src')).toBe("'self'");
      expect(csp.get('default-src')).toBe("'self'");
      expect(csp.get('frame-ancestors')).toBe("'none'");
      expect(csp.get('object-src')).toBe("'none'");
      expect(csp.get('script-src')).not.toContain('unsafe');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-frame-options']).toBe('DENY');
      // Plain http (the default PUBLIC_URL): HSTS would lock browsers out of it.
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('adds HSTS only when PUBLIC_URL is https', async () => {
    const secure = await createTestApp({
      database: database.config,
      env: { CHORUS_SEED_DEMO: 'false', PUBLIC_URL: 'https://chorus.example.com' },
    });
    try {
      const response = await request(secure.getHttpServer()).get('/healthz');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    } finally {
      await secure.close();
    }
  }, 120_000);
});

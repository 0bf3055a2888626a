import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('serving the built web app on the API port', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'chorus-web-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(
      join(webDist, 'index.html'),
      '<!doctype html><html><body>Chorus shell</body></html>',
    );
    writeFileSync(join(webDist, 'assets', 'index-abc123.js'), 'console.log("chorus")');
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, webDist });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('serves index.html at / without caching it', async () => {
    const response = await request(app.getHttpServer()).get('/').set('accept', 'text/html');
    expect(response.status).toBe(200);
    expect(response.text).toContain('Chorus shell');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('serves index.html for client-side routes', async () => {
    const response = await request(app.getHttpServer())
      .get('/w/123/b/456/strategy')
      .set('accept', 'text/html');
    expect(response.status).toBe(200);
    expect(response.text).toContain('Chorus shell');
  });

  it('serves hashed assets with a long immutable cache', async () => {
    const response = await request(app.getHttpServer()).get('/assets/index-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toMatch(/immutable/);
  });

  it('answers 404 for a missing asset instead of the HTML shell', async () => {
    const response = await request(app.getHttpServer()).get('/assets/missing.js');
    expect(response.status).toBe(404);
  });

  it('keeps the API routes answering as the API', async () => {
    const response = await request(app.getHttpServer()).get('/healthz').set('accept', 'text/html');
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers file endpoints under /api as the API, never with the HTML shell', async () => {
    const response = await request(app.getHttpServer())
      .get('/api/documents/00000000-0000-4000-8000-000000000000/export?format=csv')
      .set('accept', 'text/html');
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });
});

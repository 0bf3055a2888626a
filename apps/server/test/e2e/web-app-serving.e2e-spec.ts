import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** A script big enough to be worth compressing. */
const APP_JS = Array.from({ length: 200 }, (_, i) => `console.log("chorus line ${i}");`).join('\n');

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
    // As the web build's precompress step leaves them: encoded copies beside the file.
    writeFileSync(join(webDist, 'assets', 'app-def456.js'), APP_JS);
    writeFileSync(join(webDist, 'assets', 'app-def456.js.br'), brotliCompressSync(APP_JS));
    writeFileSync(join(webDist, 'assets', 'app-def456.js.gz'), gzipSync(APP_JS));
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, webDist });
  }, 120_000);

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

  describe('compression', () => {
    it('sends the build’s brotli copy of an asset to a browser that accepts it, cached as the plain file', async () => {
      const response = await request(app.getHttpServer())
        .get('/assets/app-def456.js')
        .set('accept-encoding', 'gzip, deflate, br');
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers['vary']).toMatch(/accept-encoding/i);
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(response.headers['cache-control']).toMatch(/immutable/);
      // supertest decodes what the header names: the right text means the right encoding.
      expect(response.text).toBe(APP_JS);
    });

    it('falls back to gzip, then to the plain file', async () => {
      const gzipped = await request(app.getHttpServer())
        .get('/assets/app-def456.js')
        .set('accept-encoding', 'gzip');
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gzipped.text).toBe(APP_JS);

      const plain = await request(app.getHttpServer())
        .get('/assets/app-def456.js')
        .set('accept-encoding', 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.text).toBe(APP_JS);
    });

    it('compresses a large GraphQL answer on the fly and leaves a small one alone', async () => {
      const large = await request(app.getHttpServer())
        .post('/graphql')
        .set('accept-encoding', 'br')
        .send({ query: '{ __schema { types { name description } } }' });
      expect(large.status).toBe(200);
      expect(large.headers['content-encoding']).toBe('br');
      const body = large.body as { data: { __schema: { types: unknown[] } } };
      expect(body.data.__schema.types.length).toBeGreaterThan(50);

      const small = await request(app.getHttpServer())
        .get('/healthz')
        .set('accept-encoding', 'gzip, br');
      expect(small.headers['content-encoding']).toBeUndefined();
      expect(small.body).toEqual({ status: 'ok' });
    });
  });
});

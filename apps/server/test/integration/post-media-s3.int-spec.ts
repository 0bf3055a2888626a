import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { S3BlobStore } from '../../src/platform/storage/s3-blob-store.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { asBytes, postUnsized } from '../support/http-bytes.js';
import { startS3Server, type S3TestServer } from '../support/s3-server.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { png } from './post-media-fixtures.js';
import { brandWithTargets, createPostAs } from './posts-fixtures.js';

const MIB = 1024 * 1024;
const MAX_IMAGE = 7 * MIB;
const PREFIX = 'chorus/media';

// The whole upload path with MEDIA_STORE=s3 against a real S3-compatible server (s3rver).
describe('post media in an S3-compatible bucket', () => {
  let s3: S3TestServer;
  let bucket: S3BlobStore;
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let owner: GraphQLClient;
  let postId: string;

  beforeAll(async () => {
    s3 = await startS3Server();
    database = await createTestDatabase();
    app = await createTestApp({
      database: database.config,
      env: {
        CHORUS_SEED_DEMO: 'false',
        MEDIA_STORE: 's3',
        MEDIA_S3_BUCKET: s3.bucket,
        MEDIA_S3_ENDPOINT: s3.endpoint,
        MEDIA_S3_FORCE_PATH_STYLE: 'true',
        MEDIA_S3_PREFIX: PREFIX,
        MEDIA_S3_ACCESS_KEY_ID: s3.accessKeyId,
        MEDIA_S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
        MEDIA_MAX_IMAGE_BYTES: String(MAX_IMAGE),
      },
    });
    // The bucket as a whole, to look behind the app.
    bucket = new S3BlobStore({
      bucket: s3.bucket,
      region: 'us-east-1',
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    });
    factories = new Factories(app);
    const made = await brandWithTargets(factories, 'Europe/Berlin');
    owner = made.owner;
    postId = await createPostAs(owner, made.brand, 'Pictures in a bucket', {
      networks: ['TELEGRAM'],
    });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    bucket?.destroy();
    await database?.drop();
    await s3?.close();
  });

  function fetchFile(path: string, range?: string) {
    const call = request(app.getHttpServer()).get(path).set('cookie', owner.cookie!);
    if (range) call.set('range', range);
    return asBytes(call);
  }

  async function rowCount(): Promise<number> {
    const [row] = await factories.db.query<Array<{ count: string }>>(
      'SELECT count(*) AS count FROM post_media WHERE post_id = $1',
      [postId],
    );
    return Number(row?.count);
  }

  it('stores an uploaded PNG and its thumbnail as objects under the prefix and serves it back', async () => {
    const image = await png(640, 480);
    const response = await request(app.getHttpServer())
      .post(`/api/posts/${postId}/media?name=cover.png`)
      .set('cookie', owner.cookie!)
      .set('x-chorus-request', '1')
      .set('content-type', 'application/octet-stream')
      .send(image);
    expect(response.status).toBe(201);
    const media = response.body as { id: string; url: string; thumbnailUrl: string };
    expect(media).toMatchObject({ mime: 'image/png', width: 640, height: 480 });

    const key = `${PREFIX}/posts/${postId}/${media.id}.png`;
    expect(Buffer.compare((await bucket.get(key))!, image)).toBe(0);
    expect(await bucket.stat(`${PREFIX}/posts/${postId}/${media.id}.thumb.webp`)).not.toBeNull();

    const served = await fetchFile(media.url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(served.body as Buffer, image)).toBe(0);

    const part = await fetchFile(media.url, 'bytes=8-15');
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 8-15/${image.length}`);
    expect(Buffer.compare(part.body as Buffer, image.subarray(8, 16))).toBe(0);

    const thumbnail = await fetchFile(media.thumbnailUrl);
    expect(thumbnail.headers['content-type']).toBe('image/webp');
  });

  it('refuses an image that passes its limit after several parts went up, and leaves no object', async () => {
    const rowsBefore = await rowCount();
    const requestsBefore = s3.requests.length;
    // 12 MiB with no declared length: two 5 MiB parts go up before the 7 MiB limit.
    const answer = await postUnsized(app, {
      path: `/api/posts/${postId}/media?name=huge.png`,
      cookie: owner.cookie!,
      head: await png(8, 8),
      chunks: 12 * 16,
      chunkBytes: 64 * 1024,
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({
      error: { code: 'PAYLOAD_TOO_LARGE', kind: 'image', limitBytes: MAX_IMAGE },
    });
    expect(await rowCount()).toBe(rowsBefore);

    const seen = s3.requests.slice(requestsBefore);
    const part = seen.find((r) => r.method === 'PUT' && r.url.includes('uploadId='));
    expect(part).toBeDefined();
    const url = new URL(part!.url, s3.endpoint);
    const uploadId = url.searchParams.get('uploadId');
    expect(
      seen.filter(
        (r) =>
          r.method === 'DELETE' &&
          new URL(r.url, s3.endpoint).searchParams.get('uploadId') === uploadId,
      ),
    ).toHaveLength(1);
    expect(seen.some((r) => r.method === 'POST' && r.url.includes('uploadId='))).toBe(false);
    const key = decodeURIComponent(url.pathname).slice(`/${s3.bucket}/`.length);
    expect(key).toMatch(new RegExp(`^${PREFIX}/posts/${postId}/[0-9a-f-]+\\.png$`));
    expect(await bucket.stat(key)).toBeNull();
  });
});

import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { countStatements } from '../../src/platform/database/index.js';
import { BRAND_ACTORS, type BrandActor } from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { asBytes, postUnsized } from '../support/http-bytes.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { filesUnder, png, until } from './post-media-fixtures.js';
import { brandWithTargets, createPostAs } from './posts-fixtures.js';

const MAX_IMAGE = 200_000;
const MAX_VIDEO = 300_000;

interface Uploaded {
  id: string;
  url: string;
  thumbnailUrl: string | null;
  mime: string;
  width: number | null;
  height: number | null;
  bytes: number;
  fileName: string;
  position: number;
}

const MEDIA = `query($id: ID!) { post(id: $id) { id media { id url thumbnailUrl mime width height fileName position } } }`;

describe('post media', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let mediaDir: string;
  let brand: BrandEntity;
  let clients: Map<BrandActor, GraphQLClient>;
  let owner: GraphQLClient;
  let postId: string;

  beforeAll(async () => {
    mediaDir = await mkdtemp(join(tmpdir(), 'chorus-media-test-'));
    database = await createTestDatabase();
    app = await createTestApp({
      database: database.config,
      env: {
        CHORUS_SEED_DEMO: 'false',
        MEDIA_DIR: mediaDir,
        MEDIA_MAX_IMAGE_BYTES: String(MAX_IMAGE),
        MEDIA_MAX_VIDEO_BYTES: String(MAX_VIDEO),
      },
    });
    factories = new Factories(app);
    ({ brand, clients, owner } = await brandWithTargets(factories, 'Europe/Berlin'));
    postId = await createPostAs(owner, brand, 'With pictures', { networks: ['TELEGRAM'] });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await rm(mediaDir, { recursive: true, force: true });
  });

  function upload(client: GraphQLClient, body: Buffer, name: string, post = postId) {
    const call = request(app.getHttpServer())
      .post(`/api/posts/${post}/media?name=${encodeURIComponent(name)}`)
      .set('x-chorus-request', '1')
      .set('content-type', 'application/octet-stream');
    if (client.cookie) call.set('cookie', client.cookie);
    return call.send(body);
  }

  function fetchFile(client: GraphQLClient, path: string) {
    const call = request(app.getHttpServer()).get(path);
    if (client.cookie) call.set('cookie', client.cookie);
    return asBytes(call);
  }

  async function rows(post = postId): Promise<Array<{ id: string; blob_key: string }>> {
    return factories.db.query(
      'SELECT id, blob_key FROM post_media WHERE post_id = $1 ORDER BY position',
      [post],
    );
  }

  async function eventTypes(): Promise<string[]> {
    const found = await factories.db.query<Array<{ type: string }>>(
      `SELECT type FROM events WHERE subject_id = $1 AND type LIKE 'post.media.%' ORDER BY occurred_at, id`,
      [postId],
    );
    return found.map((event) => event.type);
  }

  it('stores a real PNG with its row, blob and WebP thumbnail, and serves it back as image/png', async () => {
    const image = await png(640, 480);
    const response = await upload(owner, image, 'Launch day.png');
    expect(response.status).toBe(201);
    const media = response.body as Uploaded;
    expect(media).toMatchObject({
      mime: 'image/png',
      width: 640,
      height: 480,
      bytes: image.length,
      fileName: 'Launch-day.png',
      position: 0,
      url: `/api/media/${media.id}`,
      thumbnailUrl: `/api/media/${media.id}/thumbnail`,
    });
    const [row] = await rows();
    expect(row?.id).toBe(media.id);
    expect(await filesUnder(mediaDir)).toEqual(
      [row!.blob_key, `posts/${postId}/${media.id}.thumb.webp`].sort(),
    );

    const served = await fetchFile(owner, media.url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-disposition']).toMatch(/^inline; filename="Launch-day.png"/);
    expect(served.headers['cache-control']).toBe('private, max-age=3600');
    expect(Buffer.compare(served.body as Buffer, image)).toBe(0);

    const thumbnail = await fetchFile(owner, media.thumbnailUrl!);
    expect(thumbnail.headers['content-type']).toBe('image/webp');
    const size = await sharp(thumbnail.body as Buffer).metadata();
    expect(size).toMatchObject({ format: 'webp', width: 320, height: 240 });

    const listed = await owner.ok<{ post: { media: Uploaded[] } }>(MEDIA, { id: postId });
    expect(listed.post.media).toEqual([
      expect.objectContaining({ id: media.id, mime: 'image/png', width: 640, height: 480 }),
    ]);
    expect(await eventTypes()).toEqual(['post.media.added']);
  });

  it('takes a JPEG second and serves a range of it', async () => {
    const jpeg = await sharp({
      create: { width: 200, height: 300, channels: 3, background: '#123' },
    })
      .jpeg()
      .toBuffer();
    const response = await upload(owner, jpeg, 'portrait.jpeg');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      mime: 'image/jpeg',
      width: 200,
      height: 300,
      position: 1,
    });
    const part = await fetchFile(owner, (response.body as Uploaded).url).set('range', 'bytes=0-9');
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-9/${jpeg.length}`);
    expect(Buffer.compare(part.body as Buffer, jpeg.subarray(0, 10))).toBe(0);
  });

  it('takes a video up to the video limit, larger than an image may be, without a thumbnail', async () => {
    const post = await createPostAs(owner, brand, 'A reel', {});
    // An MP4's ftyp box, then 250 kB: over the 200 kB image limit, under the 300 kB video one.
    const mp4 = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypisom'),
      Buffer.from([0, 0, 2, 0]),
      Buffer.from('isomiso2'),
      Buffer.alloc(250_000, 1),
    ]);
    const response = await upload(owner, mp4, 'reel.mov', post);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      mime: 'video/mp4',
      fileName: 'reel.mp4',
      thumbnailUrl: null,
      width: null,
      height: null,
      bytes: mp4.length,
    });
    const served = await fetchFile(owner, (response.body as Uploaded).url);
    expect(served.headers['content-type']).toBe('video/mp4');
    expect(served.headers['accept-ranges']).toBe('bytes');
    const thumbnail = await fetchFile(owner, `${(response.body as Uploaded).url}/thumbnail`);
    expect(thumbnail.status).toBe(404);
  });

  it('refuses a PDF named .png with UNSUPPORTED_MEDIA_TYPE and stores nothing', async () => {
    const before = { files: await filesUnder(mediaDir), rows: await rows() };
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
    const response = await upload(owner, pdf, 'innocent.png');
    expect(response.status).toBe(415);
    expect(response.body).toMatchObject({
      error: { code: 'UNSUPPORTED_MEDIA_TYPE', detected: 'application/pdf', field: 'file' },
    });
    expect(await filesUnder(mediaDir)).toEqual(before.files);
    expect(await rows()).toEqual(before.rows);
  });

  it('refuses an image over the limit while it streams (no length declared) and stores nothing', async () => {
    const before = { files: await filesUnder(mediaDir), rows: await rows() };
    // 64 chunks of 8 KiB: 512 KiB, well past the 200 kB image limit.
    const answer = await postUnsized(app, {
      path: `/api/posts/${postId}/media?name=huge.png`,
      cookie: owner.cookie!,
      head: await png(8, 8),
      chunks: 64,
      chunkBytes: 8192,
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({
      error: { code: 'PAYLOAD_TOO_LARGE', kind: 'image', limitBytes: MAX_IMAGE },
    });
    expect(await filesUnder(mediaDir)).toEqual(before.files);
    expect(await rows()).toEqual(before.rows);
  });

  it('refuses an upload whose declared length is over every limit before reading it', async () => {
    const response = await upload(owner, Buffer.alloc(MAX_VIDEO + 1, 1), 'big.mp4');
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('lets owners, admins, leads, strategists, SMM specialists and chief experts attach; no one else', async () => {
    const expected: Record<BrandActor, number> = {
      anonymous: 401,
      outsider: 404,
      owner: 201,
      admin: 201,
      member: 404,
      lead: 201,
      strategist: 201,
      smm_specialist: 201,
      chief_expert: 201,
      moderator: 403,
    };
    const post = await createPostAs(owner, brand, 'Per role', {});
    const image = await png(16, 16);
    const actual: Record<string, number> = {};
    for (const actor of BRAND_ACTORS) {
      actual[actor] = (await upload(clients.get(actor)!, image, `${actor}.png`, post)).status;
    }
    expect(actual).toEqual(expected);
    expect(await rows(post)).toHaveLength(6);
  });

  it('serves a file to everyone who may read the post, and to no one else', async () => {
    const [first] = await rows();
    const expected: Record<BrandActor, number> = {
      anonymous: 401,
      outsider: 404,
      owner: 200,
      admin: 200,
      member: 404,
      lead: 200,
      strategist: 200,
      smm_specialist: 200,
      chief_expert: 200,
      moderator: 200,
    };
    const actual: Record<string, number> = {};
    for (const actor of BRAND_ACTORS) {
      actual[actor] = (await fetchFile(clients.get(actor)!, `/api/media/${first!.id}`)).status;
    }
    expect(actual).toEqual(expected);
  });

  it('reorders the files, refusing a list that is not every file once', async () => {
    const [png1, jpeg] = await rows();
    const REORDER = `mutation($p: ID!, $m: [ID!]!) { reorderPostMedia(postId: $p, mediaIds: $m) { id position } }`;
    const wrong = await owner.request(REORDER, { p: postId, m: [png1!.id] });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'mediaIds' });
    const moderator = await clients.get('moderator')!.request(REORDER, {
      p: postId,
      m: [jpeg!.id, png1!.id],
    });
    expect(moderator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const done = await owner.ok<{ reorderPostMedia: Array<{ id: string; position: number }> }>(
      REORDER,
      { p: postId, m: [jpeg!.id, png1!.id] },
    );
    expect(done.reorderPostMedia).toEqual([
      { id: jpeg!.id, position: 0 },
      { id: png1!.id, position: 1 },
    ]);
  });

  it('removes a file: its row at once, its blobs through the job queue', async () => {
    const [first, second] = await rows();
    const files = await filesUnder(mediaDir);
    expect(files.some((file) => file.includes(first!.id))).toBe(true);
    const REMOVE = `mutation($id: ID!) { removePostMedia(id: $id) { id position } }`;
    const refused = await clients.get('moderator')!.request(REMOVE, { id: first!.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const left = await owner.ok<{ removePostMedia: Array<{ id: string; position: number }> }>(
      REMOVE,
      { id: first!.id },
    );
    expect(left.removePostMedia).toEqual([{ id: second!.id, position: 0 }]);
    expect(await eventTypes()).toEqual([
      'post.media.added',
      'post.media.added',
      'post.media.reordered',
      'post.media.removed',
    ]);
    await until(
      async () => !(await filesUnder(mediaDir)).some((file) => file.includes(first!.id)),
      'the removed file’s blobs to be deleted',
    );
    expect((await fetchFile(owner, `/api/media/${first!.id}`)).status).toBe(404);
  });

  it('limits uploads per person like other expensive operations, refused ones included', async () => {
    const strategist = clients.get('strategist')!;
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    // The strategist attached one file above; 29 more refusals use up 30 a minute.
    const statuses: number[] = [];
    for (let i = 0; i < 29; i += 1) statuses.push((await upload(strategist, pdf, 'x.png')).status);
    expect(new Set(statuses)).toEqual(new Set([415]));
    const over = await upload(strategist, await png(8, 8), 'one-more.png');
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });

  it('lists the files of every post on a calendar with one statement', async () => {
    const ids: string[] = [];
    for (const day of ['10', '11', '12']) {
      const id = await createPostAs(owner, brand, `Day ${day}`, {
        publishAt: `2027-03-${day}T10:00`,
      });
      expect((await upload(owner, await png(8, 8), `day-${day}.png`, id)).status).toBe(201);
      ids.push(id);
    }
    const counter = countStatements(app.get(DataSource));
    try {
      const data = await owner.ok<{
        calendarPosts: { posts: Array<{ id: string; media: Array<{ fileName: string }> }> };
      }>(
        `query($b: ID!) { calendarPosts(brandId: $b, from: "2027-03-01", to: "2027-04-01") {
          posts { id media { fileName } } } }`,
        { b: brand.id },
      );
      expect(
        data.calendarPosts.posts
          .filter((post) => ids.includes(post.id))
          .map((post) => post.media.map((file) => file.fileName)),
      ).toEqual([['day-10.png'], ['day-11.png'], ['day-12.png']]);
      expect(counter.statements.filter((sql) => /post_media/.test(sql))).toHaveLength(1);
    } finally {
      counter.stop();
    }
  });

  it('refuses attachments on an archived post', async () => {
    const archived = await createPostAs(owner, brand, 'Old news', {});
    await factories.db.query(`UPDATE posts SET status = 'archived' WHERE document_id = $1`, [
      archived,
    ]);
    const response = await upload(owner, await png(8, 8), 'late.png', archived);
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: { code: 'POST_ARCHIVED' } });
  });
});

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import request from 'supertest';
import * as Y from 'yjs';
import { connectPeer, listen, synced, ticketFor } from '../support/collab.js';
import { Factories } from '../support/factories.js';
import { GraphQLClient } from '../support/graphql.js';
import { asBytes } from '../support/http-bytes.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { filesUnder, png } from './post-media-fixtures.js';
import { brandWithTargets, createPostAs } from './posts-fixtures.js';

const run = promisify(execFile);
const scripts = fileURLToPath(new URL('../../../../scripts/', import.meta.url));
const describeOnPostgres = process.env.DATABASE_URL ? describe : describe.skip;

/** Every row of every table (all schemas but the system ones), each table's rows sorted. */
async function allRows(url: string): Promise<Map<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
       WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    const result = new Map<string, string[]>();
    for (const { name } of tables) {
      const { rows } = await client.query<{ row: string }>(
        `SELECT t::text AS row FROM ${name} t ORDER BY 1`,
      );
      result.set(
        name,
        rows.map((r) => r.row),
      );
    }
    return result;
  } finally {
    await client.end();
  }
}

/** Each document's Yjs state as stored (snapshot, then update rows), encoded. */
async function storedStates(url: string): Promise<Map<string, Buffer>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ document_id: string; bytes: Buffer }>(
      `SELECT document_id, state AS bytes, 0 AS seq FROM document_snapshots
       UNION ALL SELECT document_id, "update" AS bytes, seq FROM document_updates
       ORDER BY document_id, seq`,
    );
    const docs = new Map<string, Y.Doc>();
    for (const row of rows) {
      const doc = docs.get(row.document_id) ?? new Y.Doc();
      docs.set(row.document_id, doc);
      Y.applyUpdate(doc, row.bytes);
    }
    return new Map([...docs].map(([id, doc]) => [id, Buffer.from(Y.encodeStateAsUpdate(doc))]));
  } finally {
    await client.end();
  }
}

async function mediaFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = await filesUnder(dir);
  return new Map(
    await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f))] as const)),
  );
}

async function onServer(url: string, sql: string): Promise<void> {
  const server = new URL(url);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The state a fresh stock client loads from the server. */
async function loadedState(collabUrl: string, documentId: string, client: GraphQLClient) {
  const peer = connectPeer(collabUrl, documentId, { ticket: await ticketFor(client, documentId) });
  await synced(peer, 60_000);
  const state = Buffer.from(Y.encodeStateAsUpdate(peer.doc));
  const text = peer.doc.getText('backup-test').toJSON();
  peer.destroy();
  return { state, text };
}

/**
 * scripts/backup.mjs and scripts/restore.mjs: a database with users, a post with an uploaded
 * image, a strategy document with a snapshot, update rows not yet folded into it and a named
 * version, backed up while the server runs and an editor is connected; then the database is
 * dropped and the media folder deleted; the restore brings back every row of every table, each
 * document's Yjs state byte for byte, and every media file; and the restored server serves them.
 */
describeOnPostgres('backup and restore (PostgreSQL)', () => {
  let database: TestDatabase;
  let url: string;
  let mediaDir: string;
  let backupDir: string;
  let app: NestExpressApplication | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    if (database.config.kind !== 'postgres') throw new Error('expected PostgreSQL');
    url = database.config.url;
    mediaDir = join(await mkdtemp(join(tmpdir(), 'chorus-backup-media-')), 'media');
    backupDir = join(await mkdtemp(join(tmpdir(), 'chorus-backup-')), 'backup');
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await rm(join(mediaDir, '..'), { recursive: true, force: true });
    await rm(join(backupDir, '..'), { recursive: true, force: true });
  });

  const env = () => ({
    ...process.env,
    DATABASE_URL: url,
    MEDIA_DIR: mediaDir,
    MEDIA_STORE: 'disk',
  });
  const boot = () =>
    createTestApp({
      database: { kind: 'postgres', url },
      env: { CHORUS_SEED_DEMO: 'false', MEDIA_DIR: mediaDir },
    });

  it('brings back every row, every document byte for byte and every media file', async () => {
    app = await boot();
    const collabUrl = await listen(app);
    const factories = new Factories(app);
    const { brand, clients, owner } = await brandWithTargets(factories, 'Europe/Berlin');
    const lead = clients.get('lead')!;
    const postId = await createPostAs(owner, brand, 'With a picture', { networks: ['TELEGRAM'] });
    const image = await png(320, 200);
    const uploaded = await request(app.getHttpServer())
      .post(`/api/posts/${postId}/media?name=backup.png`)
      .set('x-chorus-request', '1')
      .set('content-type', 'application/octet-stream')
      .set('cookie', owner.cookie!)
      .send(image);
    expect(uploaded.status).toBe(201);
    const mediaUrl = (uploaded.body as { url: string }).url;

    const { createDocument } = await lead.ok<{ createDocument: { id: string } }>(
      `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
      { input: { brandId: brand.id, kind: 'STRATEGY', title: 'Backed up', fromTemplate: true } },
    );
    const documentId = createDocument.id;
    // Live content: an editor types; each edit is an update row the compactor has not folded.
    const editor = connectPeer(collabUrl, documentId, {
      ticket: await ticketFor(lead, documentId),
    });
    await synced(editor, 60_000);
    for (let i = 0; i < 20; i += 1) editor.doc.getText('backup-test').insert(0, `edit ${i}; `);
    await lead.ok(
      `mutation($input: CreateDocumentVersionInput!) { createDocumentVersion(input: $input) { id } }`,
      { input: { documentId, name: 'Before the backup' } },
    );
    for (let i = 20; i < 30; i += 1) editor.doc.getText('backup-test').insert(0, `edit ${i}; `);
    const expectedText = editor.doc.getText('backup-test').toJSON();
    const pending = async () =>
      Number(
        (
          await factories.db.query<Array<{ n: string }>>(
            'SELECT count(*) AS n FROM document_updates WHERE document_id = $1',
            [documentId],
          )
        )[0]!.n,
      );
    // Every edit is stored (persist-before-broadcast); wait until the rows hold all of them.
    for (let tries = 0; (await pending()) < 30 && tries < 600; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const snapshots = await factories.db.query<unknown[]>(
      'SELECT 1 FROM document_snapshots WHERE document_id = $1',
      [documentId],
    );
    expect(snapshots).toHaveLength(1);
    expect(await pending()).toBeGreaterThanOrEqual(30);
    const served = await loadedState(collabUrl, documentId, lead);
    expect(served.text).toBe(expectedText);

    // A hot backup, the editor still connected. The rows compared are read before and after
    // it and must agree, so nothing the comparison relies on moved while it ran.
    let before = await allRows(url);
    let states = await storedStates(url);
    let backupMs: number;
    for (let attempt = 0; ; attempt += 1) {
      await rm(backupDir, { recursive: true, force: true });
      const started = Date.now();
      await run(process.execPath, [join(scripts, 'backup.mjs'), '--to', backupDir], { env: env() });
      backupMs = Date.now() - started;
      const after = await allRows(url);
      if (JSON.stringify([...after]) === JSON.stringify([...before]) || attempt >= 5) break;
      before = after;
      states = await storedStates(url);
    }
    const media = await mediaFiles(mediaDir);
    expect(media.size).toBeGreaterThanOrEqual(2); // the image and its thumbnail
    expect(states.get(documentId)).toBeDefined();
    editor.destroy();
    await app.close();
    app = undefined;

    // Wipe: the database dropped and created empty, the media folder deleted.
    const name = new URL(url).pathname.slice(1);
    await onServer(url, `DROP DATABASE "${name}" WITH (FORCE)`);
    await onServer(url, `CREATE DATABASE "${name}"`);
    await rm(mediaDir, { recursive: true, force: true });

    const started = Date.now();
    await run(process.execPath, [join(scripts, 'restore.mjs'), '--from', backupDir], {
      env: env(),
    });
    const restoreMs = Date.now() - started;
    process.stdout.write(`backup ${backupMs} ms, restore ${restoreMs} ms\n`);

    const restored = await allRows(url);
    expect([...restored.keys()]).toEqual([...before.keys()]);
    for (const [table, rows] of before)
      expect({ table, rows: restored.get(table) }).toEqual({ table, rows });
    const restoredStates = await storedStates(url);
    expect([...restoredStates.keys()].sort()).toEqual([...states.keys()].sort());
    for (const [id, state] of states) expect(restoredStates.get(id)!.equals(state)).toBe(true);
    const restoredMedia = await mediaFiles(mediaDir);
    expect([...restoredMedia.keys()]).toEqual([...media.keys()]);
    for (const [file, bytes] of media) expect(restoredMedia.get(file)!.equals(bytes)).toBe(true);

    // The restored server: the same session signs in, the document loads the same bytes,
    // the image downloads as uploaded.
    app = await boot();
    const restoredCollab = await listen(app);
    const leadAgain = new GraphQLClient(app, lead.cookie);
    const reloaded = await loadedState(restoredCollab, documentId, leadAgain);
    expect(reloaded.text).toBe(expectedText);
    expect(reloaded.state.equals(served.state)).toBe(true);
    const file = await asBytes(
      request(app.getHttpServer()).get(mediaUrl).set('cookie', owner.cookie!),
    );
    expect(file.status).toBe(200);
    expect((file.body as Buffer).equals(image)).toBe(true);
    // Stopped, so nothing (a compaction as the document unloads) writes during the next tests.
    await app.close();
    app = undefined;
  }, 600_000);

  it('refuses to restore over a database that has tables, and changes nothing', async () => {
    const before = await allRows(url);
    await expect(
      run(process.execPath, [join(scripts, 'restore.mjs'), '--from', backupDir], { env: env() }),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/already has \d+ tables/) });
    expect(await allRows(url)).toEqual(before);
  });

  it('refuses a backup whose files do not match its manifest', async () => {
    const broken = join(backupDir, '..', 'broken');
    await run('cp', ['-r', backupDir, broken]);
    await run('truncate', ['-s', '100', join(broken, 'database.dump')]);
    await expect(
      run(process.execPath, [join(scripts, 'restore.mjs'), '--from', broken], { env: env() }),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/does not match/) });
  });
});

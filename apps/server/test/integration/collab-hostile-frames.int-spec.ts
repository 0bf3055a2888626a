import { CloseCode } from '@chorus/collab-protocol';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { updateMessage } from '../../src/collaboration/messages.js';
import request from 'supertest';
import * as Y from 'yjs';
import type { DocumentEntity } from '../../src/modules/documents/index.js';
import {
  buildStrategyDocument,
  connectPeer,
  listen,
  rawSocket,
  synced,
  ticketFor,
  waitFor,
  type TestPeer,
} from '../support/collab.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { createTestApp, TEST_METRICS_TOKEN } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('hostile frames close only their own connection and change nothing', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let baseUrl: string;
  let document: DocumentEntity;
  let editor: GraphQLClient;
  let bystander: TestPeer;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    baseUrl = await listen(app);
    ({ document, editor } = await buildStrategyDocument(new Factories(app)));
    bystander = connectPeer(baseUrl, document.id, { ticket: await ticketFor(editor, document.id) });
    await synced(bystander);
    bystander.doc.getText('body').insert(0, 'Brand role: the calm friend.');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }, 120_000);

  afterAll(async () => {
    bystander?.destroy();
    await app?.close();
    await database?.drop();
  });

  const v2Bomb = (() => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'v2');
    return Y.encodeStateAsUpdateV2(doc);
  })();
  const validUpdate = (() => {
    const doc = new Y.Doc();
    doc.getText('body').insert(0, 'valid text');
    return Y.encodeStateAsUpdate(doc);
  })();

  it.each([
    [
      'a truncated update',
      () => updateMessage(validUpdate).slice(0, 12),
      [CloseCode.MALFORMED_MESSAGE, CloseCode.UNSUPPORTED_ENCODING],
    ],
    ['a V2-encoded update', () => updateMessage(v2Bomb), [CloseCode.UNSUPPORTED_ENCODING]],
    [
      'garbage',
      () => Uint8Array.from([0, 2, 9, 255, 255, 255, 255, 15, 1, 2, 3]),
      [CloseCode.UNSUPPORTED_ENCODING, CloseCode.MALFORMED_MESSAGE],
    ],
    ['an unknown message type', () => Uint8Array.from([77, 1, 2]), [CloseCode.MALFORMED_MESSAGE]],
    ['an empty frame', () => new Uint8Array(0), [CloseCode.MALFORMED_MESSAGE]],
    ['a frame over 1 MiB', () => new Uint8Array(1024 * 1024 + 10), [CloseCode.MESSAGE_TOO_LARGE]],
    [
      'a frame over 2 MiB (cut by the protocol layer)',
      () => new Uint8Array(2 * 1024 * 1024 + 10),
      [1009],
    ],
  ])('closes a connection that sends %s with a documented code', async (_name, frame, codes) => {
    const before = Y.encodeStateAsUpdate(bystander.doc);
    const socket = await rawSocket(
      `${baseUrl}/${document.id}?ticket=${encodeURIComponent(await ticketFor(editor, document.id))}`,
    );
    socket.ws.send(frame());
    const { code } = await socket.closed;
    expect(codes).toContain(code);
    // The document, the other connection and the server carry on.
    expect(Y.encodeStateAsUpdate(bystander.doc)).toEqual(before);
    expect(bystander.provider.wsconnected).toBe(true);
    expect((await request(app.getHttpServer()).get('/healthz')).status).toBe(200);
    const fresh = connectPeer(baseUrl, document.id, {
      ticket: await ticketFor(editor, document.id),
    });
    await synced(fresh);
    expect(fresh.doc.getText('body').toJSON()).toBe('Brand role: the calm friend.');
    fresh.destroy();
  });

  it('closes a text frame with 4400', async () => {
    const socket = await rawSocket(
      `${baseUrl}/${document.id}?ticket=${encodeURIComponent(await ticketFor(editor, document.id))}`,
    );
    socket.ws.send('hello');
    expect((await socket.closed).code).toBe(CloseCode.MALFORMED_MESSAGE);
  });

  it('closes a flooding connection with 4429', async () => {
    const socket = await rawSocket(
      `${baseUrl}/${document.id}?ticket=${encodeURIComponent(await ticketFor(editor, document.id))}`,
    );
    const query = Uint8Array.from([3]);
    for (let i = 0; i < 2000; i += 1) socket.ws.send(query);
    expect((await socket.closed).code).toBe(CloseCode.RATE_LIMITED);
    expect(bystander.provider.wsconnected).toBe(true);
  });

  it('refuses oversized frames before authentication too', async () => {
    const socket = await rawSocket(`${baseUrl}/${document.id}`);
    socket.ws.send(new Uint8Array(2 * 1024 * 1024 + 10));
    const { code } = await socket.closed;
    expect([1009, CloseCode.UNAUTHENTICATED]).toContain(code);
  });

  it('counts refusals by reason in /metrics', async () => {
    await waitFor(() => true);
    const metrics = await request(app.getHttpServer())
      .get('/metrics')
      .set('authorization', `Bearer ${TEST_METRICS_TOKEN}`);
    expect(metrics.text).toMatch(/chorus_collab_rejected_frames_total\{reason="4415"[^}]*\} \d+/);
    expect(metrics.text).toMatch(/chorus_collab_sockets\{[^}]*\} \d+/);
    expect(metrics.text).toMatch(/chorus_collab_persist_seconds_count\{[^}]*\} [1-9]/);
  });
});

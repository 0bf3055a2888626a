import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { DocumentStore } from '../../src/collaboration/document-store.js';
import { LiveDocuments } from '../../src/collaboration/live-documents.js';
import { countStatements } from '../../src/platform/database/index.js';
import type { DocumentEntity } from '../../src/modules/documents/index.js';
import {
  buildStrategyDocument,
  connectPeer,
  listen,
  synced,
  ticketFor,
  waitFor,
} from '../support/collab.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('documents are held in memory only while used, and compacted', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let baseUrl: string;
  let document: DocumentEntity;
  let editor: GraphQLClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({
      database: database.config,
      env: { CHORUS_SEED_DEMO: 'false', COLLAB_UNLOAD_GRACE_MS: '200' },
    });
    expect(app.get(LiveDocuments).graceMs).toBe(200);
    baseUrl = await listen(app);
    ({ document, editor } = await buildStrategyDocument(new Factories(app)));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('unloads a document after the last connection leaves, compacting it into one snapshot', async () => {
    const live = app.get(LiveDocuments);
    const peer = connectPeer(baseUrl, document.id, {
      ticket: await ticketFor(editor, document.id),
    });
    await synced(peer);
    for (let i = 0; i < 300; i += 1) peer.doc.getText('body').insert(0, `${i % 10}`);
    await waitFor(() => live.isLoaded(document.id));
    const db = app.get(DataSource);
    await waitFor(() => true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [{ n: rowsBefore }] = await db.query<[{ n: string }]>(
      'SELECT count(*)::text AS n FROM document_updates WHERE document_id = $1',
      [document.id],
    );
    expect(Number(rowsBefore)).toBeGreaterThan(0);
    const text = peer.doc.getText('body').toJSON();
    peer.destroy();
    await waitFor(() => !live.isLoaded(document.id), 20_000, 'the document to unload');
    await waitFor(() => true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [{ n: rowsAfter }] = await db.query<[{ n: string }]>(
      'SELECT count(*)::text AS n FROM document_updates WHERE document_id = $1',
      [document.id],
    );
    expect(rowsAfter).toBe('0');
    const { doc, pendingRows } = await app.get(DocumentStore).load(document.id);
    expect(pendingRows).toBe(0);
    expect(doc.getText('body').toJSON()).toBe(text);
  });

  it('keeps rows that arrive while compacting (it deletes exactly what it folded)', async () => {
    const store = app.get(DocumentStore);
    const peer = connectPeer(baseUrl, document.id, {
      ticket: await ticketFor(editor, document.id),
    });
    await synced(peer);
    const writes: Array<Promise<unknown>> = [];
    for (let i = 0; i < 100; i += 1) {
      peer.doc.getText('body').insert(0, 'a');
      if (i % 10 === 0) writes.push(store.compact(document.id));
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await Promise.all(writes);
    // Every edit has reached the server and is durable (no fixed wait: the machine may be busy).
    const live = app.get(LiveDocuments);
    const expected = peer.doc.getText('body').toJSON();
    await waitFor(() => live.peek(document.id)?.doc.getText('body').toJSON() === expected);
    await live.peek(document.id)!.settled();
    await store.committer.drain();
    const { doc } = await store.load(document.id);
    expect(doc.getText('body').toJSON()).toBe(peer.doc.getText('body').toJSON());
    peer.destroy();
  });

  it('loads a document — its snapshot and every row after it — in one statement', async () => {
    const store = app.get(DocumentStore);
    const peer = connectPeer(baseUrl, document.id, {
      ticket: await ticketFor(editor, document.id),
    });
    await synced(peer);
    for (let i = 0; i < 5; i += 1) peer.doc.getText('body').insert(0, `row ${i} `);
    const live = app.get(LiveDocuments);
    const expected = () => peer.doc.getText('body').toJSON();
    await waitFor(() => live.peek(document.id)?.doc.getText('body').toJSON() === expected());
    await live.peek(document.id)!.settled();
    const counter = countStatements(app.get(DataSource));
    try {
      const { doc, pendingRows } = await store.load(document.id);
      expect(counter.count).toBe(1);
      expect(pendingRows).toBeGreaterThanOrEqual(5);
      expect(doc.getText('body').toJSON()).toBe(expected());
    } finally {
      counter.stop();
      peer.destroy();
    }
  });
});

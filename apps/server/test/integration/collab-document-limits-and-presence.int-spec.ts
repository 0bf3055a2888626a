import { CloseCode } from '@chorus/collab-protocol';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { LimitsHook } from '../../src/collaboration/hooks/index.js';
import type { DocumentEntity } from '../../src/modules/documents/index.js';
import {
  buildStrategyDocument,
  connectPeer,
  listen,
  synced,
  ticketFor,
  waitFor,
  type TestPeer,
} from '../support/collab.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('document size cap and first presence', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let baseUrl: string;
  let document: DocumentEntity;
  let editor: GraphQLClient;
  const peers: TestPeer[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    baseUrl = await listen(app);
    ({ document, editor } = await buildStrategyDocument(new Factories(app)));
  }, 120_000);

  afterAll(async () => {
    for (const peer of peers) peer.destroy();
    await app?.close();
    await database?.drop();
  });

  it('refuses an update that would take the document over its hard cap with 4422, changing nothing', async () => {
    const limits = app.get(LimitsHook);
    const original = limits.limits;
    limits.limits = { ...original, documentMaxBytes: 2000 };
    try {
      const writer = connectPeer(baseUrl, document.id, {
        ticket: await ticketFor(editor, document.id),
      });
      const watcher = connectPeer(baseUrl, document.id, {
        ticket: await ticketFor(editor, document.id),
      });
      peers.push(writer, watcher);
      await Promise.all([synced(writer), synced(watcher)]);
      writer.doc.getText('body').insert(0, 'small start');
      await waitFor(() => watcher.doc.getText('body').toJSON() === 'small start');
      writer.doc.getText('body').insert(0, 'x'.repeat(5000));
      await waitFor(() => writer.closes.length > 0, 20_000, 'the refusal');
      expect(writer.closes[0]?.code).toBe(CloseCode.DOCUMENT_TOO_LARGE);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(watcher.doc.getText('body').toJSON()).toBe('small start');
      expect(watcher.provider.wsconnected).toBe(true);
    } finally {
      limits.limits = original;
    }
  });

  it('measures the real size before refusing: text written and deleted again does not count', async () => {
    const limits = app.get(LimitsHook);
    const original = limits.limits;
    limits.limits = { ...original, documentMaxBytes: 3000 };
    try {
      const writer = connectPeer(baseUrl, document.id, {
        ticket: await ticketFor(editor, document.id),
      });
      peers.push(writer);
      await synced(writer);
      const text = writer.doc.getText('body');
      // About 5 KB of updates in all, but never more than a few hundred bytes of document.
      for (let i = 0; i < 8; i += 1) {
        text.insert(0, 'y'.repeat(600));
        await synced(writer);
        text.delete(0, 600);
        await synced(writer);
      }
      text.insert(0, 'still writable');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(writer.closes).toEqual([]);
      expect(writer.provider.wsconnected).toBe(true);
    } finally {
      limits.limits = original;
    }
  });

  it('shows a client’s very first presence state to the others at once', async () => {
    const present = connectPeer(baseUrl, document.id, {
      ticket: await ticketFor(editor, document.id),
    });
    peers.push(present);
    await synced(present);
    const newcomer = connectPeer(
      baseUrl,
      document.id,
      { ticket: await ticketFor(editor, document.id) },
      { connect: false },
    );
    peers.push(newcomer);
    newcomer.provider.awareness.setLocalStateField('cursor', { index: 7 });
    newcomer.provider.connect();
    await waitFor(
      () => present.provider.awareness.getStates().has(newcomer.doc.clientID),
      30_000,
      'the newcomer’s presence',
    );
    const state = present.provider.awareness.getStates().get(newcomer.doc.clientID) as {
      cursor: { index: number };
      user: { name: string };
    };
    expect(state.cursor.index).toBe(7);
    expect(state.user.name).toBe('Sara Strategist');
  });
});

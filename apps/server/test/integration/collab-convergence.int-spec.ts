import type { NestExpressApplication } from '@nestjs/platform-express';
import * as Y from 'yjs';
import { DocumentStore } from '../../src/collaboration/document-store.js';
import type { DocumentEntity } from '../../src/modules/documents/index.js';
import {
  buildStrategyDocument,
  connectPeer,
  listen,
  synced,
  waitFor,
  type TestPeer,
} from '../support/collab.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** A small deterministic random source, so a failure can be replayed. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = ['Mục tiêu', 'מטרה', 'هدف', 'Мета', 'เป้าหมาย', 'goal', 'KPI', '20%', ' ', '\n'];

describe('ten clients editing at once converge', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let baseUrl: string;
  let document: DocumentEntity;
  let editor: GraphQLClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    baseUrl = await listen(app);
    ({ document, editor } = await buildStrategyDocument(new Factories(app)));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('with random inserts, deletes, disconnects and reconnects: byte-identical replicas equal to a fresh load', async () => {
    const random = randomSource(20271122);
    const peers: TestPeer[] = [];
    try {
      for (let i = 0; i < 10; i += 1) {
        peers.push(connectPeer(baseUrl, document.id, { cookie: editor.cookie! }));
      }
      await Promise.all(peers.map((peer) => synced(peer)));
      for (let round = 0; round < 40; round += 1) {
        for (const peer of peers) {
          const text = peer.doc.getText('body');
          const roll = random();
          if (roll < 0.08) {
            if (peer.provider.wsconnected) peer.provider.disconnect();
            else peer.provider.connect();
          } else if (roll < 0.3 && text.length > 0) {
            const at = Math.floor(random() * text.length);
            text.delete(at, Math.min(text.length - at, 1 + Math.floor(random() * 4)));
          } else {
            text.insert(
              Math.floor(random() * (text.length + 1)),
              WORDS[Math.floor(random() * WORDS.length)]!,
            );
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      for (const peer of peers) if (!peer.provider.wsconnected) peer.provider.connect();
      await Promise.all(peers.map((peer) => synced(peer, 10_000)));
      // State vectors cover insertions only; deletions travel in delete sets, so wait for the
      // whole state (encoded document) to agree, not just the vectors.
      const snapshotOf = (peer: TestPeer) =>
        `${Buffer.from(Y.encodeStateVector(peer.doc)).toString('base64')}|${peer.doc.getText('body').toJSON()}`;
      await waitFor(
        () => peers.every((peer) => snapshotOf(peer) === snapshotOf(peers[0]!)),
        15_000,
        'every replica to converge',
      );
      const reference = peers[0]!.doc.getText('body').toJSON();
      for (const peer of peers) expect(peer.doc.getText('body').toJSON()).toBe(reference);
      expect(reference.length).toBeGreaterThan(50);

      await app.get(DocumentStore).committer.drain();
      const { doc: fromDatabase } = await app.get(DocumentStore).load(document.id);
      expect(fromDatabase.getText('body').toJSON()).toBe(reference);
      expect(Y.encodeStateVector(fromDatabase)).toEqual(Y.encodeStateVector(peers[0]!.doc));
    } finally {
      for (const peer of peers) peer.destroy();
    }
  }, 120_000);
});

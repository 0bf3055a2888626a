import { CloseCode } from '@chorus/collab-protocol';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { jest } from '@jest/globals';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { CollabGateway } from '../../src/collaboration/collab-gateway.js';
import { LimitsHook } from '../../src/collaboration/hooks/index.js';
import { LiveDocument } from '../../src/collaboration/live-document.js';
import { updateMessage } from '../../src/collaboration/messages.js';
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

interface Outcome {
  ws: WebSocket;
  /** Resolves with the close code, or 'open' when the socket is still open after `ms`. */
  settle: (ms: number) => Promise<number | 'open'>;
}

function open(url: string, headers: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    let code: number | null = null;
    const closed = new Promise<void>((done) =>
      ws.on('close', (c) => {
        code = c;
        done();
      }),
    );
    ws.once('open', () =>
      resolve({
        ws,
        settle: async (ms) => {
          await Promise.race([closed, new Promise((r) => setTimeout(r, ms))]);
          return code ?? 'open';
        },
      }),
    );
    ws.once('error', reject);
  });
}

describe('who may open a collaboration socket, how many, and what a read-only one costs', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let baseUrl: string;
  let document: DocumentEntity;
  let editor: GraphQLClient;
  let viewer: GraphQLClient;
  let editorId: string;
  const peers: TestPeer[] = [];
  const sockets: WebSocket[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({
      database: database.config,
      env: {
        CHORUS_SEED_DEMO: 'false',
        PUBLIC_URL: 'https://chorus.example.com',
        COLLAB_ALLOWED_ORIGINS: 'https://desk.example.net, https://app.example.org',
        COLLAB_MAX_SOCKETS_PER_USER: '3',
      },
    });
    baseUrl = await listen(app);
    const factories = new Factories(app);
    const built = await buildStrategyDocument(factories);
    ({ document, editor } = built);
    editorId = built.strategist.id;
    // Moderators read and comment on strategies but do not edit them (owners do).
    const moderator = await factories.buildUser({ displayName: 'Mo Moderator' });
    await factories.addMember(built.workspace, moderator, 'member');
    await factories.setTeamRoles(built.team, moderator, ['moderator']);
    viewer = await factories.signedIn(moderator);
  }, 120_000);

  afterEach(() => {
    for (const peer of peers.splice(0)) peer.destroy();
    for (const ws of sockets.splice(0)) ws.close();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function url(client: GraphQLClient): Promise<string> {
    return `${baseUrl}/${document.id}?ticket=${encodeURIComponent(await ticketFor(client, document.id))}`;
  }

  describe('the Origin of a browser', () => {
    it('refuses a page of another origin with 4403, even with a valid ticket', async () => {
      const outcome = await open(await url(editor), { origin: 'https://evil.example.com' });
      sockets.push(outcome.ws);
      expect(await outcome.settle(5000)).toBe(CloseCode.FORBIDDEN);
    });

    it('refuses an opaque origin ("null", e.g. a sandboxed frame)', async () => {
      const outcome = await open(await url(editor), { origin: 'null' });
      sockets.push(outcome.ws);
      expect(await outcome.settle(5000)).toBe(CloseCode.FORBIDDEN);
    });

    it.each([
      ['PUBLIC_URL’s origin', 'https://chorus.example.com'],
      ['an origin of COLLAB_ALLOWED_ORIGINS', 'https://app.example.org'],
    ])('accepts %s', async (_what, origin) => {
      const outcome = await open(await url(editor), { origin });
      sockets.push(outcome.ws);
      expect(await outcome.settle(500)).toBe('open');
    });

    it('accepts the page this server served (Origin naming the host the socket was opened on)', async () => {
      const host = new URL(baseUrl).host;
      const outcome = await open(await url(editor), { origin: `http://${host}` });
      sockets.push(outcome.ws);
      expect(await outcome.settle(500)).toBe('open');
    });

    it('accepts a non-browser client that sends no Origin and a ticket', async () => {
      const peer = connectPeer(baseUrl, document.id, {
        ticket: await ticketFor(editor, document.id),
      });
      peers.push(peer);
      await synced(peer);
      expect(peer.closes).toEqual([]);
    });
  });

  describe('sockets per user', () => {
    it('closes a user’s socket beyond the per-instance cap with 4430; other users are not held', async () => {
      const counted = () => app.get(CollabGateway).userSockets.count(editorId);
      await waitFor(() => counted() === 0, 10_000, 'the earlier tests’ sockets to leave');
      const admitted = [];
      for (let i = 0; i < 3; i += 1) admitted.push(await open(await url(editor)));
      sockets.push(...admitted.map((outcome) => outcome.ws));
      // A socket is counted once it is authenticated, after its 'open': wait for all three.
      await waitFor(() => counted() === 3, 10_000, 'three admitted sockets');
      const extra = await open(await url(editor));
      sockets.push(extra.ws);
      expect(await extra.settle(5000)).toBe(CloseCode.TOO_MANY_CONNECTIONS);
      for (const outcome of admitted) expect(await outcome.settle(0)).toBe('open');
      const someoneElse = await open(await url(viewer));
      sockets.push(someoneElse.ws);
      expect(await someoneElse.settle(500)).toBe('open');
      // A socket that leaves makes room again.
      admitted[0]!.ws.close();
      await admitted[0]!.settle(5000);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const again = await open(await url(editor));
      sockets.push(again.ws);
      expect(await again.settle(500)).toBe('open');
    });
  });

  describe('the order of the update hooks', () => {
    it('ignores an update from a comment socket on a document over its size cap: no 4422, no re-measure', async () => {
      const writer = connectPeer(baseUrl, document.id, {
        ticket: await ticketFor(editor, document.id),
      });
      peers.push(writer);
      await synced(writer);
      const longText = 'A strategy long enough to be over a tiny cap.';
      writer.doc.getText('body').insert(0, longText);
      // The server has applied the writer's update when a fresh reader receives it; only
      // then does the cap shrink (a fixed pause is too short on a busy machine).
      const witness = connectPeer(baseUrl, document.id, {
        ticket: await ticketFor(viewer, document.id),
      });
      peers.push(witness);
      await waitFor(() => witness.doc.getText('body').toJSON().includes(longText));
      const limits = app.get(LimitsHook);
      const original = limits.limits;
      limits.limits = { ...original, documentMaxBytes: 10 };
      const measure = jest.spyOn(LiveDocument.prototype, 'measure');
      try {
        const reader = await open(await url(viewer));
        sockets.push(reader.ws);
        const forged = new Y.Doc();
        forged.getText('body').insert(0, 'defaced');
        reader.ws.send(updateMessage(Y.encodeStateAsUpdate(forged)));
        expect(await reader.settle(500)).toBe('open');
        expect(measure).not.toHaveBeenCalled();
        await waitFor(() => writer.provider.synced);
        expect(writer.doc.getText('body').toJSON()).not.toContain('defaced');
      } finally {
        measure.mockRestore();
        limits.limits = original;
      }
    });
  });
});

import { CloseCode } from '@chorus/collab-protocol';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import type { UserEntity } from '../../src/modules/accounts/index.js';
import type { DocumentEntity } from '../../src/modules/documents/index.js';
import { DocumentStore } from '../../src/collaboration/document-store.js';
import {
  buildDocument,
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

describe('the collaboration endpoint speaks the standard y-websocket protocol', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let baseUrl: string;
  let strategist: UserEntity;
  let strategistClient: GraphQLClient;
  let brand: BrandEntity;
  let document: DocumentEntity;
  const peers: TestPeer[] = [];
  const peer = (...args: Parameters<typeof connectPeer>) => {
    const created = connectPeer(...args);
    peers.push(created);
    return created;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    baseUrl = await listen(app);
    factories = new Factories(app);
    const owner = await factories.buildUser();
    const workspace = await factories.buildWorkspace(owner);
    const team = await factories.buildTeam(workspace);
    strategist = await factories.buildUser({ displayName: 'Sara Strategist' });
    await factories.addMember(workspace, strategist, 'member');
    await factories.setTeamRoles(team, strategist, ['strategist']);
    brand = await factories.buildBrand(workspace, [team]);
    document = await buildDocument(factories, brand, strategist);
    strategistClient = await factories.signedIn(strategist);
  }, 120_000);

  afterEach(() => {
    for (const created of peers.splice(0)) created.destroy();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('lets two stock clients with tickets edit one document and converge', async () => {
    const a = peer(baseUrl, document.id, {
      ticket: await ticketFor(strategistClient, document.id),
    });
    const b = peer(baseUrl, document.id, {
      ticket: await ticketFor(strategistClient, document.id),
    });
    await Promise.all([synced(a), synced(b)]);
    a.doc.getText('body').insert(0, 'Mục tiêu: tăng 20% người theo dõi. ');
    b.doc.getText('body').insert(0, 'מטרה: ');
    await waitFor(
      () =>
        a.doc.getText('body').length === b.doc.getText('body').length &&
        a.doc.getText('body').length > 40,
    );
    expect(a.doc.getText('body').toJSON()).toBe(b.doc.getText('body').toJSON());
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
  });

  it('authenticates with the session cookie too', async () => {
    const c = peer(baseUrl, document.id, { cookie: strategistClient.cookie! });
    await synced(c);
    expect(c.doc.getText('body').toJSON()).toContain('Mục tiêu');
  });

  it('persists every accepted update before relaying it: a peer that receives it finds it in the database', async () => {
    const writer = peer(baseUrl, document.id, {
      ticket: await ticketFor(strategistClient, document.id),
    });
    const reader = peer(baseUrl, document.id, {
      ticket: await ticketFor(strategistClient, document.id),
    });
    await Promise.all([synced(writer), synced(reader)]);
    const db = app.get(DataSource);
    const checks: Array<Promise<boolean>> = [];
    reader.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== reader.provider) return;
      const seen = Y.decodeStateVector(Y.encodeStateVector(reader.doc));
      checks.push(
        (async () => {
          const rows = await db.query<Array<{ update: Buffer }>>(
            'SELECT "update" FROM document_updates WHERE document_id = $1 ORDER BY seq',
            [document.id],
          );
          const [snapshot] = await db.query<Array<{ state: Buffer }>>(
            'SELECT state FROM document_snapshots WHERE document_id = $1',
            [document.id],
          );
          const stored = new Y.Doc();
          if (snapshot) Y.applyUpdate(stored, snapshot.state);
          for (const row of rows) Y.applyUpdate(stored, row.update);
          const durable = Y.decodeStateVector(Y.encodeStateVector(stored));
          return [...seen].every(([client, clock]) => (durable.get(client) ?? 0) >= clock);
        })(),
      );
    });
    for (let i = 0; i < 20; i += 1) writer.doc.getText('body').insert(0, `[${i}]`);
    await waitFor(() => reader.doc.getText('body').toJSON().includes('[19]'));
    await waitFor(() => checks.length > 0);
    const results = await Promise.all(checks);
    expect(results.every(Boolean)).toBe(true);
  });

  it('relays nothing until the database has it, even when the database is slow', async () => {
    const store = app.get(DocumentStore);
    const original = store.append.bind(store);
    let durableAt = 0;
    store.append = async (documentId, update) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await original(documentId, update);
      durableAt = Date.now();
    };
    try {
      const writer = peer(baseUrl, document.id, {
        ticket: await ticketFor(strategistClient, document.id),
      });
      const reader = peer(baseUrl, document.id, {
        ticket: await ticketFor(strategistClient, document.id),
      });
      await Promise.all([synced(writer), synced(reader)]);
      let receivedAt = 0;
      reader.doc.on('update', () => (receivedAt = Date.now()));
      writer.doc.getText('body').insert(0, 'slow ');
      await waitFor(() => receivedAt > 0, 20_000, 'relay');
      expect(durableAt).toBeGreaterThan(0);
      expect(receivedAt).toBeGreaterThanOrEqual(durableAt);
    } finally {
      store.append = original;
    }
  });

  it('closes a socket without credentials at once with 4401', async () => {
    const anonymous = peer(baseUrl, document.id, {});
    await waitFor(() => anonymous.closes.length > 0);
    expect(anonymous.closes[0]?.code).toBe(CloseCode.UNAUTHENTICATED);
    // The stock client treats 44xx as final and does not retry.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(anonymous.closes).toHaveLength(1);
  });

  it('refuses a forged, expired or other-document ticket with 4401', async () => {
    const other = await buildDocument(factories, brand, strategist);
    const ticket = await ticketFor(strategistClient, other.id);
    const forged = `${ticket.slice(0, -4)}AAAA`;
    for (const bad of [ticket, forged, 'v1.e30.x']) {
      const attempt = peer(baseUrl, document.id, { ticket: bad });
      await waitFor(() => attempt.closes.length > 0);
      expect(attempt.closes[0]?.code).toBe(CloseCode.UNAUTHENTICATED);
    }
  });

  it('answers a member who may not see the document with 4404, and an unknown id the same', async () => {
    const workspaceMember = await factories.buildUser();
    const db = app.get(DataSource);
    const [{ workspace_id: workspaceId }] = await db.query<[{ workspace_id: string }]>(
      'SELECT workspace_id FROM brands WHERE id = $1',
      [brand.id],
    );
    await db.query(
      `INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, 'member')`,
      [workspaceId, workspaceMember.id],
    );
    const client = await factories.signedIn(workspaceMember);
    const hidden = peer(baseUrl, document.id, { cookie: client.cookie! });
    const unknown = peer(baseUrl, '00000000-0000-4000-8000-000000000000', {
      cookie: client.cookie!,
    });
    await waitFor(() => hidden.closes.length > 0 && unknown.closes.length > 0);
    expect(hidden.closes[0]?.code).toBe(CloseCode.NOT_FOUND);
    expect(unknown.closes[0]?.code).toBe(CloseCode.NOT_FOUND);
  });

  it('stamps presence with the server-side name and colour, whatever the client claims', async () => {
    const a = peer(baseUrl, document.id, {
      ticket: await ticketFor(strategistClient, document.id),
    });
    const b = peer(baseUrl, document.id, {
      ticket: await ticketFor(strategistClient, document.id),
    });
    await Promise.all([synced(a), synced(b)]);
    a.provider.awareness.setLocalStateField('user', { name: 'Definitely The CEO', id: 'forged' });
    a.provider.awareness.setLocalStateField('cursor', { index: 3 });
    await waitFor(() => {
      const state = b.provider.awareness.getStates().get(a.doc.clientID) as
        { cursor?: unknown } | undefined;
      return state?.cursor !== undefined;
    });
    const state = b.provider.awareness.getStates().get(a.doc.clientID) as {
      user: { id: string; name: string; color: string };
    };
    expect(state.user).toEqual({
      id: strategist.id,
      name: 'Sara Strategist',
      color: expect.stringMatching(/^#[0-9a-f]{6}$/),
    });
  });
});

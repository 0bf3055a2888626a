import { CloseCode } from '@chorus/collab-protocol';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { updateMessage } from '../../src/collaboration/messages.js';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { buildBrandTeam } from '../support/brand-actors.js';
import {
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
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createStrategy, REDEEM, REVOKE_LINK, shareDocument } from './share-links-fixtures.js';

describe("a guest's socket reads its document, never writes, and closes with its link", () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let baseUrl: string;
  let factories: Factories;
  let brand: BrandEntity;
  let strategist: GraphQLClient;
  let documentId: string;
  let otherDocumentId: string;
  let address = 1;
  const peers: TestPeer[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    baseUrl = await listen(app);
    factories = new Factories(app);
    const team = await buildBrandTeam(factories, [['Stella Strategist', ['strategist']]]);
    brand = team.brand;
    strategist = team.clients[0]!;
    documentId = await createStrategy(strategist, brand.id, 'Shared strategy');
    otherDocumentId = await createStrategy(strategist, brand.id, 'Internal strategy');
    const writer = connectPeer(baseUrl, documentId, {
      ticket: await ticketFor(strategist, documentId),
    });
    peers.push(writer);
    await synced(writer);
    writer.doc.getText('body').insert(0, 'Insight: people buy calm, not tea.');
    await waitFor(() => writer.provider.synced);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }, 120_000);

  afterAll(async () => {
    for (const peer of peers) peer.destroy();
    await app?.close();
    await database?.drop();
  });

  /** A guest browser that redeemed a new link of `capability` on the shared document. */
  async function guest(capability = 'COMMENT', name = 'Lan') {
    const link = await shareDocument(strategist, brand.id, documentId, { capability });
    const client = factories.anonymous();
    client.address = `10.3.0.${address++}`;
    await client.ok(REDEEM, { i: { token: link.token, name } });
    return { link, client, cookie: client.cookie! };
  }

  async function storedBytes(): Promise<number> {
    const [row] = await app.get(DataSource).query<[{ n: string }]>(
      `SELECT (coalesce((SELECT sum(length("update")) FROM document_updates WHERE document_id = $1), 0)
               + coalesce((SELECT length(state) FROM document_snapshots WHERE document_id = $1), 0))::text AS n`,
      [documentId],
    );
    return Number(row.n);
  }

  it('syncs the document to a guest and drops every write: 0 bytes change, the socket stays', async () => {
    const { client, cookie } = await guest();
    const byCookie = connectPeer(baseUrl, documentId, { cookie });
    const byTicket = connectPeer(baseUrl, documentId, {
      ticket: await ticketFor(client, documentId),
    });
    peers.push(byCookie, byTicket);
    await Promise.all([synced(byCookie), synced(byTicket)]);
    for (const peer of [byCookie, byTicket]) {
      expect(peer.doc.getText('body').toJSON()).toBe('Insight: people buy calm, not tea.');
    }
    const before = await storedBytes();
    for (let i = 0; i < 200; i += 1) {
      byCookie.doc.getText('body').insert(0, `x${i}`);
      byTicket.doc.getText('body').insert(0, `y${i}`);
    }
    const raw = await rawSocket(`${baseUrl}/${documentId}`, cookie);
    const attacker = new Y.Doc();
    attacker.getText('body').insert(0, 'defaced');
    raw.ws.send(updateMessage(Y.encodeStateAsUpdate(attacker)));
    const fresh = connectPeer(baseUrl, documentId, {
      ticket: await ticketFor(strategist, documentId),
    });
    peers.push(fresh);
    await synced(fresh);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fresh.doc.getText('body').toJSON()).toBe('Insight: people buy calm, not tea.');
    expect(await storedBytes()).toBe(before);
    expect(byCookie.provider.wsconnected && byTicket.provider.wsconnected).toBe(true);
    raw.ws.close();
  });

  it('shows the guest\'s presence as "Guest: <name>"', async () => {
    const { cookie } = await guest('VIEW', 'Minh Tran');
    const guestPeer = connectPeer(baseUrl, documentId, { cookie });
    const member = connectPeer(baseUrl, documentId, {
      ticket: await ticketFor(strategist, documentId),
    });
    peers.push(guestPeer, member);
    await Promise.all([synced(guestPeer), synced(member)]);
    guestPeer.provider.awareness.setLocalStateField('user', { name: 'The CEO', id: 'forged' });
    await waitFor(
      () => member.provider.awareness.getStates().has(guestPeer.doc.clientID),
      20_000,
      'the guest presence',
    );
    const state = member.provider.awareness.getStates().get(guestPeer.doc.clientID) as {
      user: { name: string; id: string };
    };
    expect(state.user.name).toBe('Guest: Minh Tran');
    expect(state.user.id).toMatch(/^guest:/);
  });

  it('refuses a guest socket on a document its link does not cover', async () => {
    const { cookie } = await guest();
    const peer = connectPeer(baseUrl, otherDocumentId, { cookie });
    peers.push(peer);
    await waitFor(() => peer.closes.length > 0, 20_000, 'the refusal');
    expect(peer.closes[0]!.code).toBe(CloseCode.NOT_FOUND);
  });

  it('closes the live sockets of a revoked link, and refuses them afterwards', async () => {
    const { link, cookie } = await guest();
    const peer = connectPeer(baseUrl, documentId, { cookie });
    peers.push(peer);
    await synced(peer);
    await strategist.ok(REVOKE_LINK, { id: link.id });
    await waitFor(() => peer.closes.length > 0, 30_000, 'the socket to close');
    expect(peer.closes[0]!.code).toBe(CloseCode.ACCESS_REVOKED);
    const again = connectPeer(baseUrl, documentId, { cookie });
    peers.push(again);
    await waitFor(() => again.closes.length > 0, 20_000, 'the refusal');
    expect(again.closes[0]!.code).toBe(CloseCode.UNAUTHENTICATED);
  });

  it('closes the live sockets of a link that expires', async () => {
    const { link, cookie } = await guest();
    const peer = connectPeer(baseUrl, documentId, { cookie });
    peers.push(peer);
    await synced(peer);
    await app
      .get(DataSource)
      .query(`UPDATE share_links SET expires_at = now() WHERE id = $1`, [link.id]);
    await waitFor(() => peer.closes.length > 0, 15_000, 'the socket to close');
    expect(peer.closes[0]!.code).toBe(CloseCode.ACCESS_REVOKED);
  });
});

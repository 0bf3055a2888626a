import { randomUUID } from 'node:crypto';
import { CloseCode } from '@chorus/collab-protocol';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { DocumentEntity } from '../../src/modules/documents/index.js';
import type { WorkspaceEntity } from '../../src/modules/workspaces/index.js';
import {
  buildDocument,
  connectPeer,
  listen,
  rawSocket,
  synced,
  ticketFor,
  waitFor,
  type TestPeer,
} from '../support/collab.js';
import { Factories } from '../support/factories.js';
import { REDEEM, REVOKE_LINK, shareDocument } from './share-links-fixtures.js';
import type { GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const redisUrl = process.env.REDIS_URL;
const describeWithRedis = redisUrl && process.env.DATABASE_URL ? describe : describe.skip;

describeWithRedis('two server instances sharing PostgreSQL and Redis', () => {
  let database: TestDatabase;
  let first: NestExpressApplication;
  let second: NestExpressApplication;
  let firstUrl: string;
  let secondUrl: string;
  let factories: Factories;
  let workspace: WorkspaceEntity;
  let document: DocumentEntity;
  let ownerClient: GraphQLClient;
  const peers: TestPeer[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = {
      CHORUS_SEED_DEMO: 'false',
      REDIS_URL: redisUrl!,
      REDIS_KEY_PREFIX: `test-${randomUUID().slice(0, 8)}:`,
    };
    first = await createTestApp({ database: database.config, env });
    second = await createTestApp({ database: database.config, env });
    firstUrl = await listen(first);
    secondUrl = await listen(second);
    factories = new Factories(first);
    const owner = await factories.buildUser();
    workspace = await factories.buildWorkspace(owner);
    const team = await factories.buildTeam(workspace);
    const strategist = await factories.buildUser();
    await factories.addMember(workspace, strategist, 'member');
    await factories.setTeamRoles(team, strategist, ['strategist']);
    const brand = await factories.buildBrand(workspace, [team]);
    document = await buildDocument(factories, brand, strategist);
    ownerClient = await factories.signedIn(owner);
    const editor = await factories.signedIn(strategist);
    for (let i = 0; i < 6; i += 1) {
      const url = i % 2 === 0 ? firstUrl : secondUrl;
      peers.push(connectPeer(url, document.id, { ticket: await ticketFor(editor, document.id) }));
    }
    await Promise.all(peers.map((peer) => synced(peer)));
  }, 120_000);

  afterAll(async () => {
    for (const peer of peers) peer.destroy();
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  it('converge: clients on different instances see each other’s edits', async () => {
    peers.forEach((peer, i) =>
      peer.doc.getText('body').insert(0, `[${i}:${i % 2 === 0 ? 'A' : 'B'}]`),
    );
    await waitFor(
      () =>
        peers.every(
          (peer) =>
            peer.doc.getText('body').length === peers[0]!.doc.getText('body').length &&
            peer.doc.getText('body').length >= 30,
        ),
      30_000,
      'convergence across instances',
    );
    const reference = Y.encodeStateVector(peers[0]!.doc);
    for (const peer of peers) expect(Y.encodeStateVector(peer.doc)).toEqual(reference);
    for (let i = 0; i < 6; i += 1)
      expect(peers[0]!.doc.getText('body').toJSON()).toContain(`[${i}:`);
  });

  it('stores each update once, by the instance that accepted it', async () => {
    const [{ n }] = await first
      .get(DataSource)
      .query<[{ n: string }]>(
        'SELECT count(*)::text AS n FROM document_updates WHERE document_id = $1',
        [document.id],
      );
    expect(Number(n)).toBe(6);
  });

  it('a revocation issued on one instance closes sockets on the other within 2 s', async () => {
    const user = await factories.buildUser();
    await factories.addMember(workspace, user, 'member');
    const [{ team_id: teamId }] = await first
      .get(DataSource)
      .query<[{ team_id: string }]>(
        'SELECT team_id FROM brand_teams bt JOIN documents d ON d.brand_id = bt.brand_id WHERE d.id = $1',
        [document.id],
      );
    await first
      .get(DataSource)
      .query(`INSERT INTO team_members (team_id, user_id, roles) VALUES ($1, $2, '{strategist}')`, [
        teamId,
        user.id,
      ]);
    const client = await factories.signedIn(user);
    const onSecond = connectPeer(secondUrl, document.id, {
      ticket: await ticketFor(client, document.id),
    });
    peers.push(onSecond);
    await synced(onSecond);
    // removeMember goes through the first instance's GraphQL.
    await ownerClient.ok(`mutation($input: RemoveMemberInput!) { removeMember(input: $input) }`, {
      input: { workspaceId: workspace.id, userId: user.id },
    });
    await waitFor(
      () => onSecond.closes.length > 0,
      30_000,
      'the socket on the other instance to close',
    );
    expect(onSecond.closes[0]?.code).toBe(CloseCode.ACCESS_REVOKED);
  });

  it("a share link revoked on one instance closes its guests' sockets on the other", async () => {
    const link = await shareDocument(ownerClient, document.brandId, document.id);
    const guest = factories.anonymous();
    guest.address = '10.11.0.1';
    await guest.ok(REDEEM, { i: { token: link.token, name: 'Lan' } });
    const onSecond = connectPeer(secondUrl, document.id, { cookie: guest.cookie! });
    peers.push(onSecond);
    await synced(onSecond);
    await ownerClient.ok(REVOKE_LINK, { id: link.id });
    await waitFor(
      () => onSecond.closes.length > 0,
      30_000,
      "the guest's socket on the other instance to close",
    );
    expect(onSecond.closes[0]?.code).toBe(CloseCode.ACCESS_REVOKED);
  });

  it('refuses, on the other instance, presence that claims a client id owned on the first', async () => {
    const owner = peers[0]!; // connected to the first instance
    const observer = peers[1]!; // connected to the second
    owner.provider.awareness.setLocalStateField('cursor', { index: 1 });
    const id = owner.doc.clientID;
    type Cursor = { cursor?: { index: number } } | undefined;
    await waitFor(
      () => (observer.provider.awareness.getStates().get(id) as Cursor)?.cursor?.index === 1,
      5000,
      'the presence to reach the second instance',
    );
    const attacker = await rawSocket(
      `${secondUrl}/${document.id}?ticket=${encodeURIComponent(await ticketFor(ownerClient, document.id))}`,
    );
    for (const state of [{ cursor: { index: 99 } }, null]) {
      const update = encoding.createEncoder();
      encoding.writeVarUint(update, 1);
      encoding.writeVarUint(update, id);
      encoding.writeVarUint(update, 10_000);
      encoding.writeVarString(update, JSON.stringify(state));
      const frame = encoding.createEncoder();
      encoding.writeVarUint(frame, 1);
      encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
      attacker.ws.send(encoding.toUint8Array(frame));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const peer of [observer, peers[2]!]) {
      expect((peer.provider.awareness.getStates().get(id) as Cursor)?.cursor?.index).toBe(1);
    }
    attacker.ws.close();
  });
});

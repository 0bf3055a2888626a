import { CloseCode } from '@chorus/collab-protocol';
import type { NestExpressApplication } from '@nestjs/platform-express';
import * as encoding from 'lib0/encoding';
import { CollabGateway } from '../../src/collaboration/collab-gateway.js';
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
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

type CursorState = { cursor?: { index: number }; user?: { name: string } } | undefined;

/** A raw y-websocket presence frame with one entry. */
function awarenessFrame(client: number, state: unknown): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, client);
  encoding.writeVarUint(update, 1);
  encoding.writeVarString(update, JSON.stringify(state));
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Presence floods, with the official y-websocket client and with a raw socket that stops
 * reading: the offender is closed with 4431 and its socket destroyed at once (not after
 * ws's 30 s close timeout), while another person's presence and edits go on as before.
 * Latency under attack is measured by `pnpm bench:presence-attack`, not asserted here.
 */
describe('a presence flood closes the flooding socket and no one else’s', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let baseUrl: string;
  let document: DocumentEntity;
  let editor: GraphQLClient;
  let otherUser: GraphQLClient;
  const peers: TestPeer[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({
      database: database.config,
      env: {
        CHORUS_SEED_DEMO: 'false',
        COLLAB_PRESENCE_MAX_BYTES: '1024',
        COLLAB_PRESENCE_BYTES_PER_SECOND: '4096',
      },
    });
    baseUrl = await listen(app);
    const factories = new Factories(app);
    const built = await buildStrategyDocument(factories);
    ({ document, editor } = built);
    const second = await factories.buildUser({ displayName: 'Otto Other' });
    await factories.addMember(built.workspace, second, 'member');
    await factories.setTeamRoles(built.team, second, ['smm_specialist']);
    otherUser = await factories.signedIn(second);
  }, 120_000);

  afterEach(() => {
    for (const peer of peers.splice(0)) peer.destroy();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function peerOf(client: GraphQLClient): Promise<TestPeer> {
    const peer = connectPeer(baseUrl, document.id, {
      ticket: await ticketFor(client, document.id),
    });
    peers.push(peer);
    await synced(peer);
    return peer;
  }

  it('closes the stock client with 4431 when its presence state is over the cap; others never see it', async () => {
    const watching = await peerOf(editor);
    const offender = await peerOf(otherUser);
    const offenderId = offender.doc.clientID;
    offender.provider.awareness.setLocalStateField('blob', 'x'.repeat(1500));
    await waitFor(
      () => offender.closes.some((close) => close.code === CloseCode.PRESENCE_LIMIT),
      10_000,
      'the 4431 close',
    );
    offender.destroy();
    await sleep(200);
    expect(watching.provider.awareness.getStates().has(offenderId)).toBe(false);
    expect(watching.closes).toEqual([]);
  });

  it('closes the stock client with 4431 when it sends presence faster than the byte rate', async () => {
    const offender = await peerOf(otherUser);
    // Each state is under the 1 KiB cap; 40 of them at once (~38 KiB) exceed the 8 KiB burst.
    for (let index = 0; index < 40; index += 1) {
      offender.provider.awareness.setLocalStateField('cursor', { index, pad: 'p'.repeat(900) });
    }
    await waitFor(
      () => offender.closes.some((close) => close.code === CloseCode.PRESENCE_LIMIT),
      10_000,
      'the 4431 close',
    );
  });

  it('destroys a flooding socket that stops reading, instead of waiting 30 s for its close reply', async () => {
    const gateway = app.get(CollabGateway);
    // The earlier tests' clients close cooperatively; then this socket is the only one.
    await waitFor(() => gateway.openSockets === 0, 10_000, 'earlier sockets to close');
    const flooder = await rawSocket(
      `${baseUrl}/${document.id}?ticket=${encodeURIComponent(await ticketFor(otherUser, document.id))}`,
    );
    await waitFor(() => gateway.openSockets === 1, 10_000, 'the socket to open');
    // Never reads again, so it never answers the close frame; then floods ~9 MB of presence.
    flooder.ws.pause();
    const big = awarenessFrame(838383, { cursor: { pad: 'x'.repeat(900 * 1024) } });
    for (let i = 0; i < 10; i += 1) flooder.ws.send(big);
    // ws alone would wait 30 s for the client's close reply; the offender is cut at once.
    await waitFor(() => gateway.openSockets === 0, 10_000, 'the server to destroy the socket');
    flooder.ws.terminate();
  });

  it('keeps another person’s presence and edits flowing while a socket floods', async () => {
    const alice = await peerOf(editor);
    const bob = await peerOf(editor);
    const flooder = await rawSocket(
      `${baseUrl}/${document.id}?ticket=${encodeURIComponent(await ticketFor(otherUser, document.id))}`,
    );
    const big = awarenessFrame(939393, { cursor: { pad: 'x'.repeat(900 * 1024) } });
    for (let i = 0; i < 5; i += 1) flooder.ws.send(big);
    // Ordinary use: a cursor that moves every 50 ms for a second and a half, and typing.
    for (let index = 1; index <= 30; index += 1) {
      alice.provider.awareness.setLocalStateField('cursor', { index });
      alice.doc.getText('body').insert(0, 'a');
      await sleep(50);
    }
    expect((await flooder.closed).code).toBe(CloseCode.PRESENCE_LIMIT);
    await waitFor(
      () =>
        (bob.provider.awareness.getStates().get(alice.doc.clientID) as CursorState)?.cursor
          ?.index === 30,
      10_000,
      'Alice’s last cursor at Bob',
    );
    await waitFor(() => bob.doc.getText('body').length >= 30, 10_000, 'Alice’s typing at Bob');
    const seen = bob.provider.awareness.getStates().get(alice.doc.clientID) as CursorState;
    expect(seen?.user?.name).toBe('Sara Strategist');
    expect(bob.provider.awareness.getStates().has(939393)).toBe(false);
    expect(alice.closes).toEqual([]);
    expect(bob.closes).toEqual([]);
  });
});

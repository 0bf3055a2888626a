import { CloseCode } from '@chorus/collab-protocol';
import type { NestExpressApplication } from '@nestjs/platform-express';
import * as encoding from 'lib0/encoding';
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

/** A raw y-websocket awareness frame with the given entries (client id, clock, state). */
export function awarenessFrame(
  entries: Array<{ client: number; clock: number; state: unknown }>,
): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(update, entry.client);
    encoding.writeVarUint(update, entry.clock);
    encoding.writeVarString(update, JSON.stringify(entry.state));
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

type CursorState = { cursor?: { index: number }; user?: { name: string } } | undefined;

describe('presence is capped in bytes and owned by the socket that set it', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let baseUrl: string;
  let factories: Factories;
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
    factories = new Factories(app);
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

  async function socketFor(client: GraphQLClient) {
    return rawSocket(
      `${baseUrl}/${document.id}?ticket=${encodeURIComponent(await ticketFor(client, document.id))}`,
    );
  }

  async function watcher(): Promise<TestPeer> {
    const peer = connectPeer(baseUrl, document.id, {
      ticket: await ticketFor(editor, document.id),
    });
    peers.push(peer);
    await synced(peer);
    return peer;
  }

  it('closes a socket whose presence state is over the configured cap with 4431, relaying nothing of it', async () => {
    const watching = await watcher();
    const socket = await socketFor(otherUser);
    socket.ws.send(
      awarenessFrame([{ client: 424242, clock: 1, state: { blob: 'x'.repeat(1100) } }]),
    );
    expect((await socket.closed).code).toBe(CloseCode.PRESENCE_LIMIT);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(watching.provider.awareness.getStates().has(424242)).toBe(false);
    expect(watching.provider.wsconnected).toBe(true);
  });

  it('keeps a socket whose presence stays under the cap and the byte rate', async () => {
    const watching = await watcher();
    const socket = await socketFor(otherUser);
    for (let clock = 1; clock <= 5; clock += 1) {
      socket.ws.send(
        awarenessFrame([{ client: 515151, clock, state: { cursor: { index: clock } } }]),
      );
    }
    await waitFor(
      () =>
        (watching.provider.awareness.getStates().get(515151) as CursorState)?.cursor?.index === 5,
      5000,
      'the last presence state',
    );
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
    socket.ws.close();
  });

  it('closes a socket that sends more presence bytes a second than allowed with 4431', async () => {
    const socket = await socketFor(otherUser);
    // Each message is under the 1 KiB cap; 20 of them (~19 KiB) exceed the 8 KiB burst.
    for (let clock = 1; clock <= 20; clock += 1) {
      socket.ws.send(awarenessFrame([{ client: 616161, clock, state: { pad: 'p'.repeat(900) } }]));
    }
    expect((await socket.closed).code).toBe(CloseCode.PRESENCE_LIMIT);
  });

  it('refuses to let another user’s socket overwrite or remove a presence entry it does not own', async () => {
    const owner = await watcher();
    owner.provider.awareness.setLocalStateField('cursor', { index: 1 });
    const ownerId = owner.doc.clientID;
    const observer = connectPeer(baseUrl, document.id, {
      ticket: await ticketFor(otherUser, document.id),
    });
    peers.push(observer);
    await synced(observer);
    await waitFor(() => observer.provider.awareness.getStates().has(ownerId));
    const attacker = await socketFor(otherUser);
    // First frame names the victim's id: the attacker owns no id yet, but this one is taken.
    attacker.ws.send(
      awarenessFrame([{ client: ownerId, clock: 999, state: { cursor: { index: 99 } } }]),
    );
    attacker.ws.send(awarenessFrame([{ client: ownerId, clock: 1000, state: null }]));
    await new Promise((resolve) => setTimeout(resolve, 400));
    const seen = observer.provider.awareness.getStates().get(ownerId) as CursorState;
    expect(seen?.cursor?.index).toBe(1);
    expect(seen?.user?.name).toBe('Sara Strategist');
    // The owner's own updates still go through.
    owner.provider.awareness.setLocalStateField('cursor', { index: 2 });
    await waitFor(
      () =>
        (observer.provider.awareness.getStates().get(ownerId) as CursorState)?.cursor?.index === 2,
      5000,
      'the owner’s next state',
    );
    attacker.ws.close();
  });

  it('frees a client id when its socket leaves, so a new socket may take it', async () => {
    const observer = await watcher();
    const first = await socketFor(otherUser);
    first.ws.send(awarenessFrame([{ client: 717171, clock: 1, state: { cursor: { index: 1 } } }]));
    await waitFor(() => observer.provider.awareness.getStates().has(717171));
    first.ws.close();
    await waitFor(
      () => !observer.provider.awareness.getStates().has(717171),
      20_000,
      'the removal',
    );
    const second = await socketFor(editor);
    second.ws.send(awarenessFrame([{ client: 717171, clock: 5, state: { cursor: { index: 5 } } }]));
    await waitFor(
      () =>
        (observer.provider.awareness.getStates().get(717171) as CursorState)?.cursor?.index === 5,
      5000,
      'the new owner’s state',
    );
    second.ws.close();
  });
});

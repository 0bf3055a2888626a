import type { NestExpressApplication } from '@nestjs/platform-express';
import { updateMessage } from '../../src/collaboration/messages.js';
import { DataSource } from 'typeorm';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { DocumentEntity } from '../../src/modules/documents/index.js';
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
import type { GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('view and comment connections cannot change a document', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let baseUrl: string;
  let document: DocumentEntity;
  let editor: GraphQLClient;
  let viewer: GraphQLClient;
  let commenter: GraphQLClient;
  let owner: GraphQLClient;
  const peers: TestPeer[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    baseUrl = await listen(app);
    const factories = new Factories(app);
    const ownerUser = await factories.buildUser();
    const workspace = await factories.buildWorkspace(ownerUser);
    const team = await factories.buildTeam(workspace);
    const strategist = await factories.buildUser();
    const moderator = await factories.buildUser();
    const secondModerator = await factories.buildUser();
    await factories.addMember(workspace, strategist, 'member');
    await factories.addMember(workspace, moderator, 'member');
    await factories.addMember(workspace, secondModerator, 'member');
    await factories.setTeamRoles(team, strategist, ['strategist']);
    await factories.setTeamRoles(team, moderator, ['moderator']);
    await factories.setTeamRoles(team, secondModerator, ['moderator']);
    const brand = await factories.buildBrand(workspace, [team]);
    document = await buildDocument(factories, brand, strategist);
    editor = await factories.signedIn(strategist);
    // Moderators read strategies (and will comment once comments exist) but write no content.
    commenter = await factories.signedIn(moderator);
    viewer = await factories.signedIn(secondModerator);
    owner = await factories.signedIn(ownerUser); // owners edit all of a brand's content
  }, 120_000);

  afterAll(async () => {
    for (const created of peers) created.destroy();
    await app?.close();
    await database?.drop();
  });

  async function storedBytes(): Promise<number> {
    const [row] = await app.get(DataSource).query<[{ n: string }]>(
      `SELECT (coalesce((SELECT sum(length("update")) FROM document_updates WHERE document_id = $1), 0)
               + coalesce((SELECT length(state) FROM document_snapshots WHERE document_id = $1), 0))::text AS n`,
      [document.id],
    );
    return Number(row.n);
  }

  it('reports the capability in the ticket: edit for the strategist and the owner, comment for moderators', async () => {
    const capability = async (client: GraphQLClient) =>
      (
        await client.ok<{ issueCollabTicket: { capability: string } }>(
          `mutation($id: ID!) { issueCollabTicket(documentId: $id) { capability } }`,
          { id: document.id },
        )
      ).issueCollabTicket.capability;
    expect(await capability(editor)).toBe('EDIT');
    expect(await capability(owner)).toBe('EDIT');
    expect(await capability(commenter)).toBe('COMMENT');
    expect(await capability(viewer)).toBe('COMMENT');
  });

  it('ignores 1,000 write attempts from view and comment connections: 0 bytes change', async () => {
    const writer = connectPeer(baseUrl, document.id, {
      ticket: await ticketFor(editor, document.id),
    });
    peers.push(writer);
    await synced(writer);
    writer.doc.getText('body').insert(0, 'Insight: people buy calm, not tea.');
    await waitFor(() => writer.provider.synced);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = await storedBytes();

    const readers = [
      connectPeer(baseUrl, document.id, { ticket: await ticketFor(viewer, document.id) }),
      connectPeer(baseUrl, document.id, { ticket: await ticketFor(commenter, document.id) }),
    ];
    peers.push(...readers);
    await Promise.all(readers.map((reader) => synced(reader)));
    // They receive the document...
    for (const reader of readers) expect(reader.doc.getText('body').toJSON()).toContain('Insight');
    // ...but what they write goes nowhere.
    for (let i = 0; i < 500; i += 1) {
      for (const reader of readers) reader.doc.getText('body').insert(0, `x${i}`);
    }
    const fresh = connectPeer(baseUrl, document.id, {
      ticket: await ticketFor(editor, document.id),
    });
    peers.push(fresh);
    await synced(fresh);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fresh.doc.getText('body').toJSON()).toBe('Insight: people buy calm, not tea.');
    expect(writer.doc.getText('body').toJSON()).toBe('Insight: people buy calm, not tea.');
    expect(await storedBytes()).toBe(before);
    // The connections stay open: view-only is a capability, not an offence.
    expect(readers.every((reader) => reader.provider.wsconnected)).toBe(true);
  });

  it('drops a raw update frame from a view connection', async () => {
    const before = await storedBytes();
    const socket = await rawSocket(
      `${baseUrl}/${document.id}?ticket=${encodeURIComponent(await ticketFor(viewer, document.id))}`,
    );
    const attacker = new Y.Doc();
    attacker.getText('body').insert(0, 'defaced');
    socket.ws.send(updateMessage(Y.encodeStateAsUpdate(attacker)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await storedBytes()).toBe(before);
    socket.ws.close();
  });

  it('drops presence that claims another connection’s client id', async () => {
    const a = connectPeer(baseUrl, document.id, { ticket: await ticketFor(editor, document.id) });
    const b = connectPeer(baseUrl, document.id, {
      ticket: await ticketFor(commenter, document.id),
    });
    peers.push(a, b);
    await Promise.all([synced(a), synced(b)]);
    a.provider.awareness.setLocalStateField('cursor', { index: 1 });
    await waitFor(() => b.provider.awareness.getStates().has(a.doc.clientID));
    // b forges an awareness entry for a's client id.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, b.doc.clientID);
    encoding.writeVarUint(encoder, 1000);
    encoding.writeVarString(encoder, JSON.stringify({ cursor: { index: 2 } }));
    encoding.writeVarUint(encoder, a.doc.clientID);
    encoding.writeVarUint(encoder, 1000);
    encoding.writeVarString(
      encoder,
      JSON.stringify({ cursor: { index: 99 }, user: { name: 'forged' } }),
    );
    const awarenessUpdate = encoding.toUint8Array(encoder);
    const frame = encoding.createEncoder();
    encoding.writeVarUint(frame, 1);
    encoding.writeVarUint8Array(frame, awarenessUpdate);
    b.provider.ws!.send(encoding.toUint8Array(frame));
    await waitFor(
      () =>
        (
          a.provider.awareness.getStates().get(b.doc.clientID) as
            { cursor?: { index: number } } | undefined
        )?.cursor?.index === 2,
    );
    const aAsSeenByA = a.provider.awareness.getLocalState() as { cursor: { index: number } };
    expect(aAsSeenByA.cursor.index).toBe(1);
    const aAsSeenByB = b.provider.awareness.getStates().get(a.doc.clientID) as {
      cursor: { index: number };
    };
    expect(aAsSeenByB.cursor.index).toBe(1);
  });
});

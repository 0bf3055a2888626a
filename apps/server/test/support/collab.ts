import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { DocumentEntity, type DocumentKind } from '../../src/modules/documents/index.js';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import type { UserEntity } from '../../src/modules/accounts/index.js';
import type { Factories } from './factories.js';
import type { GraphQLClient } from './graphql.js';

/** Starts the app on a random port; returns its ws:// base URL for /collab. */
export async function listen(app: NestExpressApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return `ws://127.0.0.1:${port}/collab`;
}

export async function buildDocument(
  factories: Factories,
  brand: BrandEntity,
  createdBy: UserEntity,
  kind: DocumentKind = 'strategy',
): Promise<DocumentEntity> {
  return factories.db.manager.save(
    factories.db.manager.create(DocumentEntity, {
      brandId: brand.id,
      kind,
      title: 'Strategy 2027',
      createdBy: createdBy.id,
      archivedAt: null,
    }),
  );
}

export async function ticketFor(client: GraphQLClient, documentId: string): Promise<string> {
  const data = await client.ok<{ issueCollabTicket: { ticket: string } }>(
    `mutation($id: ID!) { issueCollabTicket(documentId: $id) { ticket } }`,
    { id: documentId },
  );
  return data.issueCollabTicket.ticket;
}

/** A WebSocket class for the stock provider that sends a Cookie header (browsers do this). */
export function webSocketWithCookie(cookie: string): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  } as typeof WebSocket;
}

export interface TestPeer {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closes: Array<{ code: number; reason: string }>;
  destroy: () => void;
}

/** The official y-websocket client, connected with a ticket or a cookie. */
export function connectPeer(
  baseUrl: string,
  documentId: string,
  auth: { ticket?: string; cookie?: string },
  options: { connect?: boolean } = {},
): TestPeer {
  const doc = new Y.Doc();
  const closes: TestPeer['closes'] = [];
  const provider = new WebsocketProvider(baseUrl, documentId, doc, {
    WebSocketPolyfill: (auth.cookie ? webSocketWithCookie(auth.cookie) : WebSocket) as never,
    params: auth.ticket ? { ticket: auth.ticket } : {},
    connect: options.connect ?? true,
    disableBc: true,
    maxBackoffTime: 200,
  });
  provider.on('connection-close', (event: { code: number; reason: string } | null) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  return {
    doc,
    provider,
    closes,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function waitFor(
  condition: () => boolean,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function synced(peer: TestPeer, timeoutMs = 20_000): Promise<void> {
  return waitFor(() => peer.provider.synced, timeoutMs, 'sync');
}

/** A raw socket (not the stock client) for hostile-frame tests. */
export function rawSocket(
  url: string,
  cookie?: string,
): Promise<{
  ws: WebSocket;
  closed: Promise<{ code: number; reason: string }>;
  messages: Buffer[];
}> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, cookie ? { headers: { cookie } } : {});
    const messages: Buffer[] = [];
    ws.on('message', (data: Buffer) => messages.push(data));
    const closed = new Promise<{ code: number; reason: string }>((done) =>
      ws.on('close', (code, reason) => done({ code, reason: reason.toString() })),
    );
    ws.once('open', () => resolve({ ws, closed, messages }));
    ws.once('error', reject);
  });
}

/**
 * The usual collaboration set-up: a workspace whose team (one strategist) works on a brand
 * with one strategy document; returns the pieces and a signed-in client for the strategist.
 */
export async function buildStrategyDocument(factories: Factories) {
  const owner = await factories.buildUser();
  const workspace = await factories.buildWorkspace(owner);
  const team = await factories.buildTeam(workspace);
  const strategist = await factories.buildUser({ displayName: 'Sara Strategist' });
  await factories.addMember(workspace, strategist, 'member');
  await factories.setTeamRoles(team, strategist, ['strategist']);
  const brand = await factories.buildBrand(workspace, [team]);
  const document = await buildDocument(factories, brand, strategist);
  return {
    owner,
    workspace,
    team,
    strategist,
    brand,
    document,
    editor: await factories.signedIn(strategist),
  };
}

/**
 * Stock clients that join documents as signed-in people and are all destroyed at once
 * (call `destroyAll` after each test).
 */
export function peerPool(baseUrl: () => string) {
  const peers: TestPeer[] = [];
  return {
    /** Connects `client` to the document and resolves once it is in sync. */
    join: async (client: GraphQLClient, documentId: string): Promise<TestPeer> => {
      const peer = connectPeer(baseUrl(), documentId, { cookie: client.cookie! });
      peers.push(peer);
      await synced(peer);
      return peer;
    },
    destroyAll: (): void => {
      for (const peer of peers.splice(0)) peer.destroy();
    },
  };
}

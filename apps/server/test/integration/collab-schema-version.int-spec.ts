import {
  CloseCode,
  CONTENT_SCHEMA_VERSION,
  SCHEMA_PARAM,
  TICKET_PARAM,
} from '@chorus/collab-protocol';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { DocumentEntity } from '../../src/modules/documents/index.js';
import { buildStrategyDocument, listen, ticketFor, waitFor } from '../support/collab.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Deploys with tabs open: an editor states the content schema it was built with, and one
 * older than the server's is refused with 4426 (reload required) before it reads or sends
 * anything, so a tab of the previous build cannot drop what a newer one wrote. Clients that
 * state no schema (scripts, the stock client) are let in.
 */
describe('the content schema an editor states when it connects', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let baseUrl: string;
  let document: DocumentEntity;
  let editor: GraphQLClient;
  const providers: WebsocketProvider[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    baseUrl = await listen(app);
    ({ document, editor } = await buildStrategyDocument(new Factories(app)));
  }, 120_000);

  afterAll(async () => {
    for (const provider of providers) provider.destroy();
    await app?.close();
    await database?.drop();
  });

  /** The official client with a ticket and, when given, a schema version. */
  async function connect(schema: string | null) {
    const doc = new Y.Doc();
    const closes: number[] = [];
    const provider = new WebsocketProvider(baseUrl, document.id, doc, {
      WebSocketPolyfill: WebSocket as never,
      params: {
        [TICKET_PARAM]: await ticketFor(editor, document.id),
        ...(schema === null ? {} : { [SCHEMA_PARAM]: schema }),
      },
      disableBc: true,
      maxBackoffTime: 200,
    });
    provider.on('connection-close', (event) => {
      if (event) closes.push(event.code);
    });
    providers.push(provider);
    return { doc, provider, closes };
  }

  it('lets an editor of the current schema, and a client stating none, edit together', async () => {
    const current = await connect(String(CONTENT_SCHEMA_VERSION));
    const script = await connect(null);
    await waitFor(() => current.provider.synced && script.provider.synced, 20_000, 'sync');
    current.doc.getText('probe').insert(0, 'written by the current build');
    await waitFor(
      () => script.doc.getText('probe').toJSON() === 'written by the current build',
      20_000,
      'the edit to reach the script',
    );
  });

  it.each([
    ['an older build', String(CONTENT_SCHEMA_VERSION - 1)],
    ['a garbled version', 'v1'],
  ])('refuses %s with 4426 before it reads or sends anything', async (_what, schema) => {
    const old = await connect(schema);
    // What an old editor would do on load: rewrite the content it does not understand.
    old.doc.getText('probe').insert(0, 'old build was here: ');
    await waitFor(() => old.closes.length > 0, 20_000, 'the refusal');
    expect(old.closes[0]).toBe(CloseCode.RELOAD_REQUIRED);
    expect(old.provider.synced).toBe(false);
    expect(old.doc.getText('probe').toJSON()).toBe('old build was here: ');

    // The server's content is untouched: a current editor reads only what it wrote.
    const check = await connect(String(CONTENT_SCHEMA_VERSION));
    await waitFor(() => check.provider.synced, 20_000, 'sync');
    expect(check.doc.getText('probe').toJSON()).toBe('written by the current build');
  });
});

import { encodeTextAnchor, resolveTextAnchor } from '@chorus/post-model';
import type { NestExpressApplication } from '@nestjs/platform-express';
import * as Y from 'yjs';
import type { BrandEntity } from '../../src/modules/brands/index.js';
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
import { createDocument } from './approvals-fixtures.js';
import { startThread, threadsOf } from './comments-fixtures.js';

const SENTENCE = 'Our mission is tea for every family, every morning.';
const QUOTE = 'tea for every family';

/** The text a comment is anchored in: a strategy paragraph, or a post's body. */
type Kind = 'STRATEGY' | 'POST';

function textOf(doc: Y.Doc, kind: Kind): Y.Text {
  if (kind === 'POST') return doc.getText('body');
  const paragraph = doc.getXmlFragment('strategy').get(0) as Y.XmlElement | undefined;
  return (paragraph?.get(0) as Y.XmlText | undefined) ?? new Y.Text();
}

function write(doc: Y.Doc, kind: Kind): void {
  if (kind === 'POST') {
    doc.getText('body').insert(0, SENTENCE);
    return;
  }
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(SENTENCE)]);
  doc.getXmlFragment('strategy').insert(0, [paragraph]);
}

/**
 * Anchors stored as Yjs relative positions follow concurrent edits: two stock y-websocket
 * clients edit around a commented range at the same time, and the stored positions still
 * resolve — in both replicas and in a fresh load — to the quoted text; once the range is
 * deleted they resolve collapsed, and the thread keeps its quote.
 */
describe('comment anchors after concurrent edits', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let baseUrl: string;
  let editor: GraphQLClient;
  let brand: BrandEntity;
  const peers: TestPeer[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    baseUrl = await listen(app);
    ({ editor, brand } = await buildStrategyDocument(new Factories(app)));
  }, 120_000);

  afterAll(async () => {
    for (const peer of peers) peer.destroy();
    await app?.close();
    await database?.drop();
  });

  async function join(documentId: string): Promise<TestPeer> {
    const peer = connectPeer(baseUrl, documentId, { cookie: editor.cookie! });
    peers.push(peer);
    await synced(peer);
    return peer;
  }

  async function converged(a: TestPeer, b: TestPeer, kind: Kind): Promise<void> {
    await waitFor(
      () => textOf(a.doc, kind).toJSON() === textOf(b.doc, kind).toJSON(),
      20_000,
      'the replicas to agree',
    );
  }

  it.each<Kind>(['STRATEGY', 'POST'])(
    'a %s range keeps resolving to its quote through concurrent edits, then collapses when deleted',
    async (kind) => {
      const documentId = await createDocument(editor, brand, kind, `${kind} anchors`);
      const a = await join(documentId);
      const b = await join(documentId);
      write(a.doc, kind);
      await waitFor(() => textOf(b.doc, kind).toJSON() === SENTENCE, 20_000, 'the sentence');

      const from = SENTENCE.indexOf(QUOTE);
      const anchor = encodeTextAnchor(textOf(a.doc, kind), from, from + QUOTE.length);
      await startThread(editor, documentId, 'Say “tea for all” instead?', {
        anchor: { kind: 'TEXT', ...anchor, ...(kind === 'POST' ? { field: 'body' } : {}) },
      });

      // Both write at the same time, offline from each other: before, after and at the edges.
      a.provider.disconnect();
      textOf(a.doc, kind).insert(0, 'Today: ');
      textOf(a.doc, kind).insert(textOf(a.doc, kind).toJSON().indexOf(','), ' (and friends)');
      textOf(b.doc, kind).delete(0, 'Our '.length);
      textOf(b.doc, kind).insert(textOf(b.doc, kind).toJSON().indexOf(QUOTE), 'hot ');
      a.provider.connect();
      await synced(a);
      await converged(a, b, kind);
      expect(textOf(a.doc, kind).toJSON()).toBe(
        'Today: mission is hot tea for every family (and friends), every morning.',
      );

      const [stored] = await threadsOf(editor, documentId);
      const { start, end, quote } = stored!.anchor;
      expect(quote).toBe(QUOTE);
      const fresh = await join(documentId);
      for (const peer of [a, b, fresh]) {
        const found = resolveTextAnchor(peer.doc, start!, end!);
        expect(found).toMatchObject({ text: QUOTE, collapsed: false });
      }

      // The commented words are deleted: the anchor collapses where they were.
      const text = textOf(b.doc, kind);
      text.delete(text.toJSON().indexOf('tea'), QUOTE.length);
      await converged(a, b, kind);
      const gone = resolveTextAnchor(a.doc, start!, end!)!;
      expect(gone.collapsed).toBe(true);
      expect(
        textOf(a.doc, kind)
          .toJSON()
          .slice(gone.from - 'hot '.length, gone.from),
      ).toBe('hot ');
      expect((await threadsOf(editor, documentId))[0]!.anchor.quote).toBe(QUOTE);
    },
  );
});

import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  postBody,
  postFirstComment,
  postVariants,
  readPost,
  startVariant,
  variantText,
  type PostContent,
} from '@chorus/post-model';
import * as Y from 'yjs';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { DocumentKindRegistry } from '../../src/modules/documents/index.js';
import { buildBrandTeam } from '../support/brand-actors.js';
import { listen, peerPool, synced, waitFor, type TestPeer } from '../support/collab.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const CREATE = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id kind } }`;
const NAME_VERSION = `mutation($input: CreateDocumentVersionInput!) {
  createDocumentVersion(input: $input) { id number }
}`;
const RESTORE = `mutation($id: ID!) { restoreDocumentVersion(versionId: $id) { kind restoredFrom } }`;

const same = (a: PostContent, b: PostContent) => JSON.stringify(a) === JSON.stringify(b);

describe('post content: variants and the first comment through versions', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let baseUrl: string;
  let brand: BrandEntity;
  let specialist: GraphQLClient;
  let strategist: GraphQLClient;
  const peers = peerPool(() => baseUrl);

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    baseUrl = await listen(app);
    const factories = new Factories(app);
    let team: GraphQLClient[];
    ({ brand, clients: team } = await buildBrandTeam(factories, [
      ['Sam Specialist', ['smm_specialist']],
      ['Sara Strategist', ['strategist']],
    ]));
    [specialist, strategist] = team as [GraphQLClient, GraphQLClient];
  }, 120_000);

  afterEach(() => peers.destroyAll());

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('a restore brings back the base text, each network override and the first comment', async () => {
    const { createDocument: post } = await specialist.ok<{ createDocument: { id: string } }>(
      CREATE,
      { input: { brandId: brand.id, kind: 'POST', title: 'Spring launch' } },
    );
    const [a, b]: [TestPeer, TestPeer] = [
      await peers.join(specialist, post.id),
      await peers.join(strategist, post.id),
    ];
    postBody(a.doc).insert(0, 'Весна вже тут 🌷 #весна');
    startVariant(a.doc, 'x').insert(0, 'X: ');
    startVariant(a.doc, 'telegram');
    postFirstComment(a.doc).insert(0, 'Деталі: https://example.com @chorus');
    await waitFor(() => same(readPost(a.doc), readPost(b.doc)), 20_000, 'the post on both peers');
    await synced(a);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const approved = readPost(a.doc);
    expect(Object.keys(approved.variants).sort()).toEqual(['telegram', 'x']);

    const { createDocumentVersion: named } = await specialist.ok<{
      createDocumentVersion: { id: string; number: number };
    }>(NAME_VERSION, { input: { documentId: post.id, name: 'Approved copy' } });

    // Afterwards: the X override is rewritten, Telegram's reset, LinkedIn gets one, the
    // first comment goes, and a client writes something that is not a network's text.
    const xText = variantText(b.doc, 'x')!;
    xText.delete(0, xText.length);
    xText.insert(0, 'Something else');
    postVariants(b.doc).delete('telegram');
    startVariant(b.doc, 'linkedin').insert(0, 'LinkedIn only ');
    postVariants(b.doc).set('myspace', 'not a network');
    postFirstComment(b.doc).delete(0, postFirstComment(b.doc).length);
    await waitFor(() => same(readPost(a.doc), readPost(b.doc)) && !readPost(a.doc).firstComment);
    expect(same(readPost(a.doc), approved)).toBe(false);

    const { restoreDocumentVersion: restored } = await strategist.ok<{
      restoreDocumentVersion: { kind: string; restoredFrom: number };
    }>(RESTORE, { id: named.id });
    expect(restored).toMatchObject({ kind: 'RESTORE', restoredFrom: named.number });
    await waitFor(
      () => same(readPost(a.doc), approved) && same(readPost(b.doc), approved),
      5000,
      'the approved post on both peers',
    );
    // The X override kept its shared text (editors bound to it keep working) and the key
    // that was no network's text is gone.
    expect(variantText(b.doc, 'x')).toBe(xText);
    expect(postVariants(a.doc).has('myspace')).toBe(false);
    expect(readPost(a.doc).variants.linkedin).toBeUndefined();
  });

  it("gives the post's plain text with each override under its network and the first comment", () => {
    const post = app.get(DocumentKindRegistry).get('post');
    const doc = new Y.Doc();
    postBody(doc).insert(0, 'Base');
    startVariant(doc, 'threads').insert(0, 'Threads: ');
    postFirstComment(doc).insert(0, '#tag');
    expect(post.plainText(doc)).toBe('Base\n\n[Threads]\nThreads: Base\n\n[First comment]\n#tag');
    doc.destroy();
  });
});

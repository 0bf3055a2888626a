import type { NestExpressApplication } from '@nestjs/platform-express';
import { BLOCKS, RICH_NODES, STRATEGY_FRAGMENT, strategyToMarkdown } from '@chorus/strategy-model';
import * as Y from 'yjs';
import { DocumentEditor } from '../../src/collaboration/document-editor.js';
import { DocumentsService } from '../../src/modules/documents/index.js';
import { VersionsService } from '../../src/modules/versions/index.js';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { listen, peerPool, synced, waitFor, type TestPeer } from '../support/collab.js';
import { buildBrandTeam } from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const CREATE = `mutation($input: CreateDocumentInput!) {
  createDocument(input: $input) { id title language kind }
}`;
const GOALS = `query($id: ID!) {
  strategyGoals(documentId: $id) { id statement metric target targetValue deadline issues documentTitle }
}`;
const VERSIONS = `query($id: ID!) {
  documentVersions(documentId: $id) { id number kind name authorName restoredFrom createdAt }
}`;
const NAME_VERSION = `mutation($input: CreateDocumentVersionInput!) {
  createDocumentVersion(input: $input) { id number kind name authorName }
}`;
const RESTORE = `mutation($id: ID!) {
  restoreDocumentVersion(versionId: $id) { id number kind restoredFrom authorName }
}`;

function fragmentOf(peer: TestPeer): Y.XmlFragment {
  return peer.doc.getXmlFragment(STRATEGY_FRAGMENT);
}

function elements(fragment: Y.XmlFragment, name: string): Y.XmlElement[] {
  return fragment
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === name);
}

/** A paragraph with plain text, the way y-prosemirror writes one. */
function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement(RICH_NODES.paragraph);
  const content = new Y.XmlText();
  content.insert(0, text);
  element.insert(0, [content]);
  return element;
}

function goalCard(fields: Record<string, string>): Y.XmlElement {
  const card = new Y.XmlElement(BLOCKS.smartGoal);
  for (const [key, value] of Object.entries(fields)) card.setAttribute(key, value);
  return card;
}

describe('strategy documents: template, goals, versions', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let baseUrl: string;
  let factories: Factories;
  let brand: BrandEntity;
  let strategist: GraphQLClient;
  let colleague: GraphQLClient;
  let moderator: GraphQLClient;
  let outsider: GraphQLClient;
  const peers = peerPool(() => baseUrl);
  const join = peers.join;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    baseUrl = await listen(app);
    factories = new Factories(app);
    let team: GraphQLClient[];
    ({
      brand,
      clients: team,
      outsider,
    } = await buildBrandTeam(factories, [
      ['Sara Strategist', ['strategist']],
      ['Lee Lead', ['lead']],
      ['Mia Moderator', ['moderator']],
    ]));
    [strategist, colleague, moderator] = team as [GraphQLClient, GraphQLClient, GraphQLClient];
  }, 120_000);

  afterEach(() => peers.destroyAll());

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function createStrategy(language = 'en', title = '2027 SMM strategy') {
    const data = await strategist.ok<{ createDocument: { id: string; language: string } }>(CREATE, {
      input: { brandId: brand.id, kind: 'STRATEGY', title, language, fromTemplate: true },
    });
    return data.createDocument;
  }

  it('a strategy created from the template opens with its 17 sections in the chosen language', async () => {
    const document = await createStrategy('vi');
    expect(document.language).toBe('vi');
    const peer = await join(strategist, document.id);
    const headings = elements(fragmentOf(peer), RICH_NODES.heading);
    expect(headings).toHaveLength(17);
    expect(headings[0]!.toJSON()).toMatch(/Mục tiêu/);
    expect(elements(fragmentOf(peer), BLOCKS.smartGoal)).toHaveLength(1);
  });

  it('two clients write goals through the collaboration endpoint; GraphQL lists them', async () => {
    const document = await createStrategy();
    const [a, b] = [await join(strategist, document.id), await join(colleague, document.id)];
    const templateGoal = elements(fragmentOf(a), BLOCKS.smartGoal)[0]!;
    const templateGoalId = templateGoal.getAttribute('goalId') as string;
    templateGoal.setAttribute('statement', 'Grow the Instagram community');
    templateGoal.setAttribute('metric', 'followers');
    templateGoal.setAttribute('target', '25 000');
    templateGoal.setAttribute('deadline', '2099-12-31');
    fragmentOf(b).insert(2, [
      goalCard({ goalId: 'goal-b', statement: 'Raise engagement', target: 'a lot' }),
    ]);
    await waitFor(
      () =>
        elements(fragmentOf(a), BLOCKS.smartGoal).length === 2 &&
        elements(fragmentOf(b), BLOCKS.smartGoal)[1]?.getAttribute('statement') ===
          'Grow the Instagram community',
      5000,
      'both goals on both peers',
    );
    // Both edits are durable once both peers are in step with the server.
    await Promise.all([synced(a), synced(b)]);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const { strategyGoals } = await moderator.ok<{
      strategyGoals: Array<{
        id: string;
        statement: string;
        targetValue: number | null;
        issues: string[];
      }>;
    }>(GOALS, { id: document.id });
    expect(strategyGoals.map((goal) => goal.id)).toEqual(['goal-b', templateGoalId]);
    const [raise, grow] = strategyGoals;
    expect(grow).toMatchObject({ statement: 'Grow the Instagram community', targetValue: 25000 });
    expect(grow!.issues).toEqual([]);
    expect(raise!.targetValue).toBeNull();
    expect(raise!.issues).toEqual(
      expect.arrayContaining(['metric_missing', 'target_not_number', 'deadline_missing']),
    );

    const { brandStrategyGoals } = await colleague.ok<{
      brandStrategyGoals: Array<{ id: string }>;
    }>(`query($id: ID!) { brandStrategyGoals(brandId: $id) { id } }`, { id: brand.id });
    expect(brandStrategyGoals.map((goal) => goal.id)).toEqual(
      expect.arrayContaining(['goal-b', templateGoalId]),
    );
    expect(errorCode(await outsider.request(GOALS, { id: document.id }))).toBe('NOT_FOUND');
  });

  it('a restore of an earlier version reaches every connected client as a new edit', async () => {
    const document = await createStrategy();
    const [a, b] = [await join(strategist, document.id), await join(colleague, document.id)];
    fragmentOf(a).insert(0, [paragraph('Approved by the client on Monday')]);
    await waitFor(() => strategyToMarkdown(fragmentOf(b)).includes('Approved by the client'));
    await synced(a);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const approved = strategyToMarkdown(fragmentOf(a));

    const { createDocumentVersion: named } = await strategist.ok<{
      createDocumentVersion: { id: string; number: number; kind: string; authorName: string };
    }>(NAME_VERSION, { input: { documentId: document.id, name: 'Sent to the client' } });
    expect(named).toMatchObject({ kind: 'NAMED', authorName: 'Sara Strategist' });

    // Afterwards both people change the text.
    fragmentOf(a).delete(0, 3);
    fragmentOf(b).insert(0, [paragraph('A new idea nobody approved')]);
    await waitFor(() => strategyToMarkdown(fragmentOf(a)) === strategyToMarkdown(fragmentOf(b)));
    expect(strategyToMarkdown(fragmentOf(a))).not.toBe(approved);

    const { restoreDocumentVersion: restored } = await strategist.ok<{
      restoreDocumentVersion: { kind: string; restoredFrom: number };
    }>(RESTORE, { id: named.id });
    expect(restored).toMatchObject({ kind: 'RESTORE', restoredFrom: named.number });
    await waitFor(
      () =>
        strategyToMarkdown(fragmentOf(a)) === approved &&
        strategyToMarkdown(fragmentOf(b)) === approved,
      3000,
      'the restored text on both peers',
    );

    const { documentVersions } = await moderator.ok<{
      documentVersions: Array<{ kind: string; name: string | null; number: number }>;
    }>(VERSIONS, { id: document.id });
    // Newest first: the restore, the state before it (kept), the named version, and the
    // automatic version of the first edit.
    expect(documentVersions.map((version) => version.kind)).toEqual([
      'RESTORE',
      'AUTO',
      'NAMED',
      'AUTO',
    ]);

    // The version's own content is readable, e.g. to show it or compare it.
    const { documentVersionState } = await moderator.ok<{
      documentVersionState: { state: string };
    }>(`query($id: ID!) { documentVersionState(id: $id) { state } }`, { id: named.id });
    const versionDoc = new Y.Doc();
    Y.applyUpdate(versionDoc, Buffer.from(documentVersionState.state, 'base64'));
    expect(strategyToMarkdown(versionDoc.getXmlFragment(STRATEGY_FRAGMENT))).toBe(approved);
    versionDoc.destroy();
  });

  it('only editors name and restore versions; outsiders learn nothing', async () => {
    const document = await createStrategy();
    const { createDocumentVersion: version } = await strategist.ok<{
      createDocumentVersion: { id: string };
    }>(NAME_VERSION, { input: { documentId: document.id, name: 'First' } });
    const before = await strategist.ok<{ documentVersions: unknown[] }>(VERSIONS, {
      id: document.id,
    });

    expect(
      errorCode(
        await moderator.request(NAME_VERSION, { input: { documentId: document.id, name: 'x' } }),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await moderator.request(RESTORE, { id: version.id }))).toBe('FORBIDDEN');
    expect(errorCode(await outsider.request(RESTORE, { id: version.id }))).toBe('NOT_FOUND');
    expect(errorCode(await outsider.request(VERSIONS, { id: document.id }))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await strategist.request(NAME_VERSION, { input: { documentId: document.id, name: ' ' } }),
      ),
    ).toBe('VALIDATION');
    expect(
      errorCode(await strategist.request(RESTORE, { id: '00000000-0000-4000-8000-000000000000' })),
    ).toBe('NOT_FOUND');

    const after = await strategist.ok<{ documentVersions: unknown[] }>(VERSIONS, {
      id: document.id,
    });
    expect(after.documentVersions).toEqual(before.documentVersions);
  });

  it('makes an automatic version at most once per interval of activity', async () => {
    const versions = app.get(VersionsService);
    const interval = versions.autoIntervalMs;
    versions.autoIntervalMs = 1500;
    try {
      const document = await createStrategy();
      const peer = await join(strategist, document.id);
      const count = async () =>
        (await strategist.ok<{ documentVersions: unknown[] }>(VERSIONS, { id: document.id }))
          .documentVersions.length;
      for (let i = 0; i < 10; i += 1) {
        fragmentOf(peer).insert(0, [paragraph(`edit ${i}`)]);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await waitFor(() => true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await count()).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 1600));
      fragmentOf(peer).insert(0, [paragraph('after a pause')]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await count()).toBe(2);
    } finally {
      versions.autoIntervalMs = interval;
    }
  });

  it('duplicates a strategy with its content; lists language, last edit and who is in it', async () => {
    const document = await createStrategy('he', 'אסטרטגיה 2027');
    const peer = await join(strategist, document.id);
    fragmentOf(peer).insert(0, [paragraph('שלום, זוהי אסטרטגיה')]);
    await synced(peer);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const { duplicateDocument: copy } = await strategist.ok<{
      duplicateDocument: { id: string; title: string; language: string };
    }>(
      `mutation($input: DuplicateDocumentInput!) {
        duplicateDocument(input: $input) { id title language }
      }`,
      { input: { documentId: document.id, title: 'Copy of אסטרטגיה 2027' } },
    );
    expect(copy).toMatchObject({ title: 'Copy of אסטרטגיה 2027', language: 'he' });
    const copyPeer = await join(colleague, copy.id);
    expect(strategyToMarkdown(fragmentOf(copyPeer))).toBe(strategyToMarkdown(fragmentOf(peer)));

    const { documents } = await colleague.ok<{
      documents: Array<{
        id: string;
        lastEditedAt: string | null;
        editingNow: Array<{ name: string }>;
      }>;
    }>(
      `query($brandId: ID!) {
        documents(brandId: $brandId, kind: STRATEGY) { id lastEditedAt editingNow { name } }
      }`,
      { brandId: brand.id },
    );
    const original = documents.find((item) => item.id === document.id)!;
    expect(original.lastEditedAt).not.toBeNull();
    expect(original.editingNow.map((person) => person.name)).toEqual(['Sara Strategist']);
    expect(documents.find((item) => item.id === copy.id)!.editingNow).toEqual([
      { name: 'Lee Lead' },
    ]);

    expect(
      errorCode(
        await moderator.request(
          `mutation($input: DuplicateDocumentInput!) { duplicateDocument(input: $input) { id } }`,
          { input: { documentId: document.id, title: 'Mine' } },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('a server edit that fails half-way or would pass the size limit changes nothing', async () => {
    const document = await createStrategy();
    const peer = await join(strategist, document.id);
    fragmentOf(peer).insert(0, [paragraph('Nothing here may be lost')]);
    await synced(peer);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = strategyToMarkdown(fragmentOf(peer));
    const editor = app.get(DocumentEditor);
    const edit = { documentId: document.id, workspaceId: brand.workspaceId, userId: 'x' };

    await expect(
      editor.change(edit, (doc) => {
        const fragment = doc.getXmlFragment(STRATEGY_FRAGMENT);
        fragment.delete(0, fragment.length);
        throw new Error('failed half-way');
      }),
    ).rejects.toThrow('failed half-way');

    const { createDocumentVersion: version } = await strategist.ok<{
      createDocumentVersion: { id: string };
    }>(NAME_VERSION, { input: { documentId: document.id, name: 'Before' } });
    const limit = editor.maxBytes;
    editor.maxBytes = 100;
    try {
      const refused = await strategist.request(RESTORE, { id: version.id });
      expect(errorCode(refused)).toBe('PAYLOAD_TOO_LARGE');
    } finally {
      editor.maxBytes = limit;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(strategyToMarkdown(fragmentOf(peer))).toBe(before);
    expect(
      strategyToMarkdown(
        await editor.read(document.id).then((doc) => doc.getXmlFragment(STRATEGY_FRAGMENT)),
      ),
    ).toBe(before);
    // The document still takes edits afterwards.
    fragmentOf(peer).insert(0, [paragraph('Still writable')]);
    await synced(peer);
    expect(peer.closes).toEqual([]);
  });

  it('names the last editor of a burst once its window ends', async () => {
    const documents = app.get(DocumentsService);
    const window = documents.lastEditWindowMs;
    documents.lastEditWindowMs = 400;
    try {
      const document = await createStrategy();
      const [sara, lee] = [await join(strategist, document.id), await join(colleague, document.id)];
      fragmentOf(sara).insert(0, [paragraph('Sara first')]);
      await synced(sara);
      await new Promise((resolve) => setTimeout(resolve, 100));
      fragmentOf(lee).insert(0, [paragraph('Lee within the window')]);
      await synced(lee);
      await new Promise((resolve) => setTimeout(resolve, 700));
      const { document: listed } = await strategist.ok<{
        document: { lastEditedBy: string; lastEditedAt: string };
      }>(`query($id: ID!) { document(id: $id) { lastEditedBy lastEditedAt } }`, {
        id: document.id,
      });
      const { me } = await colleague.ok<{ me: { id: string } }>(`{ me { id } }`);
      expect(listed.lastEditedBy).toBe(me.id);
    } finally {
      documents.lastEditWindowMs = window;
    }
  });

  it('exports Markdown and a print-ready HTML page; refuses bad input', async () => {
    const document = await createStrategy('fa', 'راهبرد ۲۰۲۷');
    const exportOf = async (format: string) =>
      (
        await moderator.ok<{ strategyExport: { filename: string; content: string } }>(
          `query($id: ID!, $format: StrategyExportFormat!) {
            strategyExport(documentId: $id, format: $format) { filename contentType content }
          }`,
          { id: document.id, format },
        )
      ).strategyExport;
    const markdown = await exportOf('MARKDOWN');
    expect(markdown.filename).toBe('راهبرد-۲۰۲۷.md');
    expect(markdown.content.match(/^## /gm)).toHaveLength(17);
    const html = await exportOf('HTML');
    expect(html.content).toMatch(/<html[^>]*dir="rtl"/);
    expect(html.content).not.toMatch(/<script/i);

    expect(
      errorCode(
        await strategist.request(CREATE, {
          input: { brandId: brand.id, kind: 'STRATEGY', title: 'x', language: 'xx' },
        }),
      ),
    ).toBe('VALIDATION');
    expect(
      errorCode(
        await strategist.request(CREATE, {
          input: { brandId: brand.id, kind: 'MEDIA_PLAN', title: 'x', fromTemplate: true },
        }),
      ),
    ).toBe('VALIDATION');
  });
});

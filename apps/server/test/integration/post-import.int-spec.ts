import { can } from '@chorus/permissions';
import { readPost } from '@chorus/post-model';
import * as Y from 'yjs';
import { BRAND_ACTORS, rolesOf } from '../support/brand-actors.js';
import type { GraphQLClient } from '../support/graphql.js';
import { startPostFilesApp, type PostFilesApp } from '../support/post-files-app.js';
import { problemsOf, tableFile } from './post-files-fixtures.js';

const HEADER = [
  'Title',
  'Text',
  'Networks',
  'Publish at',
  'Format',
  'Category',
  'Promotional',
  'Goal',
  'Row ID',
  'Assignee',
  'Status',
  'First comment',
  'Text: X',
];

describe('posts import: dry run, all or nothing, 5,000 rows', () => {
  let suite: PostFilesApp;
  let files: PostFilesApp['files'];
  let factories: PostFilesApp['factories'];
  let brand: PostFilesApp['brand'];
  let specialist: GraphQLClient;
  let category: string;
  let email: string;

  beforeAll(async () => {
    suite = await startPostFilesApp('Europe/Berlin', 0);
    ({ files, factories, brand, specialist, category, email } = suite);
  }, 120_000);

  afterAll(async () => {
    await suite?.close();
  });

  async function postCount(): Promise<{ posts: number; documents: number; snapshots: number }> {
    const [row] = await factories.db.query<Array<Record<string, string>>>(
      `SELECT (SELECT count(*) FROM posts WHERE brand_id = $1) AS posts,
              (SELECT count(*) FROM documents WHERE brand_id = $1 AND kind = 'post') AS documents,
              (SELECT count(*) FROM document_snapshots s JOIN documents d ON d.id = s.document_id
                WHERE d.brand_id = $1 AND d.kind = 'post') AS snapshots`,
      [brand.brand.id],
    );
    return {
      posts: Number(row!.posts),
      documents: Number(row!.documents),
      snapshots: Number(row!.snapshots),
    };
  }

  function goodRow(n: number): string[] {
    return [
      `Post ${n}`,
      `Body ${n} #launch สวัสดี`,
      'Instagram, x',
      `2027-04-${String((n % 28) + 1).padStart(2, '0')} 09:30`,
      'image',
      category,
      'no',
      brand.targets.goalIds[0]!,
      brand.targets.rowIds[0]!,
      email,
      'ready',
      '=first comment',
      `Short X text ${n}`,
    ];
  }

  it.each(['csv', 'xlsx'] as const)(
    'a %s dry run names every bad row and column, and an import of it changes nothing',
    async (format) => {
      const rows = [
        goodRow(1),
        [
          'Bad network',
          'b',
          'Instagram, MySpace',
          '2027-04-02 10:00',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
        ],
        ['Bad date', 'b', 'x', '2027-02-30 10:00', '', '', '', '', '', '', '', '', ''],
        ['No time', 'b', 'x', '2027-04-02', '', '', '', '', '', '', '', '', ''],
        ['Bad category', 'b', 'x', '', 'image', 'No such rubric', '', '', '', '', '', '', ''],
        [
          'Bad everything',
          'b',
          'x',
          '',
          'podcast',
          '',
          'maybe',
          'no-goal',
          'rNope',
          'who@nowhere.test',
          'published-ish',
          '',
          '',
        ],
        ['Scheduled without time', 'b', 'x', '', '', '', '', '', '', '', 'scheduled', '', ''],
        // Warnings only: a DST gap in Berlin and an X text over 280 characters.
        [
          'Gap and long',
          'b',
          'x',
          '2027-03-28 02:30',
          '',
          '',
          'yes',
          '',
          '',
          '',
          '',
          '',
          'é'.repeat(300),
        ],
      ];
      const file = await tableFile(format, HEADER, rows);
      const before = await postCount();
      const dry = await files.import(specialist, brand.brand.id, format, file, { dryRun: true });
      expect(dry.status).toBe(422);
      expect(dry.body).toMatchObject({
        ok: false,
        applied: false,
        rows: 8,
        errorRows: 6,
        created: 0,
      });
      expect(problemsOf(dry.body)).toEqual([
        [3, 'Networks', 'network_unknown'],
        [4, 'Publish at', 'date_invalid'],
        [5, 'Publish at', 'time_missing'],
        [6, 'Category', 'category_unknown'],
        [7, 'Format', 'format_unknown'],
        [7, 'Promotional', 'promotional_invalid'],
        [7, 'Goal', 'goal_unknown'],
        [7, 'Row ID', 'row_id_unknown'],
        [7, 'Assignee', 'assignee_unknown'],
        [7, 'Status', 'status_invalid'],
        [8, 'Status', 'scheduled_without_time'],
        [9, 'Text: X', 'too_long_for_network'],
        [9, 'Publish at', 'publish_time_adjusted'],
      ]);
      expect(dry.body.problems[12].message).toContain('02:30 does not exist in Europe/Berlin');
      const real = await files.import(specialist, brand.brand.id, format, file);
      expect(real.status).toBe(422);
      expect(real.body).toMatchObject({ ok: false, applied: false, created: 0 });
      expect(await postCount()).toEqual(before);
    },
    120_000,
  );

  it('maps columns by header names in other languages, or as the person maps them', async () => {
    const file = await tableFile(
      'csv',
      ['Назва', 'Текст', 'Мережі', 'Дата', 'Час', 'Колонка X'],
      [['Привіт', 'Текст поста', 'telegram', '03/04/2027', '9:30 PM', 'vk']],
    );
    const auto = await files.import(specialist, brand.brand.id, 'csv', file, { dryRun: true });
    expect(auto.body).toMatchObject({ ok: true, rows: 1 });
    expect(auto.body.mapping).toEqual({
      title: 'Назва',
      body: 'Текст',
      networks: 'Мережі',
      publishAt: 'Дата',
      publishTime: 'Час',
    });
    const mapping = {
      title: 'Назва',
      body: 'Текст',
      networks: 'Колонка X',
      publishAt: 'Дата',
      publishTime: 'Час',
    };
    const before = await postCount();
    const done = await files.import(specialist, brand.brand.id, 'csv', file, {
      mapping,
      dateOrder: 'mdy',
    });
    expect(done.body).toMatchObject({ ok: true, applied: true, created: 1 });
    const [post] = await factories.db.query<Array<{ networks: string[]; local: string }>>(
      `SELECT p.networks, to_char(p.publish_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD HH24:MI') AS local
         FROM posts p JOIN documents d ON d.id = p.document_id WHERE d.title = 'Привіт'`,
    );
    expect(post).toEqual({ networks: ['vk'], local: '2027-03-04 21:30' });
    expect((await postCount()).posts).toBe(before.posts + 1);
    const wrong = await files.import(specialist, brand.brand.id, 'csv', file, {
      dryRun: true,
      mapping: { title: 'Missing column' },
    });
    expect(problemsOf(wrong.body)).toEqual([[1, 'Missing column', 'column_not_in_file']]);
  }, 120_000);

  it('refuses an unknown format, date order or mapping with a typed error, changing nothing', async () => {
    const file = await tableFile('csv', HEADER, [goodRow(1)]);
    const before = await postCount();
    const refusals = [
      files.import(specialist, brand.brand.id, 'pdf' as 'csv', file),
      files.import(specialist, brand.brand.id, 'csv', file, { dateOrder: 'ymd' }),
      files.import(specialist, brand.brand.id, 'csv', file, {
        mapping: { constructor: 'Title' },
      }),
      files.import(specialist, brand.brand.id, 'csv', file, {
        mapping: { title: ['Title'] } as unknown as Record<string, string>,
      }),
      files.import(specialist, brand.brand.id, 'csv', file, { mapping: { notAField: 'Title' } }),
      files.import(specialist, brand.brand.id, 'csv', file, {
        mapping: { title: 'x'.repeat(201) },
      }),
    ];
    const fields = ['format', 'dateOrder', 'mapping', 'mapping', 'mapping', 'mapping'];
    for (const [index, refusal] of refusals.entries()) {
      const response = await refusal;
      expect(response.status).toBe(422);
      expect(response.body.error).toMatchObject({
        code: 'VALIDATION',
        field: fields[index],
      });
    }
    const notJson = await files.import(specialist, brand.brand.id, 'csv', file, {
      mapping: '{"title":' as unknown as Record<string, string>,
    });
    expect(notJson.status).toBe(422);
    expect(notJson.body.error).toMatchObject({ code: 'VALIDATION', field: 'mapping' });
    expect(await postCount()).toEqual(before);
  }, 120_000);

  it.each(['csv', 'xlsx'] as const)(
    'a valid %s file of 5,000 rows imports whole, in one transaction',
    async (format) => {
      const rows = Array.from({ length: 5000 }, (_, i) => goodRow(i));
      const file = await tableFile(format, HEADER, rows);
      const before = await postCount();
      let started = performance.now();
      const dry = await files.import(specialist, brand.brand.id, format, file, { dryRun: true });
      const dryRunMs = Math.round(performance.now() - started);
      expect(dry.body).toMatchObject({ ok: true, applied: false, rows: 5000, errorCount: 0 });
      started = performance.now();
      const done = await files.import(specialist, brand.brand.id, format, file);
      const importMs = Math.round(performance.now() - started);
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ ok: true, applied: true, created: 5000 });
      const after = await postCount();
      expect(after).toEqual({
        posts: before.posts + 5000,
        documents: before.documents + 5000,
        snapshots: before.snapshots + 5000,
      });
      const [sample] = await factories.db.query<
        Array<{ state: Buffer; status: string; assignee_id: string; media_plan_row_id: string }>
      >(
        `SELECT s.state, p.status, p.assignee_id, p.media_plan_row_id FROM posts p
           JOIN documents d ON d.id = p.document_id
           JOIN document_snapshots s ON s.document_id = p.document_id
          WHERE d.title = 'Post 4999' ORDER BY d.created_at DESC LIMIT 1`,
      );
      const doc = new Y.Doc();
      Y.applyUpdate(doc, sample!.state);
      expect(readPost(doc)).toEqual({
        body: 'Body 4999 #launch สวัสดี',
        variants: { x: 'Short X text 4999' },
        firstComment: '=first comment',
      });
      expect(sample).toMatchObject({ status: 'ready', media_plan_row_id: brand.targets.rowIds[0] });
      const [event] = await factories.db.query<Array<{ data: { posts: number } }>>(
        `SELECT data FROM events WHERE type = 'post.imported' AND brand_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
        [brand.brand.id],
      );
      expect(event?.data.posts).toBe(5000);
      console.log(
        JSON.stringify({ format, rows: 5000, dry_run_ms: dryRunMs, import_ms: importMs }),
      );
    },
    600_000,
  );

  it('imports for those who may create posts and exports for those who may read them, per role', async () => {
    const file = await tableFile('csv', HEADER, [goodRow(1)]);
    const outcome = (status: number) =>
      status === 200 ? 'allowed' : [401, 403, 404].includes(status) ? 'denied' : `HTTP ${status}`;
    const table: Array<[string, string, string]> = [];
    for (const actor of BRAND_ACTORS) {
      const client = brand.clients.get(actor)!;
      const imported = await files.import(client, brand.brand.id, 'csv', file, { dryRun: true });
      const exported = await files.export(
        client,
        brand.brand.id,
        'csv',
        '2027-05-01',
        '2027-05-31',
      );
      table.push([actor, outcome(imported.status), outcome(exported.status)]);
    }
    const allowed = (yes: boolean) => (yes ? 'allowed' : 'denied');
    expect(table).toEqual(
      BRAND_ACTORS.map((actor) => [
        actor,
        allowed(can(rolesOf(actor), 'post.edit')),
        allowed(can(rolesOf(actor), 'post.read')),
      ]),
    );
    // The matrix gives import to writers and export to readers: both sides are in the table.
    expect(table.filter(([, i]) => i === 'allowed').length).toBeGreaterThan(0);
    expect(table.filter(([, i]) => i === 'denied').length).toBeGreaterThan(0);
  }, 120_000);
});

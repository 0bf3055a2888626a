import type { GraphQLClient } from '../support/graphql.js';
import { startPostFilesApp, type PostFilesApp } from '../support/post-files-app.js';
import { tableFile } from './post-files-fixtures.js';
import { createPostAs, POST_FIELDS } from './posts-fixtures.js';

const ROWS = `query($id: ID!) { mediaPlan(documentId: $id) { rows { id channel } } }`;
const UPDATE = `mutation($i: UpdatePostInput!) { updatePost(input: $i) { post { ${POST_FIELDS} } } }`;

describe('posts export and media-plan Row IDs', () => {
  let suite: PostFilesApp;
  let files: PostFilesApp['files'];
  let brand: PostFilesApp['brand'];
  let specialist: GraphQLClient;
  let category: string;
  let email: string;

  beforeAll(async () => {
    suite = await startPostFilesApp('America/New_York', 1);
    ({ files, brand, specialist, category, email } = suite);
  }, 120_000);

  afterAll(async () => {
    await suite?.close();
  });

  it.each(['xlsx', 'csv'] as const)(
    'Row IDs survive a media plan %s round trip: rows keep their ids, linked posts stay linked',
    async (format) => {
      const planId = brand.targets.mediaPlanId;
      const rowId = brand.targets.rowIds[1]!;
      const postId = await createPostAs(specialist, brand.brand, `Linked ${format}`, {
        mediaPlanRow: { mediaPlanId: planId, rowId },
      });
      const before = (
        await brand.owner.ok<{ mediaPlan: { rows: Array<{ id: string }> } }>(ROWS, { id: planId })
      ).mediaPlan.rows;
      const file = await files.exportPlan(brand.owner, planId, format);
      expect(file.status).toBe(200);
      const imported = await files.importPlan(brand.owner, planId, format, file.body as Buffer);
      expect(imported.body).toMatchObject({ ok: true, applied: true, rows: before.length });
      const after = (
        await brand.owner.ok<{ mediaPlan: { rows: Array<{ id: string }> } }>(ROWS, { id: planId })
      ).mediaPlan.rows;
      expect(after).toEqual(before);
      // The link still resolves: the row is found where the post says it is.
      const updated = await specialist.ok<{ updatePost: { post: { mediaPlanRowId: string } } }>(
        UPDATE,
        {
          i: { postId, mediaPlanRow: { mediaPlanId: planId, rowId } },
        },
      );
      expect(updated.updatePost.post.mediaPlanRowId).toBe(rowId);
      // A posts file names the row by its Row ID.
      const posts = await tableFile(format, ['Title', 'Row ID'], [[`By row ${format}`, rowId]]);
      const check = await files.import(specialist, brand.brand.id, format, posts, { dryRun: true });
      expect(check.body).toMatchObject({ ok: true, errorCount: 0 });
    },
    120_000,
  );

  it('exports posts of a range as CSV and XLSX that import again as copies, with formulas guarded', async () => {
    const header = [
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
      'Text: Instagram',
    ];
    const source = await tableFile('csv', header, [
      [
        '=cmd|calc',
        'Base ☕ שלום',
        'instagram, telegram',
        '2027-05-03 08:15',
        'carousel',
        category,
        'yes',
        brand.targets.goalIds[0]!,
        brand.targets.rowIds[0]!,
        email,
        'scheduled',
        '@mention first',
        'Instagram own text',
      ],
      ['Plain', 'ข้อความ', 'x', '2027-05-20 18:00', '', '', '', '', '', '', 'draft', '', ''],
      ['Outside the range', 'later', 'x', '2027-06-02 18:00', '', '', '', '', '', '', '', '', ''],
    ]);
    expect((await files.import(specialist, brand.brand.id, 'csv', source)).body).toMatchObject({
      created: 3,
    });

    const csv = await files.export(
      brand.clients.get('moderator')!,
      brand.brand.id,
      'csv',
      '2027-05-01',
      '2027-05-31',
    );
    expect(csv.status).toBe(200);
    const text = (csv.body as Buffer).toString('utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((l) => l !== '');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^Title,Text,Networks,Publish at,Format,Category,Promotional,Goal,Row ID,Assignee,Status,First comment,Text: Instagram,/,
    );
    expect(lines[1]).toContain("'=cmd|calc");
    expect(lines[1]).toContain("'@mention first");
    expect(lines[1]).toContain('2027-05-03 08:15');

    const xlsx = await files.export(specialist, brand.brand.id, 'xlsx', '2027-05-01', '2027-05-31');
    expect(xlsx.status).toBe(200);
    for (const [format, body] of [
      ['csv', csv.body],
      ['xlsx', xlsx.body],
    ] as const) {
      const again = await files.import(specialist, brand.brand.id, format, body as Buffer);
      expect(again.body).toMatchObject({ ok: true, applied: true, created: 2, errorCount: 0 });
    }
    const after = await files.export(specialist, brand.brand.id, 'csv', '2027-05-01', '2027-05-31');
    const copies = (after.body as Buffer)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((l) => l !== '');
    // Each post now three times (itself and a copy from each file), identical in every column.
    expect(copies.slice(1).sort()).toEqual(
      [...lines.slice(1), ...lines.slice(1), ...lines.slice(1)].sort(),
    );
  }, 120_000);

  it('refuses a bad format or range with VALIDATION naming the parameter', async () => {
    const b = brand.brand.id;
    // The export's body is read as bytes (a file when it works), the import's as JSON.
    const refused = (response: { status: number; body: unknown }) => {
      const body = (
        Buffer.isBuffer(response.body) ? JSON.parse(response.body.toString('utf8')) : response.body
      ) as { error?: { code?: string; field?: string } };
      return [response.status, body.error];
    };
    const pdf = 'pdf' as 'csv';
    expect(refused(await files.export(specialist, b, pdf, '2027-05-01', '2027-05-31'))).toEqual([
      422,
      expect.objectContaining({ code: 'VALIDATION', field: 'format' }),
    ]);
    expect(refused(await files.export(specialist, b, 'csv', '2027-05-31', '2027-05-01'))).toEqual([
      422,
      expect.objectContaining({ code: 'VALIDATION', field: 'to' }),
    ]);
    expect(refused(await files.export(specialist, b, 'csv', '31.05.2027', '2027-06-01'))).toEqual([
      422,
      expect.objectContaining({ code: 'VALIDATION', field: 'from' }),
    ]);
  }, 120_000);
});

import type { NestExpressApplication } from '@nestjs/platform-express';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { buildBrandActors, BRAND_ACTORS } from '../support/brand-actors.js';
import { auditEntries, downloadAuditCsv } from '../support/events.js';
import { Factories } from '../support/factories.js';
import { errorCode } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const AUDIT = `query($workspaceId: ID!, $filter: AuditFilter, $after: String, $first: Int) {
  auditLog(workspaceId: $workspaceId, filter: $filter, after: $after, first: $first) {
    hasMore endCursor
    entries { id occurredAt action actorName brandName documentTitle subjectType subjectName before after }
  }
}`;
const CHANGE_ROLE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`;
const CREATE_DOC = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`;
const ARCHIVE_DOC = `mutation($id: ID!) { archiveDocument(documentId: $id) { id } }`;

interface Entry {
  id: string;
  occurredAt: string;
  action: string;
  actorName: string | null;
  brandName: string | null;
  documentTitle: string | null;
  subjectName: string | null;
  before: string | null;
  after: string | null;
}
interface Page {
  auditLog: { hasMore: boolean; endCursor: string | null; entries: Entry[] };
}

describe('the audit log', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    db = app.get(DataSource);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('records a role change and an archived document with who, what and before → after, and exports the same rows as CSV', async () => {
    const owner = await factories.buildUser({ displayName: 'Olena Owner' });
    const workspace = await factories.buildWorkspace(owner, 'Audit Agency');
    const team = await factories.buildTeam(workspace);
    const brand = await factories.buildBrand(workspace, [team]);
    const colleague = await factories.buildUser({ displayName: '=Mai Colleague' });
    await factories.addMember(workspace, colleague, 'member');
    // Today the owner needs a team role to edit (issue 11 item 5 may change that).
    await factories.setTeamRoles(team, owner, ['strategist']);
    const client = await factories.signedIn(owner);

    await client.ok(CHANGE_ROLE, {
      input: { workspaceId: workspace.id, userId: colleague.id, role: 'ADMIN' },
    });
    const created = await client.ok<{ createDocument: { id: string } }>(CREATE_DOC, {
      input: { brandId: brand.id, kind: 'STRATEGY', title: 'Launch post, "v1"' },
    });
    await client.ok(ARCHIVE_DOC, { id: created.createDocument.id });
    await auditEntries(app, workspace.id, 3);

    const page = await client.ok<Page>(AUDIT, { workspaceId: workspace.id });
    const actions = page.auditLog.entries.map((entry) => entry.action);
    expect(actions).toEqual(['document.archived', 'document.created', 'member.role_changed']);
    const [archived, , roleChange] = page.auditLog.entries;
    expect(roleChange).toMatchObject({
      actorName: 'Olena Owner',
      subjectName: '=Mai Colleague',
      before: 'member',
      after: 'admin',
    });
    expect(archived).toMatchObject({
      actorName: 'Olena Owner',
      brandName: brand.name,
      documentTitle: 'Launch post, "v1"',
    });

    const csv = await downloadAuditCsv(app, client.cookie, workspace.id);
    expect(csv.status).toBe(200);
    expect(String(csv.headers['content-type'])).toContain('text/csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain('\r\n');
    const rows = parse<Record<string, string>>(csv.text.slice(1), { columns: true });
    expect(rows.map((row) => row.action)).toEqual(actions);
    expect(rows[0]).toMatchObject({ actor: 'Olena Owner', document: 'Launch post, "v1"' });
    // A name a spreadsheet would run as a formula is defused.
    expect(rows[2]).toMatchObject({ subject: "'=Mai Colleague", before: 'member', after: 'admin' });

    const filtered = await downloadAuditCsv(
      app,
      client.cookie,
      workspace.id,
      `?action=member.role_changed`,
    );
    expect(parse<Record<string, string>>(filtered.text.slice(1), { columns: true })).toHaveLength(
      1,
    );
  }, 120_000);

  it('pages through entries newest first without gaps or repeats, and filters them', async () => {
    const owner = await factories.buildUser();
    const workspace = await factories.buildWorkspace(owner);
    const brand = await factories.buildBrand(workspace, []);
    // 120 entries in the same millisecond bursts, to exercise the id tie-break.
    await db.query(
      `INSERT INTO audit_entries (event_id, workspace_id, brand_id, actor_id, action, subject_type, subject_id, occurred_at)
       SELECT gen_random_uuid(), $1, CASE WHEN i % 2 = 0 THEN $2::uuid END, $3, 'brand.updated', 'brand', $2,
              timestamptz '2027-01-01' + (i / 10) * interval '1 minute'
         FROM generate_series(1, 120) AS i`,
      [workspace.id, brand.id, owner.id],
    );
    const client = await factories.signedIn(owner);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: Page = await client.ok<Page>(AUDIT, {
        workspaceId: workspace.id,
        after,
        first: 50,
      });
      seen.push(...result.auditLog.entries.map((entry) => entry.id));
      pages += 1;
      if (!result.auditLog.hasMore) break;
      after = result.auditLog.endCursor;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(120);
    const byBrand = await client.ok<Page>(AUDIT, {
      workspaceId: workspace.id,
      filter: { brandId: brand.id, from: '2027-01-01T00:05:00Z', to: '2027-01-01T00:10:00Z' },
      first: 100,
    });
    // Minutes 5–9 hold i = 50…99; half of them name the brand.
    expect(byBrand.auditLog.entries).toHaveLength(25);
  }, 120_000);

  it('answers a typed validation error for bad dates, an unknown action and a forged cursor', async () => {
    const owner = await factories.buildUser();
    const workspace = await factories.buildWorkspace(owner);
    const client = await factories.signedIn(owner);
    for (const [variables, field] of [
      [{ filter: { from: '2027-02-31x' } }, 'from'],
      [{ filter: { to: 'yesterday' } }, 'to'],
      [{ filter: { from: '2027-03-02', to: '2027-03-01' } }, 'to'],
      [{ filter: { action: 'nothing.happened' } }, 'action'],
      [{ after: 'bm90LWEtY3Vyc29y' }, 'after'],
    ] as const) {
      const result = await client.request(AUDIT, { workspaceId: workspace.id, ...variables });
      expect(errorCode(result)).toBe('VALIDATION');
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
    }
    const csv = await downloadAuditCsv(app, client.cookie, workspace.id, '?from=not-a-date');
    expect(csv.status).toBe(422);
  }, 120_000);

  it('lets only owners and admins read the audit log, over GraphQL and as CSV', async () => {
    const { brand, clients } = await buildBrandActors(factories);
    for (const actor of BRAND_ACTORS) {
      const client = clients.get(actor)!;
      const result = await client.request(AUDIT, { workspaceId: brand.workspaceId });
      const csv = await downloadAuditCsv(app, client.cookie, brand.workspaceId);
      if (actor === 'owner' || actor === 'admin') {
        expect([actor, result.errors]).toEqual([actor, undefined]);
        expect([actor, csv.status]).toEqual([actor, 200]);
      } else {
        const expected =
          actor === 'anonymous'
            ? 'UNAUTHENTICATED'
            : actor === 'outsider'
              ? 'NOT_FOUND'
              : 'FORBIDDEN';
        expect([actor, errorCode(result)]).toEqual([actor, expected]);
        expect([actor, csv.status]).toEqual([
          actor,
          { UNAUTHENTICATED: 401, NOT_FOUND: 404, FORBIDDEN: 403 }[expected],
        ]);
        expect(csv.text).not.toContain('occurred_at');
      }
    }
  }, 120_000);

  it('keeps entries append-only in the database itself', async () => {
    const owner = await factories.buildUser();
    const workspace = await factories.buildWorkspace(owner);
    await db.query(
      `INSERT INTO audit_entries (event_id, workspace_id, action, subject_type, subject_id, occurred_at)
       VALUES (gen_random_uuid(), $1, 'team.created', 'team', gen_random_uuid(), now())`,
      [workspace.id],
    );
    await expect(
      db.query(`UPDATE audit_entries SET action = 'x' WHERE workspace_id = $1`, [workspace.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.query(`DELETE FROM audit_entries WHERE workspace_id = $1`, [workspace.id]),
    ).rejects.toThrow(/append-only/);
  });
});

import { DataSource } from 'typeorm';
import { createApp } from '../bootstrap.js';
import { loadConfig } from '../platform/config/index.js';
import { createTemporaryDatabase } from '../platform/database/temporary-database.js';
import { createRootLogger } from '../platform/logging/index.js';

/**
 * The audit log's read path over HTTP: 10,000 entries (default) in one workspace, then
 * N requests (default 30) each for the first page and for a page filtered by person,
 * brand, action and a date range. Prints p50/p95/max in milliseconds (request to answer,
 * so it includes HTTP and GraphQL on top of the query) and a final JSON line.
 * DATABASE_URL picks PostgreSQL (a temporary database, dropped after); else in-memory PGlite.
 */
const entries = Number(process.argv[2] ?? 10_000);
const rounds = Number(process.argv[3] ?? 30);
const database = await createTemporaryDatabase(process.env.DATABASE_URL, 'chorus_bench');
const config = {
  ...loadConfig({
    ...process.env,
    CHORUS_SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
  }),
  database: database.config,
};
const app = await createApp(config, createRootLogger('warn'));
await app.listen(0, '127.0.0.1');
const address = app.getHttpServer().address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;

let cookie = '';
async function call(query: string, variables: unknown): Promise<{ ms: number; body: string }> {
  const started = process.hrtime.bigint();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.text();
  const setCookie = response.headers.get('set-cookie');
  if (setCookie) cookie = setCookie.split(';')[0] ?? '';
  if (body.includes('"errors"')) throw new Error(body);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, body };
}

try {
  await call('mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }', {
    i: {
      email: 'bench-audit@example.test',
      password: 'benchmark passphrase 2026',
      displayName: 'Bench',
    },
  });
  const created = await call(
    'mutation($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { id } }',
    { i: { name: 'Bench Agency' } },
  );
  const workspaceId = (JSON.parse(created.body) as { data: { createWorkspace: { id: string } } })
    .data.createWorkspace.id;
  const db = app.get(DataSource);
  const actors = ['1', '2', '3', '4', '5', '6', '7', '8'].map(
    (n) => `00000000-0000-4000-8000-00000000000${n}`,
  );
  const brands = ['a', 'b', 'c', 'd', 'e'].map((n) => `00000000-0000-4000-9000-00000000000${n}`);
  const started = Date.now();
  await db.query(
    `INSERT INTO audit_entries
       (event_id, workspace_id, brand_id, document_id, actor_id, action, subject_type, subject_id, data, occurred_at)
     SELECT gen_random_uuid(), $1, ($2::uuid[])[1 + i % 5], gen_random_uuid(), ($3::uuid[])[1 + i % 8],
            (ARRAY['document.renamed','document.archived','member.role_changed','brand.updated'])[1 + i % 4],
            'document', gen_random_uuid(), jsonb_build_object('name', 'Entry ' || i, 'before', 'a', 'after', 'b'),
            now() - (i * interval '13 minutes')
       FROM generate_series(1, $4::int) AS i`,
    [workspaceId, brands, actors, entries],
  );
  await db.query('ANALYZE audit_entries');
  console.log(`inserted ${entries} audit entries in ${Date.now() - started} ms`);

  const QUERY = `query($w: ID!, $f: AuditFilter) { auditLog(workspaceId: $w, filter: $f, first: 50) {
    hasMore endCursor entries { id occurredAt action actorName brandName documentTitle subjectName before after } } }`;
  const filter = {
    actorId: actors[2],
    brandId: brands[2],
    action: 'document.renamed',
    from: new Date(Date.now() - 60 * 86_400_000).toISOString(),
    to: new Date().toISOString(),
  };
  const first: number[] = [];
  const filtered: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    first.push((await call(QUERY, { w: workspaceId })).ms);
    filtered.push((await call(QUERY, { w: workspaceId, f: filter })).ms);
  }
  const at = (samples: number[], q: number) => {
    const sorted = [...samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  };
  const line = (label: string, samples: number[]) =>
    `${label.padEnd(14)} n=${samples.length}  p50=${at(samples, 0.5).toFixed(1)} ms  p95=${at(samples, 0.95).toFixed(1)} ms  max=${Math.max(...samples).toFixed(1)} ms`;
  console.log(`audit log, first page of 50 over HTTP (${config.database.kind})`);
  console.log(line('first page', first));
  console.log(line('filtered page', filtered));
  console.log(
    JSON.stringify({
      entries,
      first_page_p50_ms: Number(at(first, 0.5).toFixed(1)),
      filtered_p50_ms: Number(at(filtered, 0.5).toFixed(1)),
    }),
  );
} finally {
  await app.close();
  await database.drop();
}

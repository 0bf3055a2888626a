import { DataSource } from 'typeorm';
import { countStatements } from '../platform/database/index.js';
import { seedApprovalPosts } from './approvals-seed.js';
import { startBenchServer } from './bench-server.js';

/**
 * Approvals at scale over HTTP against the real app: the content calendar's month of N
 * posts (default 1,000) with each post's approval state (target ≤ 5 statements, p95 ≤ 50
 * ms), and "waiting on me" for a lead with N/2 pending requests (target ≤ 3 statements,
 * p95 ≤ 30 ms), over R requests each (default 50). Statement counts include the session
 * lookup. Works on a throw-away database (a temporary one on the DATABASE_URL server, else
 * in-memory PGlite); run with NODE_ENV=production as deployed (the package script does).
 * Server time runs from the request's arrival to the answer's last byte. Ends with one
 * JSON line of the figures.
 */
const posts = Number(process.argv[2] ?? 1000);
const requests = Number(process.argv[3] ?? 50);
/** The request's own statements, not the job queue's or the session's last-seen stamp. */
const ownWork = (sql: string) =>
  !/^\s*UPDATE "sessions"|pgboss\.|audit_entries|FROM "events"|webhook_/i.test(sql);
const { app, url, databaseKind, close } = await startBenchServer();
try {
  let cookie = '';
  const serverMs: number[] = [];
  app
    .getHttpServer()
    .on('request', (_request: unknown, response: import('node:http').ServerResponse) => {
      const started = process.hrtime.bigint();
      response.on('finish', () => serverMs.push(Number(process.hrtime.bigint() - started) / 1e6));
    });

  async function call<T>(query: string, variables: unknown = {}): Promise<{ ms: number; data: T }> {
    const started = process.hrtime.bigint();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0]!;
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, data: body.data! };
  }

  const { data: me } = await call<{ signUp: { user: { id: string } } }>(
    `mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }`,
    {
      i: {
        email: 'approvals@example.test',
        password: 'benchmark passphrase 2026',
        displayName: 'Bench lead',
      },
    },
  );
  const userId = me.signUp.user.id;
  const { data: ws } = await call<{ createWorkspace: { id: string } }>(
    `mutation($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { id } }`,
    { i: { name: 'Bench agency' } },
  );
  const { data: br } = await call<{ createBrand: { id: string } }>(
    `mutation($i: CreateBrandInput!) { createBrand(input: $i) { id } }`,
    { i: { workspaceId: ws.createWorkspace.id, name: 'Bench brand', timeZone: 'Europe/Berlin' } },
  );
  const brandId = br.createBrand.id;
  const dataSource = app.get(DataSource);
  // The bench user leads the brand's team (so they approve posts), then the posts and requests.
  await dataSource.query(
    `WITH team AS (INSERT INTO teams (workspace_id, name) VALUES ($1, 'Bench team') RETURNING id),
          joined AS (INSERT INTO team_members (team_id, user_id, roles)
                     SELECT id, $2, ARRAY['lead'] FROM team RETURNING team_id)
     INSERT INTO brand_teams (brand_id, team_id) SELECT $3, team_id FROM joined`,
    [ws.createWorkspace.id, userId, brandId],
  );
  const { pending } = await seedApprovalPosts(dataSource, {
    brandId,
    posts,
    approverId: userId,
    submitterId: userId,
  });
  await dataSource.query('ANALYZE team_members, brand_teams, workspace_members, users');

  const MONTH = `query($b: ID!) {
    calendarPosts(brandId: $b, from: "2026-03-01", to: "2026-04-01") {
      timeZone canEdit truncated
      posts { id title publishAtLocal networks status approvalState approvalFlagged
        category { id color } assignee { id displayName } canEdit }
    }
  }`;
  const WAITING = `{ waitingOnMe { id documentId documentKind documentTitle flowName currentStep
    versionId submitterName stepOpenedAt canDecide decisions { userId decision } } }`;

  const statementsOf = async (query: string, variables: unknown, check: (data: never) => void) => {
    await call(query, variables); // warm-up: caches, the session's first-seen stamp
    const counter = countStatements(dataSource);
    const { data } = await call<never>(query, variables);
    const own = counter.statements.filter(ownWork);
    counter.stop();
    check(data);
    return own;
  };
  const calendarSql = await statementsOf(
    MONTH,
    { b: brandId },
    (data: { calendarPosts: { posts: unknown[] } }) => {
      if (data.calendarPosts.posts.length !== posts) {
        throw new Error(`the month showed ${data.calendarPosts.posts.length} of ${posts} posts`);
      }
    },
  );
  const waitingSql = await statementsOf(WAITING, {}, (data: { waitingOnMe: unknown[] }) => {
    if (data.waitingOnMe.length !== pending) {
      throw new Error(`waiting on me listed ${data.waitingOnMe.length} of ${pending} requests`);
    }
  });

  const quantile = (samples: number[]) => {
    samples.sort((a, b) => a - b);
    return (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  };
  const measure = async (query: string, variables: unknown) => {
    serverMs.length = 0;
    for (let i = 0; i < requests; i += 1) await call(query, variables);
    return quantile([...serverMs]);
  };
  const month = await measure(MONTH, { b: brandId });
  const waiting = await measure(WAITING, {});

  const show = (title: string, sql: string[]) => {
    console.log(`${title}: ${sql.length} SQL statements per request`);
    for (const statement of sql) console.log(`  - ${statement.replace(/\s+/g, ' ').slice(0, 110)}`);
  };
  console.log(`approvals (${databaseKind}): ${posts} posts, ${pending} pending on one lead`);
  show('calendar month with approval states', calendarSql);
  console.log(
    `  over ${requests} requests, server time: p50=${month(0.5).toFixed(1)} ms  p95=${month(0.95).toFixed(1)} ms  max=${month(1).toFixed(1)} ms`,
  );
  show('waiting on me', waitingSql);
  console.log(
    `  over ${requests} requests, server time: p50=${waiting(0.5).toFixed(1)} ms  p95=${waiting(0.95).toFixed(1)} ms  max=${waiting(1).toFixed(1)} ms`,
  );
  console.log(
    JSON.stringify({
      posts,
      pending,
      calendar_statements: calendarSql.length,
      calendar_p50_ms: Number(month(0.5).toFixed(1)),
      calendar_p95_ms: Number(month(0.95).toFixed(1)),
      waiting_statements: waitingSql.length,
      waiting_p50_ms: Number(waiting(0.5).toFixed(1)),
      waiting_p95_ms: Number(waiting(0.95).toFixed(1)),
    }),
  );
} finally {
  await close();
}

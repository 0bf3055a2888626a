import { DataSource } from 'typeorm';
import { countStatements } from '../platform/database/index.js';
import { seedApprovalPosts } from './approvals-seed.js';
import { benchBrand, benchClient, startBenchServer } from './bench-server.js';

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
/**
 * Statements are counted only while the server answers a request (job-queue work is left
 * out by the counter); of those, the session's once-a-minute last-seen stamp is not the
 * query's own.
 */
const ownWork = (sql: string) => !/^\s*UPDATE "sessions"/i.test(sql);
const server = await startBenchServer();
const { app, databaseKind, close } = server;
try {
  const client = benchClient(server);
  const { call, serverMs } = client;
  const { userId, workspaceId, brandId } = await benchBrand(
    client,
    'approvals@example.test',
    'Bench lead',
  );
  const dataSource = app.get(DataSource);
  // The bench user leads the brand's team (so they approve posts), then the posts and requests.
  await dataSource.query(
    `WITH team AS (INSERT INTO teams (workspace_id, name) VALUES ($1, 'Bench team') RETURNING id),
          joined AS (INSERT INTO team_members (team_id, user_id, roles)
                     SELECT id, $2, ARRAY['lead'] FROM team RETURNING team_id)
     INSERT INTO brand_teams (brand_id, team_id) SELECT $3, team_id FROM joined`,
    [workspaceId, userId, brandId],
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
    const counter = countStatements(dataSource, app.getHttpServer());
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

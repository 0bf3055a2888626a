import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { DataSource } from 'typeorm';
import { countStatements } from '../platform/database/index.js';
import { benchBrand, benchClient, startBenchServer } from './bench-server.js';

/**
 * The content calendar's month view of one brand with N posts (default 1,000) over HTTP
 * against the real app: every post with networks, a category, a goal, a media-plan row
 * and an assignee, spread over one month in Europe/Berlin. Prints the SQL statements one
 * `calendarPosts` query sends (target ≤ 5, whatever N) and its latency over R requests
 * (default 50; target p95 ≤ 50 ms), then `contentMix` for the same month. Works on a
 * throw-away database: a temporary one on the DATABASE_URL server (dropped at the end),
 * else in-memory PGlite. Run with NODE_ENV=production as deployed (the package script
 * does): graphql-js checks every type with a slower cross-realm test outside production.
 * Server time runs from the request's arrival to the answer's last byte. The timed requests
 * are sent from a worker thread: a client in the server's own thread would parse each
 * 1,000-post answer there and leave its garbage to be collected during the next request's
 * server time, which a deployed server never pays. Ends with one JSON line of the figures.
 */
interface ClientJob {
  url: string;
  cookie: string;
  query: string;
  variables: unknown;
  requests: number;
}

/** The worker: sends the requests one after another and answers their round-trip times. */
async function runClient({
  url,
  cookie,
  query,
  variables,
  requests,
}: ClientJob): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < requests; i += 1) {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    samples.push(performance.now() - started);
  }
  return samples;
}

if (!isMainThread) {
  parentPort!.postMessage(await runClient(workerData as ClientJob));
} else {
  await bench();
}

async function bench(): Promise<void> {
  const posts = Number(process.argv[2] ?? 1000);
  /**
   * Statements are counted only while the server answers a request (job-queue work is left
   * out by the counter); of those, the session's once-a-minute last-seen stamp is not the
   * query's own.
   */
  const ownWork = (sql: string) => !/^\s*UPDATE "sessions"/i.test(sql);
  const requests = Number(process.argv[3] ?? 50);
  const server = await startBenchServer();
  const { app, url, databaseKind, close } = server;
  try {
    const client = benchClient(server);
    const { call, serverMs } = client;
    const { workspaceId, brandId } = await benchBrand(client, 'calendar@example.test', 'Bench');
    const dataSource = app.get(DataSource);
    // Five assignees (members of the workspace), a media plan to point rows at, then the posts.
    await dataSource.query(
      `WITH people AS (
       INSERT INTO users (email, email_normalized, display_name, password_hash, password_changed_at)
       SELECT 'p' || g || '@example.test', 'p' || g || '@example.test', 'Person ' || g, 'x', now()
         FROM generate_series(1, 5) AS g RETURNING id)
     INSERT INTO workspace_members (workspace_id, user_id, role) SELECT $1, id, 'admin' FROM people`,
      [workspaceId],
    );
    const [plan] = await dataSource.query<Array<{ id: string }>>(
      `INSERT INTO documents (brand_id, kind, title) VALUES ($1, 'media_plan', 'Plan') RETURNING id`,
      [brandId],
    );
    await dataSource.query(
      `WITH people AS (SELECT array_agg(id) AS ids FROM users WHERE email LIKE 'p%@example.test'),
          cats AS (SELECT array_agg(id ORDER BY position) AS ids FROM content_categories WHERE brand_id = $1),
          docs AS (
            INSERT INTO documents (brand_id, kind, title)
            SELECT $1, 'post', 'Post ' || g FROM generate_series(1, $2::int) AS g
            RETURNING id, substring(title from 6)::int AS n)
     INSERT INTO posts (document_id, brand_id, networks, publish_at, format, category_id, goal_id,
                        media_plan_id, media_plan_row_id, assignee_id, status)
     SELECT docs.id, $1,
            CASE n % 3 WHEN 0 THEN ARRAY['instagram','facebook'] WHEN 1 THEN ARRAY['tiktok','instagram']
                       ELSE ARRAY['x','threads'] END::varchar[],
            timestamptz '2026-03-01 00:00+01' + (n % 31) * interval '1 day' + (n % 14 + 8) * interval '1 hour',
            (ARRAY['text','image','carousel','video','reel'])[1 + n % 5],
            cats.ids[1 + n % 5], 'goal-' || (n % 4), $3::uuid, 'row-' || (n % 12),
            people.ids[1 + n % 5], (ARRAY['draft','ready','scheduled'])[1 + n % 3]
       FROM docs, people, cats`,
      [brandId, posts, plan!.id],
    );
    // Statistics as autovacuum would have them after a bulk load (a fresh table reads as empty
    // to the planner, which then picks nested loops over sequential scans).
    await dataSource.query('ANALYZE posts, documents, content_categories, users, brands');

    // What the month view draws and filters by: title, local time, networks, status, the
    // category's colour, the promotional flag, goal, row and assignee, and whether it may be
    // dragged. FULL asks for every field of Post, for comparison.
    const MONTH = `query($b: ID!) {
    calendarPosts(brandId: $b, from: "2026-03-01", to: "2026-04-01") {
      timeZone canEdit promotionCapPercent truncated
      posts { id title publishAtLocal networks format status promotional
        category { id color } goalId mediaPlanRowId assignee { id displayName } canEdit }
    }
  }`;
    const FULL = `query($b: ID!) {
    calendarPosts(brandId: $b, from: "2026-03-01", to: "2026-04-01") {
      timeZone canEdit promotionCapPercent truncated
      posts { id brandId title networks publishAt publishAtLocal timeZone format status nextStatuses
        promotional promotionalOverride category { id name key color promotional } goalId
        mediaPlanId mediaPlanRowId assignee { id displayName } archived canEdit createdAt updatedAt }
    }
  }`;
    const MIX = `query($b: ID!) { contentMix(brandId: $b, from: "2026-03-01", to: "2026-04-01") {
    weeks { start total promotional capExceeded byCategory { name count } byNetwork { network count } }
    months { start total promotional promotionalPercent capExceeded } } }`;
    await call(MONTH, { b: brandId }); // warm-up (caches, the session's first-seen stamp)
    const counter = countStatements(dataSource, app.getHttpServer());
    const first = await call<{ calendarPosts: { posts: unknown[] } }>(MONTH, { b: brandId });
    const perRequest = counter.statements.filter(ownWork);
    const statements = perRequest.length;
    const background = counter.count - statements;
    counter.reset();
    await call(MIX, { b: brandId });
    const mixStatements = counter.statements.filter(ownWork).length;
    counter.stop();
    if (first.data.calendarPosts.posts.length !== posts) {
      throw new Error(
        `the month showed ${first.data.calendarPosts.posts.length} of ${posts} posts`,
      );
    }
    const quantile = (samples: number[]) => {
      samples.sort((a, b) => a - b);
      return (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
    };
    const measure = async (query: string) => {
      serverMs.length = 0;
      const job: ClientJob = {
        url,
        cookie: client.cookie,
        query,
        variables: { b: brandId },
        requests,
      };
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: job });
      const before = performance.eventLoopUtilization();
      const samples = await new Promise<number[]>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      // The server thread's busy time per request: its work, whatever the waits between.
      const busy = performance.eventLoopUtilization(before).active / requests;
      await worker.terminate();
      return { roundTrip: quantile(samples), server: quantile([...serverMs]), busy };
    };
    const { roundTrip: month, server: monthServer, busy } = await measure(MONTH);
    const { server: mix } = await measure(MIX);
    const { server: full } = await measure(FULL);

    console.log(`calendar month view of one brand (${databaseKind}), ${posts} posts`);
    console.log(
      `SQL statements per request: ${statements}` +
        (background ? ` (+${background} session stamp, left out)` : ''),
    );
    for (const sql of perRequest) console.log(`  - ${sql.replace(/\s+/g, ' ').slice(0, 110)}`);
    console.log(
      `calendarPosts over ${requests} requests, server time: p50=${monthServer(0.5).toFixed(1)} ms  p95=${monthServer(0.95).toFixed(1)} ms  max=${monthServer(1).toFixed(1)} ms`,
    );
    console.log(
      `  HTTP round trip incl. the client parsing the answer: p50=${month(0.5).toFixed(1)} ms  p95=${month(0.95).toFixed(1)} ms; the server thread busy ${busy.toFixed(1)} ms per request`,
    );
    console.log(
      `  the same with every field of Post: server p50=${full(0.5).toFixed(1)} ms  p95=${full(0.95).toFixed(1)} ms`,
    );
    console.log(
      `contentMix (${mixStatements} statements) over ${requests} requests, server time: p50=${mix(0.5).toFixed(1)} ms  p95=${mix(0.95).toFixed(1)} ms`,
    );
    console.log(
      JSON.stringify({
        posts,
        statements,
        p50_ms: Number(monthServer(0.5).toFixed(1)),
        p95_ms: Number(monthServer(0.95).toFixed(1)),
        round_trip_p95_ms: Number(month(0.95).toFixed(1)),
        busy_ms_per_request: Number(busy.toFixed(1)),
        all_fields_p95_ms: Number(full(0.95).toFixed(1)),
        mix_statements: mixStatements,
        mix_p95_ms: Number(mix(0.95).toFixed(1)),
      }),
    );
  } finally {
    await close();
  }
}

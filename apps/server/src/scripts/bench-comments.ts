import { encodeTextAnchor, resolveTextAnchor } from '@chorus/post-model';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { CommentsRepository } from '../modules/comments/comments.repository.js';
import { countStatements } from '../platform/database/index.js';
import { benchBrand, benchClient, startBenchServer } from './bench-server.js';

/**
 * Comments at scale over HTTP against the real app: a strategy with T threads (default 1,000)
 * of 5 comments each (5,000), with reactions and mentions, anchored by real Yjs relative
 * positions into its paragraphs. Measures what the app asks when the document opens:
 * the thread list as the panel reads it (`commentThreadPage`, 30 threads with every comment;
 * target ≤ 3 SQL statements, session lookup included, and p95 ≤ 50 ms of server time over R
 * requests, default 50), the previews the margin and highlights read (`commentThreadPreviews`:
 * every thread, its first comment), the whole unpaged list (`commentThreads`, for comparison),
 * and resolving every anchor in a Y.Doc (`resolveTextAnchor`, what the browser does). Works on a throw-away database (a temporary one on the DATABASE_URL server, else
 * in-memory PGlite); run with NODE_ENV=production as deployed (the package script does).
 * Ends with one JSON line of the figures.
 */
const threads = Number(process.argv[2] ?? 1000);
const requests = Number(process.argv[3] ?? 50);
const COMMENTS_PER_THREAD = 5;
/** The panel's page: what the web app asks for first. */
const PAGE_SIZE = 30;
/** The session's once-a-minute last-seen stamp is not the query's own work. */
const ownWork = (sql: string) => !/^\s*UPDATE "sessions"/i.test(sql);

const server = await startBenchServer();
const { app, databaseKind, close } = server;
try {
  const client = benchClient(server);
  const { call, serverMs } = client;
  const { userId, brandId } = await benchBrand(client, 'comments@example.test', 'Bench lead');
  const { data: created } = await call<{ createDocument: { id: string } }>(
    `mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`,
    { i: { brandId, kind: 'STRATEGY', title: 'Strategy with many comments' } },
  );
  const documentId = created.createDocument.id;

  // A document of one paragraph per thread; each thread quotes a word of its paragraph.
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('strategy');
  const paragraphs: Y.XmlText[] = [];
  doc.transact(() => {
    for (let i = 0; i < threads; i += 1) {
      const text = new Y.XmlText(`Paragraph ${i}: our tea reaches every family by spring.`);
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [text]);
      fragment.insert(fragment.length, [paragraph]);
      paragraphs.push(text);
    }
  });
  const anchors = paragraphs.map((text) => {
    const from = text.toJSON().indexOf('tea');
    return encodeTextAnchor(text, from, from + 'tea reaches'.length);
  });

  const dataSource = app.get(DataSource);
  await dataSource.query(
    `INSERT INTO comment_threads (document_id, brand_id, anchor_kind, anchor_start, anchor_end,
        anchor_quote, visibility, status, created_by, created_at, last_activity_at)
     SELECT $1, $2, 'text', a.s, a.e, a.q,
            CASE WHEN a.n % 3 = 0 THEN 'external' ELSE 'internal' END,
            CASE WHEN a.n % 4 = 0 THEN 'resolved' ELSE 'open' END,
            $3, now() - make_interval(secs => a.n), now() - make_interval(secs => a.n)
       FROM unnest($4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS a(s, e, q, n)`,
    [
      documentId,
      brandId,
      userId,
      anchors.map((a) => a.start),
      anchors.map((a) => a.end),
      anchors.map((a) => a.quote),
    ],
  );
  await dataSource.query(
    `INSERT INTO comments (thread_id, body, author_id, created_at)
     SELECT t.id, 'Comment ' || n || ': should we say “' || t.anchor_quote || '” here?', $2,
            t.created_at + make_interval(secs => n)
       FROM comment_threads t CROSS JOIN generate_series(1, $3::int) AS n
      WHERE t.document_id = $1`,
    [documentId, userId, COMMENTS_PER_THREAD],
  );
  await dataSource.query(
    `INSERT INTO comment_reactions (comment_id, reactor, user_id, emoji)
     SELECT c.id, 'u:' || $2, $2::uuid, e.emoji
       FROM comments c JOIN comment_threads t ON t.id = c.thread_id
       CROSS JOIN (VALUES ('👍'), ('🎉')) AS e(emoji)
      WHERE t.document_id = $1 AND c.body LIKE 'Comment 1:%'`,
    [documentId, userId],
  );
  await dataSource.query(
    `INSERT INTO comment_mentions (comment_id, user_id)
     SELECT c.id, $2 FROM comments c JOIN comment_threads t ON t.id = c.thread_id
      WHERE t.document_id = $1 AND c.body LIKE 'Comment 2:%'`,
    [documentId, userId],
  );
  await dataSource.query(
    'ANALYZE comment_threads, comments, comment_reactions, comment_mentions, users',
  );

  const COMMENT = `id author { userId name guest } body mentions createdAt editedAt deleted
      hiddenReason reactions { emoji count mine } canEdit canDelete`;
  const THREAD = `id visibility status lastActivityAt resolvedAt resolvedByName escalationTopics
    commentCount anchor { kind start end quote }`;
  const PAGE = `query($d: ID!) { commentThreadPage(documentId: $d, first: ${PAGE_SIZE}) {
    threads { ${THREAD} comments { ${COMMENT} } } nextCursor } }`;
  const PREVIEWS = `query($d: ID!) { commentThreadPreviews(documentId: $d) {
    ${THREAD} firstComment { ${COMMENT} } } }`;
  const ALL = `query($d: ID!) { commentThreads(documentId: $d) { ${THREAD} comments { ${COMMENT} } } }`;
  await call(PAGE, { d: documentId }); // warm-up: caches, the session's first-seen stamp
  const counter = countStatements(dataSource, app.getHttpServer());
  const { data } = await call<{
    commentThreadPage: { threads: Array<{ comments: unknown[] }>; nextCursor: string | null };
  }>(PAGE, { d: documentId });
  const sql = counter.statements.filter(ownWork);
  counter.stop();
  const page = data.commentThreadPage;
  const listedComments = page.threads.reduce((sum, t) => sum + t.comments.length, 0);
  if (
    page.threads.length !== Math.min(PAGE_SIZE, threads) ||
    listedComments !== page.threads.length * COMMENTS_PER_THREAD ||
    threads > PAGE_SIZE !== (page.nextCursor !== null)
  ) {
    throw new Error(`the page held ${page.threads.length} threads, ${listedComments} comments`);
  }
  const previewCounter = countStatements(dataSource, app.getHttpServer());
  const previewed = await call<{ commentThreadPreviews: Array<{ commentCount: number }> }>(
    PREVIEWS,
    { d: documentId },
  );
  const previewSql = previewCounter.statements.filter(ownWork);
  previewCounter.stop();
  const previews = previewed.data.commentThreadPreviews;
  if (previews.length !== threads || previews.some((t) => t.commentCount !== COMMENTS_PER_THREAD)) {
    throw new Error(`previewed ${previews.length} threads`);
  }

  // The list statement alone (no GraphQL), to tell the database's share from the rest.
  const repository = app.get(CommentsRepository, { strict: false });
  const viewer = { userId, guestSessionId: null, reactor: `u:${userId}`, seesInternal: true };
  const sqlMs: number[] = [];
  for (let i = 0; i < Math.min(requests, 20); i += 1) {
    const started = process.hrtime.bigint();
    await repository.list(documentId, viewer, {}, { limit: PAGE_SIZE + 1 });
    sqlMs.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  sqlMs.sort((a, b) => a - b);
  const previewSqlMs: number[] = [];
  for (let i = 0; i < Math.min(requests, 20); i += 1) {
    const started = process.hrtime.bigint();
    await repository.list(documentId, viewer, {}, { preview: true });
    previewSqlMs.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  previewSqlMs.sort((a, b) => a - b);
  if (process.env.BENCH_EXPLAIN) {
    const { THREAD_LIST_SQL } = await import('../modules/comments/comments.repository.js');
    const plan = await dataSource.query<Array<Record<string, string>>>(
      `EXPLAIN (ANALYZE, BUFFERS) ${THREAD_LIST_SQL}`,
      [
        documentId,
        true,
        null,
        null,
        false,
        false,
        userId,
        null,
        `u:${userId}`,
        null,
        PAGE_SIZE + 1,
        null,
        null,
        false,
      ],
    );
    for (const row of plan) console.log(Object.values(row)[0]);
  }

  /** Server times of R requests of one query, sorted. */
  const timed = async (query: string, times: number) => {
    serverMs.length = 0;
    for (let i = 0; i < times; i += 1) await call(query, { d: documentId });
    return [...serverMs].sort((a, b) => a - b);
  };
  const quantile = (sorted: number[], q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const samples = await timed(PAGE, requests);
  const at = (q: number) => quantile(samples, q);
  const previewSamples = await timed(PREVIEWS, requests);
  const allSamples = await timed(ALL, Math.min(requests, 10));

  // What the browser does with the list: every anchor back to a range of its replica.
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  const resolveStarted = process.hrtime.bigint();
  let resolved = 0;
  for (const anchor of anchors) {
    if (resolveTextAnchor(replica, anchor.start, anchor.end)?.text === anchor.quote) resolved += 1;
  }
  const resolveMs = Number(process.hrtime.bigint() - resolveStarted) / 1e6;
  if (resolved !== threads) throw new Error(`only ${resolved} of ${threads} anchors resolved`);

  console.log(
    `comments (${databaseKind}): ${threads} threads, ${threads * COMMENTS_PER_THREAD} comments on one strategy`,
  );
  console.log(
    `commentThreadPage (the panel's first ${PAGE_SIZE} threads): ${sql.length} SQL statements per request`,
  );
  for (const statement of sql) console.log(`  - ${statement.replace(/\s+/g, ' ').slice(0, 110)}`);
  console.log(
    `  over ${requests} requests, server time: p50=${at(0.5).toFixed(1)} ms  p95=${at(0.95).toFixed(1)} ms  max=${at(1).toFixed(1)} ms`,
  );
  console.log(
    `  the list statement alone (with JSON parsing): p50=${sqlMs[sqlMs.length >> 1]!.toFixed(1)} ms`,
  );
  console.log(
    `commentThreadPreviews (all ${threads} threads, first comments): ${previewSql.length} statements, p50=${quantile(previewSamples, 0.5).toFixed(1)} ms  p95=${quantile(previewSamples, 0.95).toFixed(1)} ms`,
  );
  console.log(
    `  the previews statement alone (with JSON parsing): p50=${previewSqlMs[previewSqlMs.length >> 1]!.toFixed(1)} ms`,
  );
  console.log(
    `commentThreads unpaged (all ${threads * COMMENTS_PER_THREAD} comments, for comparison): p50=${quantile(allSamples, 0.5).toFixed(1)} ms  p95=${quantile(allSamples, 0.95).toFixed(1)} ms`,
  );
  console.log(`resolving ${threads} anchors in a replica (Node): ${resolveMs.toFixed(1)} ms`);
  console.log(
    JSON.stringify({
      threads,
      comments: threads * COMMENTS_PER_THREAD,
      thread_list_statements: sql.length,
      thread_list_p50_ms: Number(at(0.5).toFixed(1)),
      thread_list_p95_ms: Number(at(0.95).toFixed(1)),
      thread_previews_statements: previewSql.length,
      thread_previews_p95_ms: Number(quantile(previewSamples, 0.95).toFixed(1)),
      thread_list_unpaged_p95_ms: Number(quantile(allSamples, 0.95).toFixed(1)),
      anchor_resolve_ms: Number(resolveMs.toFixed(1)),
    }),
  );
} finally {
  await close();
}

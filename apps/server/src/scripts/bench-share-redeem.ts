import { DataSource } from 'typeorm';
import { countStatements } from '../platform/database/index.js';
import { AUTH_LIMITS } from '../platform/throttling/index.js';
import { benchBrand, benchClient, startBenchServer } from './bench-server.js';

/**
 * Share-link redemption over HTTP against the real app: N redemptions (default 100) of a
 * password-protected link, each from its own address and browser (argon2id verification,
 * the guest session's insert and the link's counters included): server time p50/p95. Then
 * 1,000 wrong tokens from one address: how many were answered before the throttle refused
 * (they alone were hashed and looked up) and how many the throttle refused, with the share
 * link statements they cost. Throw-away database (DATABASE_URL server, else PGlite);
 * NODE_ENV=production as deployed (the package script). Last line: one JSON object.
 */
const redemptions = Number(process.argv[2] ?? 100);
const WRONG_TOKENS = 1_000;
const PASSWORD = 'lotus-campaign-2027';

const server = await startBenchServer();
const { app, databaseKind, close } = server;
try {
  const owner = benchClient(server);
  const { brandId } = await benchBrand(owner, 'share@example.test', 'Bench lead');
  const { data: doc } = await owner.call<{ createDocument: { id: string } }>(
    `mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`,
    { i: { brandId, kind: 'STRATEGY', title: 'Bench strategy' } },
  );
  const { data: created } = await owner.call<{ createShareLink: { url: string } }>(
    `mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { url } }`,
    {
      i: {
        brandId,
        documentId: doc.createDocument.id,
        capability: 'COMMENT',
        label: 'Client — bench',
        password: PASSWORD,
      },
    },
  );
  const token = created.createShareLink.url.split('/s/')[1]!;

  const serverMs: number[] = [];
  app
    .getHttpServer()
    .on('request', (_request: unknown, response: import('node:http').ServerResponse) => {
      const started = process.hrtime.bigint();
      response.on('finish', () => serverMs.push(Number(process.hrtime.bigint() - started) / 1e6));
    });
  /** One anonymous request "from" an address (the app trusts the loopback proxy). */
  const guestCall = async (address: string, query: string, variables: unknown) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    return body.errors?.[0]?.extensions?.code ?? null;
  };
  const REDEEM = `mutation($i: RedeemShareLinkInput!) { redeemShareLink(input: $i) { name } }`;

  // Warm-up: the argon2 dummy hash, the statement caches.
  for (let i = 0; i < 3; i += 1) {
    await guestCall(`10.250.0.${i}`, REDEEM, { i: { token, name: 'Warm-up', password: PASSWORD } });
  }
  const dataSource = app.get(DataSource);
  const perRedeem = countStatements(dataSource, app.getHttpServer());
  await guestCall('10.251.0.1', REDEEM, { i: { token, name: 'Counted', password: PASSWORD } });
  const redeemSql = [...perRedeem.statements];
  perRedeem.stop();
  serverMs.length = 0;
  for (let i = 0; i < redemptions; i += 1) {
    const code = await guestCall(`10.${1 + Math.floor(i / 250)}.${i % 250}.1`, REDEEM, {
      i: { token, name: `Guest ${i}`, password: PASSWORD },
    });
    if (code) throw new Error(`redemption ${i} failed: ${code}`);
  }
  const redeemMs = [...serverMs].sort((a, b) => a - b);
  const q = (p: number) =>
    redeemMs[Math.min(redeemMs.length - 1, Math.floor(p * redeemMs.length))]!;

  const counter = countStatements(dataSource, app.getHttpServer());
  const answers = new Map<string, number>();
  for (let i = 0; i < WRONG_TOKENS; i += 1) {
    const wrong = `${'w'.repeat(30)}${String(i).padStart(13, '0')}`;
    const code = await guestCall('10.200.0.1', REDEEM, {
      i: { token: wrong, name: 'Eve', password: 'guessing' },
    });
    answers.set(code ?? 'OK', (answers.get(code ?? 'OK') ?? 0) + 1);
  }
  const lookups = counter.statements.filter((sql) => /FROM share_links/i.test(sql)).length;
  counter.stop();
  const tried = answers.get('NOT_FOUND') ?? 0;
  const refused = answers.get('RATE_LIMITED') ?? 0;

  console.log(`share-link redemption (${databaseKind})`);
  console.log(
    `  ${redemptions} redemptions with a password (argon2id), each from its own address: server time p50=${q(0.5).toFixed(1)} ms  p95=${q(0.95).toFixed(1)} ms  max=${q(1).toFixed(1)} ms`,
  );
  console.log(`  SQL statements per redemption: ${redeemSql.length}`);
  for (const sql of redeemSql) console.log(`    - ${sql.replace(/\s+/g, ' ').slice(0, 110)}`);
  console.log(
    `  ${WRONG_TOKENS} wrong tokens from one address: ${tried} answered NOT_FOUND before the throttle (hashed, looked up, one dummy argon2 each), ${refused} refused RATE_LIMITED (neither hashed nor looked up); ${lookups} share_links look-ups reached the database (limit: ${AUTH_LIMITS.shareToken.address.points} per address in ${AUTH_LIMITS.shareToken.address.durationSeconds / 60} min)`,
  );
  console.log(
    JSON.stringify({
      redemptions,
      redeem_p50_ms: Number(q(0.5).toFixed(1)),
      redeem_p95_ms: Number(q(0.95).toFixed(1)),
      redeem_statements: redeemSql.length,
      wrong_tokens_tried: tried,
      wrong_tokens_refused_by_throttle: refused,
      wrong_tokens_db_lookups: lookups,
    }),
  );
} finally {
  await close();
}

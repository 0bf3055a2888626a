import { DataSource } from 'typeorm';
import { countStatements } from '../platform/database/index.js';
import { benchBrand, benchClient, startBenchServer } from './bench-server.js';

/**
 * The documents list of one brand with N documents (default 500) over HTTP against the
 * real app: how many SQL statements one `documents(brandId)` query sends (it must not grow
 * with N: access is resolved in bulk) and its latency over R requests (default 50).
 * Works on a throw-away database: a temporary one on the DATABASE_URL server (dropped at
 * the end), else in-memory PGlite. Ends with one JSON line of the figures.
 */
const documents = Number(process.argv[2] ?? 500);
const requests = Number(process.argv[3] ?? 50);
const server = await startBenchServer();
const { app, databaseKind, close } = server;
try {
  const client = benchClient(server);
  const { call } = client;
  const { brandId } = await benchBrand(client, 'lists@example.test', 'Bench');
  const dataSource = app.get(DataSource);
  await dataSource.query(
    `INSERT INTO documents (brand_id, kind, title)
     SELECT $1, (ARRAY['strategy','media_plan','post'])[1 + g % 3], 'Document ' || g
       FROM generate_series(1, $2::int) AS g`,
    [brandId, documents],
  );

  const LIST = `query($b: ID!) { documents(brandId: $b) { id kind title myCapability } }`;
  await call(LIST, { b: brandId }); // warm-up (caches, the session's first-seen stamp)
  const counter = countStatements(dataSource);
  const first = await call<{ documents: unknown[] }>(LIST, { b: brandId });
  const statements = counter.count;
  const perRequest = [...counter.statements];
  counter.stop();
  if (first.data.documents.length !== documents) {
    throw new Error(`listed ${first.data.documents.length} of ${documents} documents`);
  }
  const samples: number[] = [];
  for (let i = 0; i < requests; i += 1) samples.push((await call(LIST, { b: brandId })).ms);
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;

  console.log(`documents list of one brand (${databaseKind}), ${documents} documents`);
  console.log(`SQL statements per request: ${statements}`);
  for (const sql of perRequest) console.log(`  - ${sql.replace(/\s+/g, ' ').slice(0, 110)}`);
  console.log(
    `latency over ${requests} requests: p50=${at(0.5).toFixed(1)} ms  p95=${at(0.95).toFixed(1)} ms  max=${samples.at(-1)!.toFixed(1)} ms`,
  );
  console.log(
    JSON.stringify({
      documents,
      statements,
      p50_ms: Number(at(0.5).toFixed(1)),
      p95_ms: Number(at(0.95).toFixed(1)),
    }),
  );
} finally {
  await close();
}

// Longer than the house's ~400 lines on purpose: one benchmark run — its scenarios, the bare
// relay it measures against and the summary line — read top to bottom in one file; splitting
// it would scatter one measurement across modules nothing else imports.
/**
 * `pnpm bench:collab`: the collaboration endpoint under load, next to a bare in-memory
 * @y/websocket-server 0.1.1 doing the same work in the same run. Prints figures; asserts
 * nothing. Chorus runs as a child process with persistence on (DATABASE_URL, else an
 * embedded PGlite in a temp folder); the load generator runs in this process.
 *
 *   node dist/scripts/bench-collab.js [--docs 20] [--clients 5] [--rate 200] [--seconds 10]
 *                                     [--light-rates 2000,5000,10000,15000,20000] [--sockets 1000]
 *                                     [--scenarios 1,2,3,4,5] [--sync-clients 100]
 *
 * BENCH_COLLAB_NODE_ARGS passes Node flags to the Chorus processes (e.g. `--cpu-prof
 * --cpu-prof-dir=/tmp/prof`; each process is stopped with SIGTERM and awaited, so its
 * profile is written).
 */
import { rmSync } from 'node:fs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  waitUntil,
  sleep,
  METRICS_AUTH,
  spawnChorus,
  startChorus,
  stop,
  startBaseline,
  cpuSeconds,
  rssMiB,
  percentile,
  f,
  type Target,
} from './bench-collab-processes.js';
import { crossInstance } from './bench-collab-instances.js';
import { openLight, runLight } from './bench-collab-light.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const DOCS = Number(args.get('docs') ?? 20);
const CLIENTS = Number(args.get('clients') ?? 5);
const RATE = Number(args.get('rate') ?? 200);
const SECONDS = Number(args.get('seconds') ?? 10);
const LIGHT_RATES = (args.get('light-rates') ?? '2000,5000,10000,15000,20000')
  .split(',')
  .map(Number);
const SOCKETS = Number(args.get('sockets') ?? 1000);
const SCENARIOS = new Set((args.get('scenarios') ?? '1,2,3,4,5').split(','));
const SYNC_CLIENTS = Number(args.get('sync-clients') ?? 100);

// ---------------------------------------------------------------- full clients

interface FullResult {
  p50: number;
  p95: number;
  p99: number;
  deliveredPerSecond: number;
  cpuPercent: number;
  /** Server CPU time per edit sent (ms): steadier than latency on a shared, loaded machine. */
  cpuMsPerEdit: number;
  /** Database transactions per edit sent (Chorus on PostgreSQL only; the server's background work included). */
  dbTransactionsPerEdit: number | null;
  rssMiB: number;
  completed: number;
}

/**
 * Transactions committed or rolled back in the bench's database so far (PostgreSQL only),
 * read after the statistics are flushed: counts round trips the server makes, whatever
 * the machine's load.
 */
async function databaseTransactions(): Promise<number | null> {
  if (!process.env.DATABASE_URL) return null;
  await sleep(1500);
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      'SELECT (xact_commit + xact_rollback)::text AS n FROM pg_stat_database WHERE datname = current_database()',
    );
    return Number(rows[0]?.n ?? NaN);
  } finally {
    await client.end();
  }
}

/** Real y-websocket providers applying everything; latency = an edit seen by all peers. */
async function runFull(
  target: Target,
  clientsPerDoc: number,
  rate: number,
  seconds: number,
): Promise<FullResult> {
  const clients: Array<{ doc: Y.Doc; provider: WebsocketProvider; documentIndex: number }> = [];
  const headers = target.headers;
  const Polyfill = class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  };
  const pending = new Map<string, { t0: number; seen: number }>();
  const latencies: number[] = [];
  let delivered = 0;
  for (const [documentIndex, documentId] of target.documentIds.entries()) {
    for (let c = 0; c < clientsPerDoc; c += 1) {
      const doc = new Y.Doc();
      const url = target.url(documentId);
      const provider = new WebsocketProvider(url.slice(0, url.lastIndexOf('/')), documentId, doc, {
        WebSocketPolyfill: Polyfill as never,
        disableBc: true,
      });
      doc.getMap('edits').observe((event) => {
        if (event.transaction.origin !== provider) return;
        for (const key of event.keysChanged as Set<string>) {
          delivered += 1;
          const entry = pending.get(key);
          if (!entry) continue;
          entry.seen += 1;
          if (entry.seen === clientsPerDoc - 1) {
            latencies.push(performance.now() - entry.t0);
            pending.delete(key);
          }
        }
      });
      clients.push({ doc, provider, documentIndex });
    }
  }
  await waitUntil(
    () => Promise.resolve(clients.every((c) => c.provider.synced)),
    60_000,
    'clients to sync',
  );
  const pid = target.child.pid!;
  const transactions0 = target.metrics ? await databaseTransactions() : null;
  const cpu0 = cpuSeconds(pid);
  const started = performance.now();
  let sent = 0;
  const total = rate * seconds;
  while (sent < total) {
    const due = Math.floor(((performance.now() - started) / 1000) * rate);
    while (sent < Math.min(due, total)) {
      const client = clients[sent % clients.length]!;
      const key = `${sent}`;
      pending.set(key, { t0: performance.now(), seen: 0 });
      client.doc.getMap('edits').set(key, sent);
      sent += 1;
    }
    await sleep(2);
  }
  await sleep(1000);
  const elapsed = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(pid) - cpu0;
  const rss = rssMiB(pid);
  const transactions1 = transactions0 === null ? null : await databaseTransactions();
  const result: FullResult = {
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    deliveredPerSecond: delivered / elapsed,
    cpuPercent: (cpu / elapsed) * 100,
    cpuMsPerEdit: (cpu * 1000) / total,
    dbTransactionsPerEdit:
      transactions0 === null || transactions1 === null
        ? null
        : (transactions1 - transactions0) / total,
    rssMiB: rss,
    completed: latencies.length / total,
  };
  for (const client of clients) {
    client.provider.destroy();
    client.doc.destroy();
  }
  return result;
}

// ---------------------------------------------------------------- initial sync

function connectProvider(target: Target, documentId: string): WebsocketProvider & { doc: Y.Doc } {
  const headers = target.headers;
  const Polyfill = class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  };
  const doc = new Y.Doc();
  const url = target.url(documentId);
  return Object.assign(
    new WebsocketProvider(url.slice(0, url.lastIndexOf('/')), documentId, doc, {
      WebSocketPolyfill: Polyfill as never,
      disableBc: true,
    }),
    { doc },
  );
}

function whenSynced(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve) => {
    const onSync = (synced: boolean) => {
      if (!synced) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
}

function closeProvider(provider: WebsocketProvider & { doc: Y.Doc }): void {
  provider.destroy();
  provider.doc.destroy();
}

/** A document of `paragraphs` paragraphs (about 60 characters each), written in 100-paragraph updates. */
function fill(doc: Y.Doc, paragraphs: number): void {
  const fragment = doc.getXmlFragment('default');
  for (let start = 0; start < paragraphs; start += 100) {
    doc.transact(() => {
      const chunk: Y.XmlElement[] = [];
      for (let i = start; i < Math.min(paragraphs, start + 100); i += 1) {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [
          new Y.XmlText(`Paragraph ${i}: the quick brown fox jumps over the lazy dog.`),
        ]);
        chunk.push(paragraph);
      }
      fragment.insert(fragment.length, chunk);
    });
  }
}

interface SyncResult {
  p50: number;
  p99: number;
  /** Server CPU time per connecting client (ms). */
  cpuMsPerClient: number;
  /** Database transactions per connecting client (Chorus on PostgreSQL). */
  dbTransactionsPerClient: number | null;
  /** Chorus only: one client opening the same document once nobody holds it (loaded from the database). */
  coldMs?: number;
}

/**
 * `count` stock clients connect at once to a document a holder keeps open (so it is in
 * memory on both servers); ms from creating each provider to its first `synced`.
 */
async function initialSync(
  target: Target,
  documentId: string,
  paragraphs: number,
  count: number,
): Promise<SyncResult> {
  const holder = connectProvider(target, documentId);
  await whenSynced(holder);
  fill(holder.doc, paragraphs);
  const probe = connectProvider(target, documentId);
  await waitUntil(
    () => Promise.resolve(probe.doc.getXmlFragment('default').length >= paragraphs && probe.synced),
    60_000,
    'the document to be written',
  );
  const transactions0 = target.metrics ? await databaseTransactions() : null;
  const cpu0 = cpuSeconds(target.child.pid!);
  const times: number[] = [];
  const clients = Array.from({ length: count }, () => {
    const t0 = performance.now();
    const provider = connectProvider(target, documentId);
    void whenSynced(provider).then(() => times.push(performance.now() - t0));
    return provider;
  });
  await waitUntil(() => Promise.resolve(times.length === count), 120_000, 'clients to sync');
  const cpuMsPerClient = ((cpuSeconds(target.child.pid!) - cpu0) * 1000) / count;
  const transactions1 = transactions0 === null ? null : await databaseTransactions();
  for (const client of clients) closeProvider(client);
  const result: SyncResult = {
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    cpuMsPerClient,
    dbTransactionsPerClient:
      transactions0 === null || transactions1 === null
        ? null
        : (transactions1 - transactions0) / count,
  };
  const loaded = async () =>
    Number(
      (await target.metrics?.())?.match(/chorus_collab_documents_loaded\{[^}]*\} (\d+)/)?.[1] ??
        NaN,
    );
  if (target.metrics) {
    await sleep(500);
    const holding = await loaded();
    closeProvider(holder);
    closeProvider(probe);
    await waitUntil(async () => (await loaded()) < holding, 30_000, 'the document to unload');
    const t0 = performance.now();
    const cold = connectProvider(target, documentId);
    await whenSynced(cold);
    result.coldMs = performance.now() - t0;
    if (cold.doc.getXmlFragment('default').length < paragraphs)
      throw new Error('the document came back incomplete');
    closeProvider(cold);
  } else {
    closeProvider(holder);
    closeProvider(probe);
  }
  return result;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  console.log(
    `bench:collab — ${DOCS} documents × ${CLIENTS} clients, ${RATE} edits/s for ${SECONDS} s; persistence: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`,
  );
  const chorus = await startChorus(Math.max(DOCS, Math.ceil(SOCKETS / 5)));
  const chorusDocs = chorus.documentIds;
  const baseline = await startBaseline(chorusDocs);
  await sleep(1000);
  const rssStart = rssMiB(chorus.child.pid!);
  /** The figures of the last line (one JSON object), for scripts that compare runs. */
  const summary: Record<string, number | null> = {};
  const num = (n: number, digits = 2) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);
  try {
    // 1. Fan-out latency with real clients.
    if (SCENARIOS.has('1')) {
      console.log(
        '\n1. Fan-out latency, full y-websocket clients (ms: an edit seen by every peer)',
      );
      const rows: Array<[string, FullResult]> = [];
      for (const target of [
        { ...chorus, documentIds: chorusDocs.slice(0, DOCS) },
        { ...baseline, documentIds: chorusDocs.slice(0, DOCS) },
      ]) {
        rows.push([target.name, await runFull(target, CLIENTS, RATE, SECONDS)]);
      }
      for (const [name, r] of rows) {
        console.log(
          `   ${name.padEnd(26)} p50 ${f(r.p50, 2)}  p95 ${f(r.p95, 2)}  p99 ${f(r.p99, 2)}  delivered/s ${f(r.deliveredPerSecond, 0)}  server CPU ${f(r.cpuPercent)}% (${f(r.cpuMsPerEdit, 2)} ms/edit${r.dbTransactionsPerEdit === null ? '' : `, ${f(r.dbTransactionsPerEdit, 2)} DB transactions/edit`})  RSS ${f(r.rssMiB)} MiB  complete ${f(r.completed * 100)}%`,
        );
      }
      const [c, b] = [rows[0]![1], rows[1]![1]];
      Object.assign(summary, {
        p50_ms: num(c.p50),
        p95_ms: num(c.p95),
        p99_ms: num(c.p99),
        baseline_p50_ms: num(b.p50),
        baseline_p95_ms: num(b.p95),
        baseline_p99_ms: num(b.p99),
        ratio_p50: num(c.p50 / b.p50),
        fanout_p99_ratio: num(c.p99 / b.p99),
        cpu_percent: num(c.cpuPercent, 1),
        baseline_cpu_percent: num(b.cpuPercent, 1),
        cpu_ratio: num(c.cpuPercent / b.cpuPercent),
        cpu_ms_per_edit: num(c.cpuMsPerEdit, 3),
        baseline_cpu_ms_per_edit: num(b.cpuMsPerEdit, 3),
        db_transactions_per_edit:
          c.dbTransactionsPerEdit === null ? null : num(c.dbTransactionsPerEdit),
        rss_mb: num(c.rssMiB, 1),
        baseline_rss_mb: num(b.rssMiB, 1),
        completed_percent: num(c.completed * 100, 1),
      });
      console.log(
        `   ratio chorus/baseline: p50 ${f(c.p50 / b.p50, 2)}×  p99 ${f(c.p99 / b.p99, 2)}×  CPU ${f(c.cpuPercent / b.cpuPercent, 2)}×`,
      );
      if (chorus.metrics) {
        const text = await chorus.metrics();
        const buckets = [
          ...text.matchAll(/chorus_collab_persist_seconds_bucket\{le="([^"]+)"[^}]*\} (\d+)/g),
        ].map((m): [number, number] => [m[1] === '+Inf' ? Infinity : Number(m[1]), Number(m[2])]);
        const count = buckets.at(-1)?.[1] ?? 0;
        const p95 = buckets.find(([, n]) => n >= count * 0.95)?.[0];
        console.log(
          `   time-to-durable (server: update received → committed) p95 ≤ ${p95 === undefined ? '-' : `${p95 * 1000} ms`} over ${count} commits`,
        );
        summary.durable_p95_le_ms = p95 === undefined ? null : p95 * 1000;
      }
    }

    // 5. Initial sync: many clients opening a loaded document at once, small and large.
    if (SCENARIOS.has('5')) {
      console.log(
        `\n5. Initial sync, ${SYNC_CLIENTS} stock clients connecting at once to a loaded document (ms to synced)`,
      );
      const rows: Array<[string, string, SyncResult]> = [];
      // Documents no other scenario writes content into before this one.
      const [small, big] = [chorusDocs.at(-1)!, chorusDocs.at(-2)!];
      for (const [label, documentId, paragraphs] of [
        ['20 paragraphs', small, 20],
        ['2,000 paragraphs', big, 2000],
      ] as const) {
        for (const target of [chorus, baseline]) {
          const r = await initialSync(target, documentId, paragraphs, SYNC_CLIENTS);
          rows.push([label, target.name, r]);
          console.log(
            `   ${label.padEnd(17)} ${target.name.padEnd(26)} p50 ${f(r.p50, 1)}  p99 ${f(r.p99, 1)}  server CPU ${f(r.cpuMsPerClient, 2)} ms/client${r.dbTransactionsPerClient === null ? '' : `, ${f(r.dbTransactionsPerClient, 1)} DB transactions/client`}${r.coldMs === undefined ? '' : `  (one client, document not in memory: ${f(r.coldMs, 1)})`}`,
          );
        }
      }
      const [cs, bs, cb, bb] = rows.map((row) => row[2]);
      Object.assign(summary, {
        initial_sync_ratio: num(cs!.p50 / bs!.p50),
        big_sync_ratio: num(cb!.p50 / bb!.p50),
        sync_p50_ms: num(cs!.p50, 1),
        sync_p99_ms: num(cs!.p99, 1),
        baseline_sync_p50_ms: num(bs!.p50, 1),
        big_sync_p50_ms: num(cb!.p50, 1),
        big_sync_p99_ms: num(cb!.p99, 1),
        baseline_big_sync_p50_ms: num(bb!.p50, 1),
        baseline_big_sync_p99_ms: num(bb!.p99, 1),
        cold_big_sync_ms: num(cb!.coldMs ?? NaN, 1),
        sync_cpu_ms_per_client: num(cs!.cpuMsPerClient),
        baseline_sync_cpu_ms_per_client: num(bs!.cpuMsPerClient),
        big_sync_cpu_ms_per_client: num(cb!.cpuMsPerClient),
        baseline_big_sync_cpu_ms_per_client: num(bb!.cpuMsPerClient),
        sync_db_transactions_per_client:
          cs!.dbTransactionsPerClient === null ? null : num(cs!.dbTransactionsPerClient, 1),
      });
    }

    // 2. Saturation with light clients.
    if (SCENARIOS.has('2')) {
      console.log(
        '\n2. Saturation, light clients (speak the protocol, do not apply what they receive)',
      );
      for (const target of [
        { ...chorus, documentIds: chorusDocs.slice(0, DOCS * 5) },
        { ...baseline, documentIds: chorusDocs.slice(0, DOCS * 5) },
      ]) {
        for (const rate of LIGHT_RATES) {
          // Two sockets per document (one sender, one receiver, over 5×DOCS documents), so the
          // load generator's own receiving work stays small next to the server's.
          const r = await runLight(target, 2, rate, 5);
          console.log(
            `   ${target.name.padEnd(26)} offered ${f(r.offered, 0).padStart(6)} edits/s  delivered ${f(r.deliveredPerSecond, 0).padStart(7)} msg/s (${f((r.delivered / r.expectedDelivered) * 100)}%)  server CPU ${f(r.cpuPercent).padStart(5)}%${r.closed ? `  closed sockets ${r.closed}` : ''}`,
          );
        }
      }
    }

    // 4. Two instances sharing PostgreSQL and Redis: bytes through Redis per update byte.
    if (!SCENARIOS.has('4')) {
      // skipped
    } else if (process.env.DATABASE_URL && process.env.REDIS_URL) {
      console.log(
        '\n4. Cross-instance traffic (two Chorus processes sharing PostgreSQL and Redis)',
      );
      Object.assign(
        summary,
        await crossInstance(chorus, {
          docs: DOCS,
          clients: CLIENTS,
          rate: RATE,
          seconds: SECONDS,
          runFull,
        }),
      );
    } else {
      console.log('\n4. Cross-instance traffic: skipped (needs DATABASE_URL and REDIS_URL)');
    }

    // 3. Many sockets: idle memory, latency, unloading.
    if (SCENARIOS.has('3')) {
      console.log(`\n3. ${SOCKETS} sockets over ${Math.ceil(SOCKETS / 5)} documents`);
      const manyDocs = chorusDocs.slice(0, Math.ceil(SOCKETS / 5));
      // A fresh process, so memory freed by the earlier runs does not hide what sockets cost.
      const fresh = await spawnChorus({}, chorus.dataDir);
      await sleep(2000);
      const rssBefore = rssMiB(fresh.child.pid!);
      const { clients } = await openLight(
        {
          ...chorus,
          child: fresh.child,
          url: (id) => `ws://127.0.0.1:${fresh.port}/collab/${id}`,
          documentIds: manyDocs,
        },
        5,
        2,
      );
      await sleep(3000);
      const rssAfter = rssMiB(fresh.child.pid!);
      summary.kb_per_socket = num(((rssAfter - rssBefore) * 1024) / SOCKETS, 1);
      console.log(
        `   idle: RSS ${f(rssBefore)} → ${f(rssAfter)} MiB in a fresh process = ${f(((rssAfter - rssBefore) * 1024) / SOCKETS)} KB per socket (its ${manyDocs.length} documents loaded included)`,
      );
      for (const client of clients) client.ws.close();
      await sleep(12_000);
      const freshLoaded = (
        await (await fetch(`${fresh.base}/metrics`, { headers: METRICS_AUTH })).text()
      ).match(/chorus_collab_documents_loaded\{[^}]*\} (\d+)/)?.[1];
      console.log(`   documents held in memory 12 s after those sockets closed: ${freshLoaded}`);
      await stop(fresh.child);
      const full = await runFull({ ...chorus, documentIds: manyDocs.slice(0, 40) }, 5, 100, 5);
      console.log(
        `   (200 full clients on 40 of those documents at 100 edits/s) p50 ${f(full.p50, 2)}  p99 ${f(full.p99, 2)} ms`,
      );
      await sleep(12_000);
      const loaded = (await chorus.metrics!()).match(
        /chorus_collab_documents_loaded\{[^}]*\} (\d+)/,
      )?.[1];
      console.log(`   documents held in memory 12 s after everyone left: ${loaded}`);
      summary.documents_loaded_after_leaving = loaded === undefined ? null : Number(loaded);
    }
    await sleep(3000);
    const rssEnd = rssMiB(chorus.child.pid!);
    console.log(
      `\nChorus RSS: ${f(rssStart)} MiB idle at start → ${f(rssEnd)} MiB 3 s after the last scenario`,
    );
    Object.assign(summary, { rss_start_mb: num(rssStart, 1), rss_end_mb: num(rssEnd, 1) });
    console.log(JSON.stringify(summary));
  } finally {
    baseline.child.kill('SIGTERM');
    await stop(chorus.child);
    rmSync(chorus.dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

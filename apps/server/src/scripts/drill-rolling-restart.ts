/**
 * `npx -y pnpm@10.34.9 drill:rolling-restart`: two Chorus instances on one PostgreSQL database
 * and one Redis, behind a round-robin proxy standing in for nginx; 50 editors (the stock
 * y-websocket client, 10 on each of 5 documents) type while the instances restart one after
 * the other, first with SIGTERM (graceful: sockets closed with 1012, writes flushed), then
 * with SIGKILL. An edit is acknowledged once a peer has received it: the server stores an edit
 * before it sends it to anyone (persist-before-broadcast), as the kill -9 durability test
 * counts. At the end every acknowledged edit must be in what PostgreSQL holds once both
 * instances are stopped (snapshot plus update rows), and every editor of a document must hold the
 * same text. Prints the figures, then one JSON line; exit code 1 when anything was lost or a
 * replica differs. Needs DATABASE_URL (a server it may create a database on) and REDIS_URL.
 * No timing is asserted: waits are on conditions, with bounds far above a busy machine's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import * as Y from 'yjs';
import { createTemporaryDatabase } from '../platform/database/temporary-database.js';
import {
  MARKER,
  percentile,
  startEditor,
  startProxy,
  type Backend,
  type Editor,
} from './drill-editors.js';
import { remoteStrategies } from './remote-strategies.js';

const DOCUMENTS = Number(process.env.DRILL_DOCUMENTS ?? 5);
const EDITORS_PER_DOCUMENT = Number(process.env.DRILL_EDITORS_PER_DOCUMENT ?? 10);
const TYPE_EVERY_MS = 250;
const READY_MS = 180_000;
const here = fileURLToPath(new URL('.', import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(check: () => boolean | Promise<boolean>, ms: number, what: string) {
  const deadline = Date.now() + ms;
  while (!(await Promise.resolve(check()).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out (${ms} ms) waiting for ${what}`);
    await sleep(50);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Instance extends Backend {
  name: string;
  child?: ChildProcess;
  log: string;
}

function log(line: string): void {
  process.stdout.write(`[drill ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

async function main(): Promise<void> {
  // Each stock client adds a process exit listener.
  process.setMaxListeners(0);
  const serverUrl = process.env.DATABASE_URL;
  const redisUrl = process.env.REDIS_URL;
  if (!serverUrl || !redisUrl) {
    throw new Error(
      'DATABASE_URL (PostgreSQL) and REDIS_URL are required: two instances share both',
    );
  }
  const started = Date.now();
  const database = await createTemporaryDatabase(serverUrl, 'chorus_drill');
  if (database.config.kind !== 'postgres') throw new Error('expected PostgreSQL');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    PUBLIC_URL: 'http://localhost:3000',
    CHORUS_SEED_DEMO: 'false',
    DATABASE_URL: database.config.url,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: `drill-${randomBytes(4).toString('hex')}:`,
    // All editors are one user here; a real team is many.
    COLLAB_MAX_SOCKETS_PER_USER: '1000',
    CHORUS_WEB_DIST: '/nonexistent-web-dist',
  };
  // DRILL_INSTANCE_PORTS=3001,3002 and DRILL_PROXY_PORT=8080 run it through a real proxy
  // (infra/nginx/chorus.conf with those upstreams) instead of the built-in one.
  const ports = (process.env.DRILL_INSTANCE_PORTS ?? '').split(',').filter(Boolean).map(Number);
  const instances: Instance[] = [
    { name: 'A', port: ports[0] ?? (await freePort()), live: false, log: '' },
    { name: 'B', port: ports[1] ?? (await freePort()), live: false, log: '' },
  ];
  const fixedPorts = ports.length > 0;
  /**
   * Starts an instance and waits for /readyz. Its port can be taken while it is down (a
   * connection's own local port is drawn from the same range): then it starts on another,
   * which the built-in proxy picks up; with fixed ports it tries the same one again.
   */
  const boot = async (instance: Instance, attempt = 0): Promise<void> => {
    const child = spawn(process.execPath, [join(here, '../main.js')], {
      env: { ...env, PORT: String(instance.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    instance.child = child;
    instance.log = '';
    const keep = (chunk: Buffer) => (instance.log = (instance.log + chunk.toString()).slice(-4000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const ready = await waitUntil(
      async () =>
        child.exitCode !== null ||
        (
          await fetch(`http://127.0.0.1:${instance.port}/readyz`, {
            signal: AbortSignal.timeout(5_000),
          })
        ).ok,
      READY_MS,
      `instance ${instance.name} to be ready`,
    ).then(
      () => child.exitCode === null,
      (error: unknown) => {
        throw new Error(`${String(error)}\n${instance.log}`);
      },
    );
    if (ready) {
      instance.live = true;
      return;
    }
    if (instance.log.includes('EADDRINUSE') && attempt < 5) {
      log(`${instance.name}: port ${instance.port} is taken; starting again`);
      if (!fixedPorts) instance.port = await freePort();
      else await sleep(1_000);
      return boot(instance, attempt + 1);
    }
    throw new Error(`instance ${instance.name} exited at start:\n${instance.log}`);
  };
  process.once('exit', () => instances.forEach((instance) => instance.child?.kill('SIGKILL')));
  const editors: Editor[] = [];
  let phase = 'start';
  let proxy: Awaited<ReturnType<typeof startProxy>> | undefined;
  try {
    // The first boot migrates the new database; the second finds it done.
    await boot(instances[0]!);
    await Promise.all(instances.slice(1).map((instance) => boot(instance)));
    const external = Number(process.env.DRILL_PROXY_PORT ?? 0);
    proxy = external ? undefined : await startProxy(instances);
    const proxyPort = external || proxy!.port;
    const base = `http://127.0.0.1:${proxyPort}`;
    const { cookie, documentIds } = await setUp(base);
    log(
      `2 instances (:${instances[0]!.port}, :${instances[1]!.port}) behind the proxy :${proxyPort}`,
    );

    const url = `ws://127.0.0.1:${proxyPort}/collab`;
    for (const [d, documentId] of documentIds.entries()) {
      for (let e = 0; e < EDITORS_PER_DOCUMENT; e += 1) {
        const index = d * EDITORS_PER_DOCUMENT + e;
        editors.push(startEditor(url, documentId, index, cookie, () => phase));
      }
    }
    const allReady = () => editors.every((editor) => editor.ready());
    await waitUntil(allReady, READY_MS, 'every editor to connect');
    log(`${editors.length} editors on ${documentIds.length} documents, typing`);
    let typing = true;
    const typist = (async () => {
      while (typing) {
        for (const editor of editors) if (editor.ready()) editor.type();
        await sleep(TYPE_EVERY_MS);
      }
    })();
    await sleep(3_000);
    const restarts: Array<{ instance: string; signal: string; stoppedMs: number; exit: string }> =
      [];
    for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
      for (const instance of instances) {
        const child = instance.child!;
        const exited = new Promise<string>((resolve) =>
          child.once('exit', (code, sig) => resolve(sig ?? `code ${code}`)),
        );
        // Out of rotation, as a proxy does with an instance that is being stopped.
        instance.live = false;
        phase = signal;
        const stopAt = Date.now();
        child.kill(signal);
        const exit = await exited;
        restarts.push({ instance: instance.name, signal, stoppedMs: Date.now() - stopAt, exit });
        if (signal === 'SIGTERM' && exit !== 'code 0') {
          log(`${instance.name} did not stop cleanly; its last output:\n${instance.log}`);
        }
        log(
          `${instance.name} stopped by ${signal} (${exit}) in ${Date.now() - stopAt} ms; restarting`,
        );
        await boot(instance);
        await waitUntil(allReady, READY_MS, 'every editor to reconnect');
        log(`${instance.name} is back; every editor is connected again`);
        await sleep(2_000);
      }
    }
    typing = false;
    await typist;
    // Convergence: every editor of a document holds the same text (no timing asserted).
    const textOf = (editor: Editor) => editor.doc.getText('body').toJSON();
    const converged = () =>
      documentIds.every((id) => {
        const group = editors.filter((editor) => editor.documentId === id);
        return group.every((editor) => editor.ready() && textOf(editor) === textOf(group[0]!));
      });
    const convergedInTime = await waitUntil(converged, READY_MS, 'every replica to converge').then(
      () => true,
      () => false,
    );
    const acknowledged = new Set<string>();
    for (const editor of editors) for (const marker of editor.seen) acknowledged.add(marker);
    const sent = editors.reduce((sum, editor) => sum + editor.sent.length, 0);
    const reconnects = editors.flatMap((editor) => editor.reconnects);
    // Per signal: a graceful stop closes with 1012 (server restarting), a kill leaves 1006.
    const closeCodes: Record<string, Record<string, number>> = {};
    for (const { phase: at, code } of editors.flatMap((editor) => editor.closeCodes)) {
      closeCodes[at] ??= {};
      closeCodes[at][code] = (closeCodes[at][code] ?? 0) + 1;
    }
    const saidRestart = (closeCodes.SIGTERM?.['1012'] ?? 0) > 0;
    for (const editor of editors) editor.destroy();
    editors.length = 0;

    // What is durable: with both instances stopped, each document as PostgreSQL holds it.
    await Promise.all(
      instances.map((instance) => {
        instance.live = false;
        const exited = new Promise((resolve) => instance.child!.once('exit', resolve));
        instance.child!.kill('SIGTERM');
        return exited;
      }),
    );
    const stored = new Set<string>();
    let duplicated = 0;
    for (const text of (await storedTexts(database.config.url, documentIds)).values()) {
      const markers = text.match(MARKER) ?? [];
      duplicated += markers.length - new Set(markers).size;
      for (const marker of markers) stored.add(marker);
    }
    const lost = [...acknowledged].filter((marker) => !stored.has(marker));
    const result = {
      drill: 'rolling-restart',
      instances: instances.length,
      documents: documentIds.length,
      editors: DOCUMENTS * EDITORS_PER_DOCUMENT,
      edits_sent: sent,
      edits_acknowledged: acknowledged.size,
      edits_lost: lost.length,
      edits_stored: stored.size,
      duplicated,
      converged: convergedInTime,
      reconnects: reconnects.length,
      reconnect_p50_ms: percentile(reconnects, 50),
      reconnect_p95_ms: percentile(reconnects, 95),
      reconnect_max_ms: percentile(reconnects, 100),
      close_codes: closeCodes,
      sigterm_said_restart: saidRestart,
      restarts,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    log(`edits sent ${sent}, acknowledged ${acknowledged.size}, lost ${lost.length}`);
    log(`stored ${stored.size}, duplicated ${duplicated}, replicas converged: ${convergedInTime}`);
    log(
      `reconnects ${reconnects.length}: p50 ${result.reconnect_p50_ms} ms, p95 ${result.reconnect_p95_ms} ms, max ${result.reconnect_max_ms} ms`,
    );
    log(`close codes seen by editors, by signal: ${JSON.stringify(closeCodes)}`);
    if (lost.length > 0) log(`lost: ${lost.slice(0, 20).join(' ')}`);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (!saidRestart) log('no editor saw 1012 (server restarting) from a SIGTERM');
    process.exitCode =
      lost.length === 0 && duplicated === 0 && convergedInTime && saidRestart ? 0 : 1;
  } finally {
    for (const editor of editors) editor.destroy();
    proxy?.server.close();
    for (const instance of instances) {
      if (instance.child && instance.child.exitCode === null) {
        const exited = new Promise((resolve) => instance.child!.once('exit', resolve));
        instance.child.kill('SIGTERM');
        await Promise.race([exited, sleep(20_000)]);
        instance.child.kill('SIGKILL');
      }
    }
    await database.drop();
  }
}

/** Each document's text as stored: its snapshot, then its update rows in order. */
async function storedTexts(url: string, documentIds: string[]): Promise<Map<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ document_id: string; bytes: Buffer }>(
      `SELECT document_id, state AS bytes, 0 AS seq FROM document_snapshots WHERE document_id = ANY($1)
       UNION ALL SELECT document_id, "update" AS bytes, seq FROM document_updates WHERE document_id = ANY($1)
       ORDER BY document_id, seq`,
      [documentIds],
    );
    const docs = new Map(documentIds.map((id) => [id, new Y.Doc()]));
    for (const row of rows) Y.applyUpdate(docs.get(row.document_id)!, row.bytes);
    return new Map([...docs].map(([id, doc]) => [id, doc.getText('body').toJSON()]));
  } finally {
    await client.end();
  }
}

/** A user who may edit strategies on a brand, and its documents, through the proxy. */
function setUp(base: string): Promise<{ cookie: string; documentIds: string[] }> {
  return remoteStrategies(
    base,
    { email: 'editors@example.test', password: 'rolling restart drill phrase', name: 'Drill' },
    DOCUMENTS,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `drill failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});

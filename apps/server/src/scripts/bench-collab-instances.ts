/**
 * Scenario 4 of `bench-collab.ts`: two Chorus processes sharing PostgreSQL and Redis. Counts
 * what goes into Redis per byte of update the clients send (seen by Redis itself, MONITOR,
 * this run's key prefix only — the shared Redis's other traffic is left out), and compares
 * the fan-out latency of full clients split over the two instances with all of them on one.
 * COLLAB_FANOUT_COALESCE_MS, if set, is passed to both instances.
 */
import { randomBytes } from 'node:crypto';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { syncStep1, updateMessage } from '../collaboration/messages.js';
import type { LightClient } from './bench-collab-light.js';
import {
  f,
  METRICS_AUTH,
  sleep,
  spawnChorus,
  stop,
  waitUntil,
  type Target,
} from './bench-collab-processes.js';
import { publishBytes, watchPublishes } from './redis-publish-watch.js';

interface Latency {
  p50: number;
  p99: number;
  completed: number;
}

const PERSISTED = 'chorus_collab_persisted_updates_total';
const LOADED = 'chorus_collab_documents_loaded';

async function metric(instance: { base: string }, name: string): Promise<number> {
  const text = await (await fetch(`${instance.base}/metrics`, { headers: METRICS_AUTH })).text();
  return Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
}

export interface CrossInstanceOptions {
  docs: number;
  clients: number;
  rate: number;
  seconds: number;
  /** The full-client latency run of bench-collab.ts. */
  runFull: (
    target: Target,
    clientsPerDoc: number,
    rate: number,
    seconds: number,
  ) => Promise<Latency>;
}

export async function crossInstance(
  chorus: Target & { dataDir: string },
  options: CrossInstanceOptions,
): Promise<Record<string, number | null>> {
  const redisUrl = process.env.REDIS_URL!;
  // As long as the default prefix (`chorus:`, 7 characters) give or take one: it is part of
  // every inbox channel name, so a longer one would overstate the bytes.
  const prefix = `b${randomBytes(3).toString('hex')}:`;
  const env: Record<string, string> = { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix };
  // The coalescing window to try (else the server's default).
  const coalesce = process.env.COLLAB_FANOUT_COALESCE_MS;
  if (coalesce) env.COLLAB_FANOUT_COALESCE_MS = coalesce;
  const a = await spawnChorus(env, chorus.dataDir);
  const b = await spawnChorus(env, chorus.dataDir);
  const watch = await watchPublishes(redisUrl, prefix);
  const traffic = () => watch.seen.filter((p) => !p.channel.toString().endsWith('collab:ctl'));
  try {
    const docs = chorus.documentIds.slice(0, options.docs);
    // 1. Bytes: one light socket per document on each instance, each sending 200 typed edits.
    const clients: LightClient[] = [];
    let sentBytes = 0;
    for (const [i, documentId] of docs.entries()) {
      for (const [j, port] of [a.port, b.port].entries()) {
        const doc = new Y.Doc();
        const frames: Uint8Array[] = [];
        doc.on('update', (update: Uint8Array) => frames.push(updateMessage(update)));
        for (let k = 0; k < 200; k += 1) doc.getText('body').insert(0, `${i}${j}${k % 10}`);
        doc.destroy();
        const ws = new WebSocket(`ws://127.0.0.1:${port}/collab/${documentId}`, {
          headers: chorus.headers,
        });
        await new Promise<void>((resolve, reject) => {
          ws.once('open', () => resolve());
          ws.once('error', reject);
        });
        ws.send(syncStep1(new Y.Doc()));
        clients.push({ ws, frames, next: 0 });
      }
    }
    await sleep(1000);
    await watch.mark();
    const before = watch.seen.length;
    const updates = clients.length * 200;
    for (let round = 0; round < 200; round += 1) {
      for (const client of clients) {
        const frame = client.frames[client.next++]!;
        sentBytes += frame.byteLength;
        client.ws.send(frame);
      }
      await sleep(5);
    }
    // Under load the servers lag behind the sender: wait until every update is stored, then
    // until nothing more goes into Redis.
    await waitUntil(
      async () => (await metric(a, PERSISTED)) + (await metric(b, PERSISTED)) >= updates,
      300_000,
      'every update to be stored',
    );
    for (let quiet = -1; quiet !== watch.seen.length;) {
      quiet = watch.seen.length;
      await sleep(1000);
      await watch.mark();
    }
    const window = watch.seen.slice(before);
    const messages = window.filter((p) => !p.channel.toString().endsWith('collab:ctl'));
    const through = window.reduce((sum, p) => sum + publishBytes(p), 0);
    console.log(
      `   ${clients.length} sockets (one per document on each instance), ${updates} updates, ${sentBytes} bytes of update frames (${f(sentBytes / updates)} B each)`,
    );
    console.log(
      `   → ${messages.length} messages, ${through} bytes into Redis (RESP included) = ${f(through / sentBytes, 2)}× the update bytes, ${f(through / updates)} B per update`,
    );
    for (const client of clients) client.ws.close();
    // Nothing held anywhere before the one-instance run (else the other would still get traffic).
    await waitUntil(
      async () => (await metric(a, LOADED)) + (await metric(b, LOADED)) === 0,
      120_000,
      'both instances to unload the documents',
    );

    // 2. Latency: the same full clients all on one instance, then split over both.
    const atA = (id: string) => `ws://127.0.0.1:${a.port}/collab/${id}`;
    const atB = (id: string) => `ws://127.0.0.1:${b.port}/collab/${id}`;
    const base = { ...chorus, child: a.child, documentIds: docs };
    const quietBefore = traffic().length;
    const one = await options.runFull(
      { ...base, name: 'one instance', url: atA },
      options.clients,
      options.rate,
      options.seconds,
    );
    await watch.mark();
    const oneInstanceMessages = traffic().length - quietBefore;
    await sleep(3000);
    let next = 0;
    const two = await options.runFull(
      { ...base, name: 'two instances', url: (id) => (next++ % 2 === 0 ? atA : atB)(id) },
      options.clients,
      options.rate,
      options.seconds,
    );
    for (const [name, r] of [
      ['one instance', one],
      ['two instances', two],
    ] as const) {
      console.log(
        `   ${name.padEnd(14)} full clients, ${options.clients}/document: p50 ${f(r.p50, 2)}  p99 ${f(r.p99, 2)} ms  complete ${f(r.completed * 100)}%`,
      );
    }
    console.log(
      `   p99 two/one instance: ${f(two.p99 / one.p99, 2)}×; messages into Redis while all clients were on one instance: ${oneInstanceMessages}`,
    );
    const num = (n: number, digits = 2) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);
    return {
      redis_bytes_ratio: num(through / sentBytes),
      redis_bytes_per_update: num(through / updates, 1),
      redis_messages_per_update: num(messages.length / updates, 3),
      one_instance_redis_messages: oneInstanceMessages,
      one_instance_p99_ms: num(one.p99),
      two_instance_p99_ms: num(two.p99),
      two_vs_one_p99_ratio: num(two.p99 / one.p99),
    };
  } finally {
    await watch.stop();
    await stop(a.child);
    await stop(b.child);
  }
}

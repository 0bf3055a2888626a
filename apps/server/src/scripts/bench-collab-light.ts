/**
 * Light clients for `bench-collab.ts`: sockets that speak the y-websocket protocol (sync, then
 * updates) without applying what they receive, so one process can offer thousands of edits a
 * second and the server, not the load generator, is what saturates.
 */
import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { syncStep1, updateMessage } from '../collaboration/messages.js';
import { cpuSeconds, sleep, type Target } from './bench-collab-processes.js';

export interface LightClient {
  ws: WebSocket;
  frames: Uint8Array[];
  next: number;
}

/** Opens sockets that speak the protocol but never apply what they receive. */
export async function openLight(target: Target, perDoc: number, framesPerClient: number) {
  const clients: LightClient[] = [];
  let received = 0;
  let receivedBytes = 0;
  for (const documentId of target.documentIds) {
    for (let c = 0; c < perDoc; c += 1) {
      const doc = new Y.Doc();
      const frames: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => frames.push(updateMessage(update)));
      const text = doc.getText('body');
      for (let i = 0; i < framesPerClient; i += 1) text.insert(text.length, 'x');
      doc.destroy();
      const ws = new WebSocket(target.url(documentId), { headers: target.headers });
      ws.binaryType = 'nodebuffer';
      ws.on('message', (data: Buffer) => {
        const decoder = decoding.createDecoder(data);
        if (decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === 2) {
          received += 1;
          receivedBytes += data.length;
        }
      });
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', reject);
      });
      ws.send(syncStep1(new Y.Doc()));
      clients.push({ ws, frames, next: 0 });
    }
  }
  return { clients, stats: () => ({ received, receivedBytes }) };
}

export async function runLight(target: Target, perDoc: number, rate: number, seconds: number) {
  const framesPerClient = Math.ceil((rate * seconds) / (target.documentIds.length * perDoc)) + 10;
  const { clients, stats } = await openLight(target, perDoc, framesPerClient);
  await sleep(500);
  const pid = target.child.pid!;
  const cpu0 = cpuSeconds(pid);
  const before = stats().received;
  const started = performance.now();
  let sent = 0;
  const total = rate * seconds;
  while (sent < total) {
    const due = Math.floor(((performance.now() - started) / 1000) * rate);
    while (sent < Math.min(due, total)) {
      const client = clients[sent % clients.length]!;
      const frame = client.frames[client.next++];
      if (frame && client.ws.readyState === WebSocket.OPEN) client.ws.send(frame);
      sent += 1;
    }
    await sleep(1);
  }
  const sendElapsed = (performance.now() - started) / 1000;
  await sleep(1000);
  const elapsed = (performance.now() - started) / 1000;
  const cpuPercent = ((cpuSeconds(pid) - cpu0) / elapsed) * 100;
  const delivered = stats().received - before;
  const closed = clients.filter((c) => c.ws.readyState !== WebSocket.OPEN).length;
  for (const client of clients) client.ws.close();
  await sleep(300);
  return {
    offered: total / sendElapsed,
    deliveredPerSecond: delivered / elapsed,
    expectedDelivered: total * (perDoc - 1),
    delivered,
    cpuPercent,
    closed,
  };
}

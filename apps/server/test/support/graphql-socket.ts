import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** Listens on a free port; answers the ws:// URL of /graphql. */
export async function listenForSockets(app: NestExpressApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return `ws://127.0.0.1:${port}/graphql`;
}

/** A graphql-ws client sending the given cookie (and Origin), like a browser tab. */
export function socketClient(url: string, headers: Record<string, string>): Client {
  class WithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({ url, webSocketImpl: WithHeaders, retryAttempts: 0, lazy: false });
}

/** One subscription's values as they come, awaited one at a time. */
export class Subscribed<T> {
  readonly values: T[] = [];
  readonly errors: unknown[] = [];
  private waiters: Array<() => void> = [];
  readonly dispose: () => void;

  constructor(client: Client, query: string) {
    this.dispose = client.subscribe<T>(
      { query },
      {
        next: (value) => {
          this.values.push(value.data as T);
          for (const wake of this.waiters.splice(0)) wake();
        },
        error: (error) => {
          this.errors.push(error);
          for (const wake of this.waiters.splice(0)) wake();
        },
        complete: () => undefined,
      },
    );
  }

  /** Waits until `count` values (or an error) arrived; fails after timeoutMs. */
  async waitFor(count: number, timeoutMs = 20_000): Promise<T[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.values.length < count && this.errors.length === 0) {
      if (Date.now() > deadline)
        throw new Error(`Waited for ${count} values, got ${this.values.length}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
    if (this.errors.length) throw new Error(`Subscription failed: ${JSON.stringify(this.errors)}`);
    return this.values;
  }
}

/** Opens a raw socket and answers how the server closed it. */
export function closeOf(
  url: string,
  headers: Record<string, string>,
): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { headers });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    socket.on('error', reject);
  });
}

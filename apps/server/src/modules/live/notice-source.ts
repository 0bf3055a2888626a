import { Logger } from '@nestjs/common';
import pg from 'pg';

/** Receives NOTIFY payloads of some channels until closed. */
export interface NoticeSource {
  /** Whether notices are being received right now (LISTEN in place). */
  readonly listening: boolean;
  /**
   * Starts receiving; `resumed` is called when receiving starts again after a loss (notices
   * sent meanwhile were missed).
   */
  start(
    channels: readonly string[],
    handle: (channel: string, payload: string) => void,
    resumed?: () => void,
  ): void;
  close(): Promise<void>;
}

/** The embedded database's LISTEN (the one session of PGlite; see pglite-pool.ts). */
export interface PgliteListen {
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
}

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 10_000;

/**
 * One dedicated PostgreSQL connection (not from the pool: LISTEN binds to a session)
 * that LISTENs on the channels; when it drops, it reconnects with a doubling backoff.
 * Notices sent while it was away are lost; clients refetch when they reconnect.
 */
export class PgNoticeSource implements NoticeSource {
  private readonly logger = new Logger('LiveFeed');
  private client: pg.Client | null = null;
  private closed = false;
  listening = false;
  private retryMs = FIRST_RETRY_MS;
  private lostOnce = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private channels: readonly string[] = [];
  private handle: (channel: string, payload: string) => void = () => undefined;
  private resumed: () => void = () => undefined;
  /** Resolves once the first LISTEN is in place (or failed), for tests and start-up. */
  ready: Promise<void> = Promise.resolve();

  constructor(private readonly url: string) {}

  start(
    channels: readonly string[],
    handle: (channel: string, payload: string) => void,
    resumed: () => void = () => undefined,
  ): void {
    this.channels = channels;
    this.handle = handle;
    this.resumed = resumed;
    this.ready = this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({
      connectionString: this.url,
      application_name: 'chorus-live',
      keepAlive: true,
    });
    this.client = client;
    client.on('notification', (message) => {
      if (message.payload !== undefined) this.handle(message.channel, message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      for (const channel of this.channels) {
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      }
      if (this.client === client) {
        this.listening = true;
        this.retryMs = FIRST_RETRY_MS;
        if (this.lostOnce) {
          this.logger.log('Live updates are listening again');
          this.resumed();
        }
      }
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: pg.Client, error?: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    this.listening = false;
    this.lostOnce = true;
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.logger.warn(
      `Live updates lost their database connection (${error instanceof Error ? error.message : 'closed'}); retrying in ${this.retryMs} ms`,
    );
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listening = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners('notification');
      await client.end().catch(() => undefined);
    }
  }
}

/** PGlite: one process, one session; its LISTEN sees the notices of its own commits. */
export class PgliteNoticeSource implements NoticeSource {
  private readonly stops: Array<Promise<() => Promise<void>>> = [];
  ready: Promise<void> = Promise.resolve();
  listening = false;

  constructor(private readonly driver: PgliteListen) {}

  start(channels: readonly string[], handle: (channel: string, payload: string) => void): void {
    for (const channel of channels) {
      this.stops.push(this.driver.listen(channel, (payload) => handle(channel, payload)));
    }
    this.ready = Promise.all(this.stops).then(() => {
      this.listening = true;
    });
  }

  async close(): Promise<void> {
    this.listening = false;
    for (const stop of await Promise.all(this.stops)) await stop().catch(() => undefined);
  }
}

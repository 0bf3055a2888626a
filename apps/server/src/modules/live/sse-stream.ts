import type { Response } from 'express';
import { LIVE_LIMITS } from './live.constants.js';
import type { LiveEvent } from './live-event.js';

/** Why the server ends a stream (sent as `event: end` so the client knows whether to return). */
export type EndReason = 'ACCESS_REVOKED' | 'SERVER_SHUTDOWN';

/**
 * One Server-Sent Events answer: headers that keep proxies and caches from holding
 * messages back, then `event: chorus` messages, heartbeat comments, `event: resync` when
 * events may have been missed, and a final `event: end`. Writes are flushed at once (no compression runs on these answers).
 */
export class SseStream {
  private ended = false;

  constructor(private readonly response: Response) {
    response.status(200);
    response.setHeader('content-type', 'text/event-stream; charset=utf-8');
    response.setHeader('cache-control', 'no-store, no-transform');
    response.setHeader('connection', 'keep-alive');
    // A reverse proxy such as nginx buffers proxied answers unless told not to.
    response.setHeader('x-accel-buffering', 'no');
    response.flushHeaders();
    response.socket?.setNoDelay(true);
    this.write(`retry: ${LIVE_LIMITS.retryMs}\n: connected\n\n`);
  }

  get closed(): boolean {
    return this.ended || this.response.writableEnded || this.response.destroyed;
  }

  /** Calls back once when the client goes away or the stream is ended. */
  onClose(callback: () => void): void {
    this.response.once('close', callback);
  }

  send(event: LiveEvent): void {
    this.write(`id: ${event.id}\nevent: chorus\ndata: ${JSON.stringify(event)}\n\n`);
  }

  /** Events may have been missed (the instance's feed was down): the client refetches. */
  resync(): void {
    this.write('event: resync\ndata: {}\n\n');
  }

  heartbeat(): void {
    this.write(': ping\n\n');
  }

  /**
   * Tells the client why the stream ends, then ends it. Resolves once the last bytes are
   * handed to the socket (or the client is gone), at most `flushMs` later: a shutting-down
   * instance waits for it before its HTTP server drops the connections.
   */
  end(reason: EndReason, flushMs = 1_000): Promise<void> {
    if (this.closed) return Promise.resolve();
    const flushed = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, flushMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.response.once('finish', done);
      this.response.once('close', done);
    });
    this.write(`event: end\ndata: ${JSON.stringify({ reason })}\n\n`);
    this.ended = true;
    this.response.end();
    return flushed;
  }

  private write(text: string): void {
    if (this.closed) return;
    // A client that stops reading would make us hold its messages forever: cut it off.
    if (this.response.writableLength > LIVE_LIMITS.maxBufferedBytes) {
      this.ended = true;
      this.response.destroy();
      return;
    }
    this.response.write(text);
  }
}

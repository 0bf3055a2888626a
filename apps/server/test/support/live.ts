import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { EventLog } from '../../src/modules/events/index.js';
import type { LiveEvent } from '../../src/modules/live/index.js';

/** A Server-Sent Events client reading GET /api/live/brands/:id, like the browser's EventSource. */
export interface LiveClient {
  status: number;
  headers: IncomingMessage['headers'];
  /** The JSON body of a refusal (non-200 answers). */
  refusal: { error?: { code?: string; message?: string; [key: string]: unknown } } | null;
  events: LiveEvent[];
  /** Reasons of `event: end` messages received. */
  ends: string[];
  /** How many `event: resync` messages arrived (the server's feed was down; refetch). */
  resyncs: number;
  /** Comment lines received (`: ping`, `: connected`). */
  comments: string[];
  /** Whether the server closed the answer. */
  closed: boolean;
  close(): void;
}

/** The base http:// URL of an app listening on a random port. */
export function httpBase(app: NestExpressApplication): string {
  const { port } = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** Opens a live stream; resolves once the answer's head (or a whole refusal) arrived. */
export function openLive(base: string, brandId: string, cookie?: string): Promise<LiveClient> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${base}/api/live/brands/${encodeURIComponent(brandId)}`, {
      agent: false,
      // As a browser asks: it accepts compressed answers, and events must still arrive
      // one by one, uncompressed (platform/web/compression.ts leaves streams alone).
      headers: {
        accept: 'text/event-stream',
        'accept-encoding': 'gzip, deflate, br',
        ...(cookie ? { cookie } : {}),
      },
    });
    request.on('error', reject);
    request.on('response', (response) => {
      const client: LiveClient = {
        status: response.statusCode ?? 0,
        headers: response.headers,
        refusal: null,
        events: [],
        ends: [],
        resyncs: 0,
        comments: [],
        closed: false,
        close: () => {
          request.destroy();
          client.closed = true;
        },
      };
      response.setEncoding('utf8');
      if (client.status !== 200) {
        let body = '';
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => {
          client.refusal = JSON.parse(body || 'null') as LiveClient['refusal'];
          client.closed = true;
          resolve(client);
        });
        return;
      }
      let buffer = '';
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let at: number;
        while ((at = buffer.indexOf('\n\n')) >= 0) {
          receive(client, buffer.slice(0, at));
          buffer = buffer.slice(at + 2);
        }
      });
      response.on('close', () => (client.closed = true));
      resolve(client);
    });
    request.end();
  });
}

function receive(client: LiveClient, message: string): void {
  let event = 'message';
  const data: string[] = [];
  for (const line of message.split('\n')) {
    if (line.startsWith(':')) client.comments.push(line.slice(1).trim());
    else if (line.startsWith('event: ')) event = line.slice('event: '.length);
    else if (line.startsWith('data: ')) data.push(line.slice('data: '.length));
  }
  if (event === 'chorus') client.events.push(JSON.parse(data.join('\n')) as LiveEvent);
  if (event === 'resync') client.resyncs += 1;
  if (event === 'end') client.ends.push((JSON.parse(data.join('\n')) as { reason: string }).reason);
}

/**
 * Records a post.updated event of the post in a transaction that then rolls back, on `app`;
 * answers the event's id (which no stream may ever receive).
 */
export async function recordRolledBackEvent(
  app: NestExpressApplication,
  brand: BrandEntity,
  postId: string,
): Promise<string> {
  let rolledBackId = '';
  await expect(
    app.get(DataSource).transaction(async (manager) => {
      rolledBackId = await app.get(EventLog).record(manager, {
        type: 'post.updated',
        workspaceId: brand.workspaceId,
        brandId: brand.id,
        documentId: postId,
        actorId: null,
        subject: { type: 'post', id: postId },
      });
      throw new Error('roll back');
    }),
  ).rejects.toThrow('roll back');
  expect(rolledBackId).not.toBe('');
  return rolledBackId;
}

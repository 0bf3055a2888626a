/**
 * The rolling-restart drill's pieces (drill-rolling-restart.ts): a round-robin TCP proxy that
 * stands in for nginx, and editors — the stock y-websocket client — that type unique markers
 * and note which of their peers' markers reached them.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A marker an editor types: ⟦editor-counter⟧. */
export const MARKER = /⟦\d+-\d+⟧/g;

export interface Backend {
  port: number;
  /** In rotation: new connections may go here (nginx: not marked down). */
  live: boolean;
}

/**
 * Sends each new connection to the next live backend (round-robin); a backend that refuses
 * the connection is skipped for that connection (nginx's `proxy_next_upstream error`). Bytes
 * are piped both ways; either side closing closes the other.
 */
export function startProxy(backends: Backend[]): Promise<{ server: Server; port: number }> {
  let next = 0;
  const server = createServer((client) => {
    client.pause();
    const order = backends
      .map((_, i) => backends[(next + i) % backends.length]!)
      .filter((backend) => backend.live);
    next += 1;
    const attempt = (index: number): void => {
      const backend = order[index];
      if (!backend) {
        client.destroy();
        return;
      }
      const upstream: Socket = createConnection({ host: '127.0.0.1', port: backend.port });
      const onError = () => {
        upstream.destroy();
        attempt(index + 1);
      };
      upstream.once('error', onError);
      upstream.once('connect', () => {
        upstream.off('error', onError);
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
        // end(), not destroy(): what is still buffered (a close frame) is delivered first.
        upstream.on('close', () => client.end());
        client.on('close', () => upstream.end());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
    };
    attempt(0);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    }),
  );
}

export interface Editor {
  index: number;
  documentId: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  sent: string[];
  /** Markers of other editors that reached this one through the server. */
  seen: Set<string>;
  /** Milliseconds from each disconnect to the next completed sync. */
  reconnects: number[];
  /** Close codes seen, with the drill's phase at the time. */
  closeCodes: Array<{ phase: string; code: number }>;
  ready: () => boolean;
  type: () => void;
  destroy: () => void;
}

export function startEditor(
  url: string,
  documentId: string,
  index: number,
  cookie: string,
  phase: () => string = () => '',
): Editor {
  const doc = new Y.Doc();
  const WithCookie = class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  };
  const provider = new WebsocketProvider(url, documentId, doc, {
    WebSocketPolyfill: WithCookie as never,
    disableBc: true,
    maxBackoffTime: 1_000,
  });
  const text = doc.getText('body');
  const own = `⟦${index}-`;
  const editor: Editor = {
    index,
    documentId,
    doc,
    provider,
    sent: [],
    seen: new Set(),
    reconnects: [],
    closeCodes: [],
    ready: () => provider.wsconnected && provider.synced,
    type: () => {
      const marker = `⟦${index}-${editor.sent.length}⟧`;
      editor.sent.push(marker);
      text.insert(0, marker);
    },
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
  // What arrives from the server (origin: the provider) is what some instance stored first.
  text.observe((event) => {
    if (event.transaction.origin !== provider) return;
    for (const op of event.delta) {
      if (typeof op.insert !== 'string') continue;
      for (const marker of op.insert.match(MARKER) ?? []) {
        if (!marker.startsWith(own)) editor.seen.add(marker);
      }
    }
  });
  let lostAt: number | undefined;
  provider.on('connection-close', (event: { code: number } | null) => {
    if (event) editor.closeCodes.push({ phase: phase(), code: event.code });
    lostAt ??= Date.now();
  });
  provider.on('sync', (synced: boolean) => {
    if (synced && lostAt !== undefined) {
      editor.reconnects.push(Date.now() - lostAt);
      lostAt = undefined;
    }
  });
  return editor;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

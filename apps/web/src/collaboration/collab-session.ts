import {
  COLLAB_PATH_PREFIX,
  CONTENT_SCHEMA_VERSION,
  isFinalCloseCode,
  SCHEMA_PARAM,
  TICKET_PARAM,
} from '@chorus/collab-protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { Awareness } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { messageSync, WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Capability } from '../gql/graphql';
import {
  collabReducer,
  initialCollabState,
  refusalFromCloseCode,
  wantsProbe,
  type CollabEvent,
  type CollabRefusal,
  type CollabState,
} from './collab-state';

/** The answer to a ticket request: a ticket, a final refusal, or "try again later". */
export type TicketResult =
  | { kind: 'ticket'; ticket: string; capability: Capability }
  | { kind: 'refused'; refusal: CollabRefusal }
  | { kind: 'retry' };

/** The offline copy of a document on this device (y-indexeddb in the browser). */
export interface LocalCopy {
  readonly whenSynced: Promise<unknown>;
  destroy(): unknown;
  clearData(): Promise<void>;
}

export interface CollabSessionOptions {
  documentId: string;
  /** Asks the server for a fresh ticket; called before every (re)connection. */
  issueTicket: () => Promise<TicketResult>;
  /** `ws(s)://host`; by default the page's own origin. */
  socketOrigin?: string;
  /** Opens the offline copy for the document; none when omitted. */
  openLocalCopy?: (doc: Y.Doc) => LocalCopy;
  /** For tests: a WebSocket implementation. */
  WebSocketImpl?: typeof WebSocket;
  /** The window whose online/offline events count; none in tests that drive it directly. */
  eventTarget?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  /** The browser's idea of being online at the start. */
  online?: boolean;
  /** Milliseconds to gather changes before asking the server to confirm them. */
  probeDelayMs?: number;
  /** Backoff between failed attempts: first delay and ceiling, in milliseconds. */
  retryBaseMs?: number;
  retryMaxMs?: number;
}

const SYNC_STEP_1 = syncProtocol.messageYjsSyncStep1;
const SYNC_STEP_2 = syncProtocol.messageYjsSyncStep2;

/** The page's origin as a WebSocket origin: `wss://host` under https, else `ws://host`. */
export function pageSocketOrigin(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}`;
}

/**
 * One open document: its Y.Doc, presence (awareness), the y-websocket provider, the
 * offline copy, and the connection state. Free of React and Apollo, so it can be tested
 * with a fake socket; `useCollaborativeDoc` wires it to the app.
 *
 * Reconnecting is done here rather than by the provider, because every connection needs a
 * fresh ticket (valid 60 s) in the provider's `params`, which y-websocket reads each time
 * it builds the socket URL.
 */
export class CollabSession {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  readonly provider: WebsocketProvider;
  private state: CollabState;
  private readonly listeners = new Set<() => void>();
  private localCopy: LocalCopy | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private probeTimer: ReturnType<typeof setTimeout> | null = null;
  private attempting = false;
  private destroyed = false;
  private readonly probeDelayMs: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;

  constructor(private readonly options: CollabSessionOptions) {
    this.probeDelayMs = options.probeDelayMs ?? 150;
    this.retryBaseMs = options.retryBaseMs ?? 250;
    this.retryMaxMs = options.retryMaxMs ?? 5_000;
    this.state = initialCollabState(options.online ?? true);
    // A fresh presence state has clock 0, which receivers that never saw this client
    // ignore (y-protocols wants a newer clock): without this, others would see us only at
    // the 15-second renewal.
    this.awareness.setLocalStateField('cursor', null);
    const origin =
      options.socketOrigin ??
      (typeof window === 'undefined' ? 'ws://localhost' : pageSocketOrigin(window.location));
    this.provider = new WebsocketProvider(
      origin + COLLAB_PATH_PREFIX,
      options.documentId,
      this.doc,
      {
        connect: false,
        awareness: this.awareness,
        // Tabs share nothing behind the server's back: every change goes through its checks.
        disableBc: true,
        ...(options.WebSocketImpl ? { WebSocketPolyfill: options.WebSocketImpl } : {}),
      },
    );
    this.watchSyncMessages();
    this.provider.on('status', this.onStatus);
    this.provider.on('connection-close', this.onConnectionClose);
    this.doc.on('update', this.onDocUpdate);
    options.eventTarget?.addEventListener('online', this.onOnline);
    options.eventTarget?.addEventListener('offline', this.onOffline);
  }

  /** Opens the offline copy and connects. */
  start(): void {
    let copy: LocalCopy | null = null;
    try {
      copy = this.options.openLocalCopy?.(this.doc) ?? null;
    } catch {
      // IndexedDB can be unavailable (privacy modes): work without an offline copy.
    }
    this.localCopy = copy;
    if (copy) {
      copy.whenSynced.then(
        () => this.dispatch({ type: 'local-copy-loaded' }),
        () => this.dispatch({ type: 'local-copy-loaded' }),
      );
    } else {
      this.dispatch({ type: 'local-copy-loaded' });
    }
    if (this.state.browserOnline) void this.attempt();
  }

  getState = (): CollabState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stops everything: timers, socket, offline copy, presence and the Y.Doc. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.clearTimers();
    this.options.eventTarget?.removeEventListener('online', this.onOnline);
    this.options.eventTarget?.removeEventListener('offline', this.onOffline);
    this.provider.off('status', this.onStatus);
    this.provider.off('connection-close', this.onConnectionClose);
    this.doc.off('update', this.onDocUpdate);
    this.provider.destroy();
    // y-indexeddb's destroy() rejects when the database never opened; nothing to do then.
    Promise.resolve(this.localCopy?.destroy()).catch(() => undefined);
    this.awareness.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  private dispatch(event: CollabEvent): void {
    const next = collabReducer(this.state, event);
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener();
    this.scheduleProbe();
  }

  /** Gets a ticket and opens the socket with it; on failure, tries again later. */
  private async attempt(): Promise<void> {
    if (this.destroyed || this.attempting || this.state.error || this.provider.ws) return;
    if (!this.state.browserOnline) return;
    this.attempting = true;
    this.dispatch({ type: 'attempt' });
    let result: TicketResult;
    try {
      result = await this.options.issueTicket();
    } catch {
      result = { kind: 'retry' };
    } finally {
      this.attempting = false;
    }
    if (this.destroyed || this.state.error || !this.state.browserOnline) return;
    switch (result.kind) {
      case 'ticket':
        this.dispatch({ type: 'ticket', capability: result.capability });
        // The schema this build's editors know: an older one is refused (reload required).
        this.provider.params = {
          [TICKET_PARAM]: result.ticket,
          [SCHEMA_PARAM]: String(CONTENT_SCHEMA_VERSION),
        };
        this.provider.connect();
        return;
      case 'refused':
        this.refuse(result.refusal, null);
        return;
      case 'retry':
        this.dispatch({ type: 'attempt-failed' });
        this.scheduleRetry();
        return;
    }
  }

  private scheduleRetry(): void {
    if (this.destroyed || this.retryTimer || this.state.error) return;
    const delay = Math.min(
      this.retryMaxMs,
      this.retryBaseMs * 2 ** Math.max(0, this.state.failures - 1),
    );
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.attempt();
    }, delay);
  }

  private refuse(refusal: CollabRefusal, closeCode: number | null): void {
    this.clearTimers();
    // Inside the provider's close handling the socket is already going: just stay down.
    if (closeCode === null) this.provider.disconnect();
    else this.provider.shouldConnect = false;
    this.dispatch({ type: 'refused', error: { refusal, closeCode } });
    // Someone who may not open the document keeps no copy of it on this device.
    if (refusal === 'forbidden' || refusal === 'notFound') {
      this.localCopy?.clearData().catch(() => undefined);
    }
  }

  private readonly onStatus = ({ status }: { status: string }): void => {
    if (status === 'connected') this.dispatch({ type: 'socket-open' });
  };

  /**
   * Every socket close lands here before the provider schedules its own reconnect. The
   * provider's attempt would reuse the old ticket, so it is cancelled (`shouldConnect`) and
   * the session reconnects with a new one — unless the close was final or local.
   */
  private readonly onConnectionClose = (event: CloseEvent | null): void => {
    const wanted = this.provider.shouldConnect;
    this.provider.shouldConnect = false;
    if (event && isFinalCloseCode(event.code)) {
      this.refuse(refusalFromCloseCode(event.code), event.code);
      return;
    }
    this.dispatch({ type: 'socket-closed' });
    if (wanted && !this.destroyed) this.scheduleRetry();
  };

  private readonly onDocUpdate = (_update: Uint8Array, origin: unknown): void => {
    // Changes from the server are durable already; everything else is ours to save.
    if (origin !== this.provider) this.dispatch({ type: 'local-change' });
  };

  private readonly onOnline = (): void => {
    this.dispatch({ type: 'browser-online' });
    this.clearRetry();
    void this.attempt();
  };

  private readonly onOffline = (): void => {
    // Browsers may keep a socket open while offline; close it, so the page says what
    // is true and nothing is sent until the network is back.
    this.clearTimers();
    this.provider.disconnect();
    this.dispatch({ type: 'browser-offline' });
  };

  /**
   * Watches the sync messages the provider reads: the server's sync step 1 (our state goes
   * out in the reply) and its sync step 2 answers (everything sent before is durable).
   */
  private watchSyncMessages(): void {
    const handlers = this.provider.messageHandlers;
    const original = handlers[messageSync];
    if (!original) throw new Error('y-websocket has no sync message handler');
    handlers[messageSync] = (encoder, decoder, provider, emitSynced, messageType) => {
      const kind = decoding.peekVarUint(decoder);
      original(encoder, decoder, provider, emitSynced, messageType);
      if (kind === SYNC_STEP_1) {
        // The reply is sent once this handler returns; probes must follow it.
        queueMicrotask(() => this.dispatch({ type: 'state-sent' }));
      } else if (kind === SYNC_STEP_2) {
        this.dispatch({ type: 'sync-answer' });
      }
    };
  }

  private scheduleProbe(): void {
    if (this.probeTimer || !wantsProbe(this.state)) return;
    this.probeTimer = setTimeout(() => {
      this.probeTimer = null;
      this.sendProbe();
    }, this.probeDelayMs);
  }

  private sendProbe(): void {
    const ws = this.provider.ws;
    if (!wantsProbe(this.state) || !ws || ws.readyState !== ws.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    ws.send(encoding.toUint8Array(encoder));
    this.dispatch({ type: 'probe-sent' });
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private clearTimers(): void {
    this.clearRetry();
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.probeTimer = null;
  }
}

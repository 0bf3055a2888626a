import { CloseCode, CONTENT_SCHEMA_VERSION } from '@chorus/collab-protocol';
import { waitFor } from '@testing-library/react';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { applyAwarenessUpdate, Awareness } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CollabSession, type LocalCopy, type TicketResult } from './collab-session';
import { displayStatus } from './collab-state';

const documentId = '3f2a6b1c-0d4e-4f5a-8b9c-0123456789ab';

/**
 * A stand-in for the collaboration endpoint: answers like the real one (its own sync
 * step 1 on connect, a sync step 2 for every sync step 1, edits applied to its document),
 * one message at a time, and can hold its sync step 2 answers back to look "busy".
 */
class FakeServer {
  readonly doc = new Y.Doc();
  sockets: FakeSocket[] = [];
  /** Presence updates the clients sent. */
  awarenessUpdates: Uint8Array[] = [];
  holdAnswers = false;
  private held: Array<() => void> = [];

  get last(): FakeSocket {
    const socket = this.sockets.at(-1);
    if (!socket) throw new Error('no socket was opened');
    return socket;
  }

  accept(socket: FakeSocket): void {
    setTimeout(() => {
      if (socket.readyState !== FakeSocket.CONNECTING) return;
      socket.readyState = FakeSocket.OPEN;
      socket.onopen?.({} as Event);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeSyncStep1(encoder, this.doc);
      this.deliver(socket, encoding.toUint8Array(encoder));
    }, 0);
  }

  receive(socket: FakeSocket, message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === 1) this.awarenessUpdates.push(decoding.readVarUint8Array(decoder));
    if (type !== 0) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    const kind = syncProtocol.readSyncMessage(decoder, encoder, this.doc, socket);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      const answer = encoding.toUint8Array(encoder);
      if (this.holdAnswers) this.held.push(() => this.deliver(socket, answer));
      else this.deliver(socket, answer);
    }
  }

  release(): void {
    this.holdAnswers = false;
    for (const send of this.held.splice(0)) send();
  }

  /** Closes the newest socket from the server's side. */
  close(code: number): void {
    const socket = this.last;
    socket.readyState = FakeSocket.CLOSED;
    socket.onclose?.({ code, reason: '' } as CloseEvent);
  }

  sentProbes(socket: FakeSocket): number {
    return socket.sent.filter((message) => message[0] === 0 && message[1] === 0).length;
  }

  private deliver(socket: FakeSocket, message: Uint8Array): void {
    setTimeout(() => {
      if (socket.readyState === FakeSocket.OPEN) socket.onmessage?.({ data: message } as never);
    }, 0);
  }
}

let server: FakeServer;

class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSING = 2;
  readonly CLOSED = 3;
  readyState = FakeSocket.CONNECTING;
  binaryType = 'blob';
  sent: Uint8Array[] = [];
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  constructor(readonly url: string) {
    server.sockets.push(this);
    server.accept(this);
  }

  send(data: Uint8Array): void {
    this.sent.push(data);
    server.receive(this, data);
  }

  close(): void {
    this.readyState = FakeSocket.CLOSED;
  }
}

class FakeLocalCopy implements LocalCopy {
  readonly whenSynced = Promise.resolve();
  destroyed = false;
  cleared = false;
  destroy(): void {
    this.destroyed = true;
  }
  clearData(): Promise<void> {
    this.cleared = true;
    return Promise.resolve();
  }
}

function openSession(
  tickets: TicketResult[] | (() => TicketResult),
  options: { events?: EventTarget; noIndexedDb?: boolean } = {},
) {
  const issued: TicketResult[] = [];
  const localCopy = new FakeLocalCopy();
  const session = new CollabSession({
    documentId,
    socketOrigin: 'ws://chorus.test',
    issueTicket: () => {
      const next = typeof tickets === 'function' ? tickets() : tickets[issued.length];
      if (!next) return Promise.resolve({ kind: 'retry' });
      issued.push(next);
      return Promise.resolve(next);
    },
    openLocalCopy: () => {
      if (options.noIndexedDb) throw new DOMException('IndexedDB is disabled', 'SecurityError');
      return localCopy;
    },
    WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
    eventTarget: options.events ?? null,
    probeDelayMs: 0,
    retryBaseMs: 5,
    retryMaxMs: 20,
  });
  sessions.push(session);
  // Every status shown, once each time it changes.
  const history: string[] = [];
  session.subscribe(() => {
    const shown = displayStatus(session.getState());
    if (history.at(-1) !== shown) history.push(shown);
  });
  session.start();
  const status = () => displayStatus(session.getState());
  const body = () => session.doc.getText('body');
  return { session, issued, localCopy, status, body, history };
}

const sessions: CollabSession[] = [];
const ticket = (value: string): TicketResult => ({
  kind: 'ticket',
  ticket: value,
  capability: 'EDIT',
});

beforeEach(() => {
  server = new FakeServer();
});

afterEach(() => {
  for (const session of sessions.splice(0)) session.destroy();
});

describe('a collaboration session', () => {
  it('asks for a fresh ticket before every connection and sends it in the socket URL', async () => {
    const { issued, status } = openSession([ticket('first'), ticket('second')]);

    await waitFor(() => expect(status()).toBe('saved'));
    expect(server.last.url).toBe(
      `ws://chorus.test/collab/${documentId}?ticket=first&schema=${CONTENT_SCHEMA_VERSION}`,
    );

    server.close(CloseCode.SERVICE_RESTART);

    await waitFor(() => expect(server.sockets).toHaveLength(2));
    expect(issued).toHaveLength(2);
    expect(server.last.url).toBe(
      `ws://chorus.test/collab/${documentId}?ticket=second&schema=${CONTENT_SCHEMA_VERSION}`,
    );
    await waitFor(() => expect(status()).toBe('saved'));
  });

  it('says "saving" until the server confirms the change is durable, then "saved"', async () => {
    const { status, body } = openSession(() => ticket('t'));
    await waitFor(() => expect(status()).toBe('saved'));
    const probesBefore = server.sentProbes(server.last);

    server.holdAnswers = true;
    body().insert(0, 'Goals');
    expect(status()).toBe('saving');
    // The change reached the server, and a sync step 1 asks it to confirm.
    await waitFor(() => expect(server.sentProbes(server.last)).toBe(probesBefore + 1));
    expect(server.doc.getText('body').toJSON()).toBe('Goals');
    expect(status()).toBe('saving');

    server.release();
    await waitFor(() => expect(status()).toBe('saved'));
  });

  it('keeps changes made offline and sends them when the browser is back online', async () => {
    const events = new EventTarget();
    const { status, body, issued } = openSession(() => ticket('t'), { events });
    await waitFor(() => expect(status()).toBe('saved'));

    events.dispatchEvent(new Event('offline'));
    expect(status()).toBe('offline');
    expect(server.last.readyState).toBe(FakeSocket.CLOSED);
    body().insert(0, 'written offline');
    expect(status()).toBe('offline');
    expect(server.doc.getText('body').toJSON()).toBe('');

    events.dispatchEvent(new Event('online'));
    await waitFor(() => expect(status()).toBe('saved'));
    expect(issued).toHaveLength(2);
    expect(server.doc.getText('body').toJSON()).toBe('written offline');
  });

  it('shows the server’s changes as they arrive', async () => {
    const { status, body } = openSession(() => ticket('t'));
    await waitFor(() => expect(status()).toBe('saved'));

    const other = new Y.Doc();
    other.getText('body').insert(0, 'from someone else');
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(other));
    server.last.onmessage?.({ data: encoding.toUint8Array(encoder) } as never);

    expect(body().toJSON()).toBe('from someone else');
    // Remote changes are the server's already: nothing to save.
    expect(status()).toBe('saved');
  });

  it('announces its presence in a way others accept at once, without an identity of its own', async () => {
    const { session, status } = openSession(() => ticket('t'));
    await waitFor(() => expect(status()).toBe('saved'));
    const [first] = server.awarenessUpdates;
    expect(first).toBeDefined();

    // Someone who never saw this client before (the server, the other people).
    const other = new Awareness(new Y.Doc());
    applyAwarenessUpdate(other, first!, 'server');

    expect(other.getStates().get(session.doc.clientID)).toEqual({ cursor: null });
    other.destroy();
  });

  it('stops for good on a final close code and says why', async () => {
    const { status, session, issued } = openSession(() => ticket('t'));
    await waitFor(() => expect(status()).toBe('saved'));

    server.close(CloseCode.DOCUMENT_ARCHIVED);

    expect(status()).toBe('refused');
    expect(session.getState().error).toEqual({ refusal: 'archived', closeCode: 4410 });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(server.sockets).toHaveLength(1);
    expect(issued).toHaveLength(1);
  });

  it('stops when the server says this build is out of date, keeping the copy on this device', async () => {
    const { status, session, localCopy, issued } = openSession(() => ticket('t'));
    await waitFor(() => expect(status()).toBe('saved'));

    server.close(CloseCode.RELOAD_REQUIRED);

    expect(status()).toBe('refused');
    expect(session.getState().error).toEqual({ refusal: 'reloadRequired', closeCode: 4426 });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(issued).toHaveLength(1);
    // What was typed offline is sent after the reload: the copy stays.
    expect(localCopy.cleared).toBe(false);
  });

  it('does not connect when the ticket is refused, and drops the copy on this device', async () => {
    const { status, session, localCopy } = openSession([{ kind: 'refused', refusal: 'notFound' }]);

    await waitFor(() => expect(status()).toBe('refused'));
    expect(session.getState().error).toEqual({ refusal: 'notFound', closeCode: null });
    expect(server.sockets).toHaveLength(0);
    expect(localCopy.cleared).toBe(true);
  });

  it('retries with backoff while no ticket can be had, showing "offline"', async () => {
    let calls = 0;
    const { status, history } = openSession(() => {
      calls += 1;
      return calls < 3 ? { kind: 'retry' } : ticket('t');
    });

    await waitFor(() => expect(status()).toBe('saved'));
    expect(calls).toBe(3);
    expect(history).toEqual(['connecting', 'offline', 'saved']);
  });

  it('works without an offline copy where IndexedDB is unavailable', async () => {
    const { status, body } = openSession(() => ticket('t'), { noIndexedDb: true });
    await waitFor(() => expect(status()).toBe('saved'));

    body().insert(0, 'still shared');

    await waitFor(() => expect(server.doc.getText('body').toJSON()).toBe('still shared'));
    await waitFor(() => expect(status()).toBe('saved'));
  });

  it('releases the socket, the offline copy and the Y.Doc when destroyed', async () => {
    const { session, status, localCopy, issued } = openSession(() => ticket('t'));
    await waitFor(() => expect(status()).toBe('saved'));

    session.destroy();

    expect(server.last.readyState).toBe(FakeSocket.CLOSED);
    expect(localCopy.destroyed).toBe(true);
    expect(session.doc.isDestroyed).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(issued).toHaveLength(1);
  });
});

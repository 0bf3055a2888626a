import { CloseCode } from '@chorus/collab-protocol';
import type { Capability } from '../gql/graphql';

/**
 * Why the server will not (or no longer) serve this document to this person. Each is final:
 * the connection stops and the page says so in the reader's language.
 */
export type CollabRefusal =
  | 'unauthenticated'
  | 'forbidden'
  | 'notFound'
  | 'revoked'
  | 'archived'
  | 'messageTooLarge'
  | 'documentTooLarge'
  | 'rateLimited'
  | 'tooManyConnections'
  | 'presenceLimit'
  | 'reloadRequired'
  | 'protocol'
  | 'unknown';

/** The refusal a final close code (4400-4499) stands for. */
export function refusalFromCloseCode(code: number): CollabRefusal {
  switch (code) {
    case CloseCode.UNAUTHENTICATED:
      return 'unauthenticated';
    case CloseCode.FORBIDDEN:
      return 'forbidden';
    case CloseCode.NOT_FOUND:
      return 'notFound';
    case CloseCode.ACCESS_REVOKED:
      return 'revoked';
    case CloseCode.DOCUMENT_ARCHIVED:
      return 'archived';
    case CloseCode.MESSAGE_TOO_LARGE:
      return 'messageTooLarge';
    case CloseCode.DOCUMENT_TOO_LARGE:
      return 'documentTooLarge';
    case CloseCode.RATE_LIMITED:
      return 'rateLimited';
    case CloseCode.TOO_MANY_CONNECTIONS:
      return 'tooManyConnections';
    case CloseCode.PRESENCE_LIMIT:
      return 'presenceLimit';
    case CloseCode.RELOAD_REQUIRED:
      return 'reloadRequired';
    case CloseCode.MALFORMED_MESSAGE:
    case CloseCode.UNSUPPORTED_ENCODING:
      return 'protocol';
    default:
      return 'unknown';
  }
}

/**
 * The refusal a failed ticket request stands for (by the server's `extensions.code`), or
 * null when it is worth trying again (no network, a server error, a rate limit).
 */
export function refusalFromTicketProblem(code: string): CollabRefusal | null {
  switch (code) {
    case 'UNAUTHENTICATED':
      return 'unauthenticated';
    case 'NOT_FOUND':
      return 'notFound';
    case 'FORBIDDEN':
      return 'forbidden';
    // issueCollabTicket answers CONFLICT for an archived document.
    case 'CONFLICT':
      return 'archived';
    default:
      return null;
  }
}

/** A final refusal and, when the socket was closed, the close code that said so. */
export interface CollabError {
  refusal: CollabRefusal;
  closeCode: number | null;
}

/**
 * Everything the collaboration session knows about its connection, as a pure value: the
 * session feeds events in (`collabReducer`), the page shows `displayStatus(state)`.
 *
 * "Saved" is measured, not assumed: every local change bumps `localVersion`; after local
 * changes the session sends a sync step 1 ("probe") and remembers the version it covers in
 * `probes`. The server answers a sync step 1 only once every earlier frame of that
 * connection is durable, so its sync step 2 answer means "everything up to that version is
 * saved" (`ackedVersion`). Answers arrive in the order the probes were sent.
 */
export interface CollabState {
  /** What the server lets this person do, from the last ticket; null until one arrived. */
  capability: Capability | null;
  /** The browser's own idea of being online (`navigator.onLine` and its events). */
  browserOnline: boolean;
  /** The socket: none, opening, or open. */
  socket: 'idle' | 'connecting' | 'open';
  /** The server answered the provider's first sync step 1 on the open socket. */
  synced: boolean;
  /** The server asked for our state on this socket and was sent it: probes may go out. */
  stateSent: boolean;
  /** Attempts (ticket or socket) that failed since the last synced connection. */
  failures: number;
  /** Local changes so far (typing, and the offline copy loaded from this device). */
  localVersion: number;
  /** Local changes the server has confirmed as durable. */
  ackedVersion: number;
  /** Sync step 1 messages sent on this socket and not answered yet, with the version each covers. */
  probes: number[];
  /** The offline copy on this device was read (or there is none). */
  localCopyLoaded: boolean;
  /** A final refusal; nothing reconnects after it. */
  error: CollabError | null;
}

export type CollabEvent =
  | { type: 'attempt' }
  | { type: 'ticket'; capability: Capability }
  | { type: 'attempt-failed' }
  | { type: 'socket-open' }
  | { type: 'state-sent' }
  | { type: 'probe-sent' }
  | { type: 'sync-answer' }
  | { type: 'socket-closed' }
  | { type: 'local-change' }
  | { type: 'local-copy-loaded' }
  | { type: 'browser-offline' }
  | { type: 'browser-online' }
  | { type: 'refused'; error: CollabError };

export function initialCollabState(browserOnline = true): CollabState {
  return {
    capability: null,
    browserOnline,
    socket: 'idle',
    synced: false,
    stateSent: false,
    failures: 0,
    localVersion: 0,
    ackedVersion: 0,
    probes: [],
    localCopyLoaded: false,
    error: null,
  };
}

function closedSocket(state: CollabState): CollabState {
  return { ...state, socket: 'idle', synced: false, stateSent: false, probes: [] };
}

export function collabReducer(state: CollabState, event: CollabEvent): CollabState {
  // After a final refusal only local facts still change (typing is kept on this device).
  if (state.error && event.type !== 'local-change' && event.type !== 'local-copy-loaded') {
    return state;
  }
  switch (event.type) {
    case 'attempt':
      return { ...state, socket: 'connecting' };
    case 'ticket':
      return { ...state, capability: event.capability };
    case 'attempt-failed':
      return { ...closedSocket(state), failures: state.failures + 1 };
    case 'socket-open':
      // The provider sends a sync step 1 as soon as the socket opens: its answer confirms
      // nothing of ours (our state goes out later, in reply to the server's step 1).
      return {
        ...state,
        socket: 'open',
        synced: false,
        stateSent: false,
        probes: [state.ackedVersion],
      };
    case 'state-sent':
      return state.socket === 'open' ? { ...state, stateSent: true } : state;
    case 'probe-sent':
      return state.socket === 'open'
        ? { ...state, probes: [...state.probes, state.localVersion] }
        : state;
    case 'sync-answer': {
      if (state.socket !== 'open') return state;
      const [covered, ...rest] = state.probes;
      return {
        ...state,
        synced: true,
        failures: 0,
        probes: rest,
        ackedVersion: Math.max(state.ackedVersion, covered ?? state.ackedVersion),
      };
    }
    case 'socket-closed':
      // A socket that closes counts as a failed attempt until a new one syncs.
      return { ...closedSocket(state), failures: state.failures + 1 };
    case 'local-change':
      return { ...state, localVersion: state.localVersion + 1 };
    case 'local-copy-loaded':
      return { ...state, localCopyLoaded: true };
    case 'browser-offline':
      return { ...closedSocket(state), browserOnline: false };
    case 'browser-online':
      return { ...state, browserOnline: true, failures: 0 };
    case 'refused':
      return { ...closedSocket(state), error: event.error };
  }
}

/**
 * What the connection badge says. A COMMENT or VIEW connection is "read only": comments
 * do not exist yet, so no screen may promise them.
 */
export type CollabStatus = 'connecting' | 'saving' | 'saved' | 'offline' | 'readOnly' | 'refused';

export function displayStatus(state: CollabState): CollabStatus {
  if (state.error) return 'refused';
  const live = state.browserOnline && state.socket === 'open' && state.synced;
  if (!live) {
    // Until the first attempt fails there is nothing to worry anyone about.
    return state.browserOnline && state.failures === 0 ? 'connecting' : 'offline';
  }
  if (state.capability === 'COMMENT' || state.capability === 'VIEW') return 'readOnly';
  return state.localVersion > state.ackedVersion ? 'saving' : 'saved';
}

/** Whether local changes are waiting for the server's confirmation. */
export function hasUnsavedChanges(state: CollabState): boolean {
  return state.localVersion > state.ackedVersion;
}

/** Whether a probe (sync step 1 asking the server to confirm) should go out now. */
export function wantsProbe(state: CollabState): boolean {
  return (
    state.error === null &&
    state.socket === 'open' &&
    state.stateSent &&
    state.capability === 'EDIT' &&
    state.probes.length === 0 &&
    state.localVersion > state.ackedVersion
  );
}

import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useMemo, useSyncExternalStore } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { readProblem } from '../errors';
import type { Capability } from '../gql/graphql';
import { CollabSession, type TicketResult } from './collab-session';
import {
  displayStatus,
  initialCollabState,
  refusalFromTicketProblem,
  type CollabError,
  type CollabState,
  type CollabStatus,
} from './collab-state';
import { IssueCollabTicketMutation } from './graphql/collab-ticket.graphql';

/** What a page needs to show and edit a shared document. */
export interface CollaborativeDoc {
  /** The shared document; null until it is opened. Editors receive only this. */
  doc: Y.Doc | null;
  /** Presence: who else is here, and where their cursors are. */
  awareness: Awareness | null;
  /** What the connection badge says. */
  status: CollabStatus;
  /** What the server lets this person do; null until the first ticket arrived. */
  capability: Capability | null;
  /** Why the server refused or closed the document for good; null otherwise. */
  error: CollabError | null;
}

/** The offline copy's IndexedDB name: per person, so a shared computer mixes nothing. */
export function localCopyName(userId: string, documentId: string): string {
  return `chorus-doc:${userId}:${documentId}`;
}

async function requestTicket(client: ApolloClient, documentId: string): Promise<TicketResult> {
  try {
    const { data } = await client.mutate({
      mutation: IssueCollabTicketMutation,
      variables: { documentId },
      fetchPolicy: 'no-cache',
    });
    if (!data) return { kind: 'retry' };
    const { ticket, capability } = data.issueCollabTicket;
    return { kind: 'ticket', ticket, capability };
  } catch (error) {
    const refusal = refusalFromTicketProblem(readProblem(error).code);
    return refusal ? { kind: 'refused', refusal } : { kind: 'retry' };
  }
}

interface Snapshot {
  session: CollabSession | null;
  status: CollabStatus;
  capability: Capability | null;
  error: CollabError | null;
}

function view(session: CollabSession | null, state: CollabState): Snapshot {
  return {
    session,
    status: displayStatus(state),
    capability: state.capability,
    error: state.error,
  };
}

const idle = view(null, initialCollabState());

/**
 * A store for React's useSyncExternalStore: the session starts with the first subscriber
 * and is destroyed with the last, so mounting, unmounting (and StrictMode's double mount)
 * never leak a socket, a Y.Doc or an IndexedDB handle. The snapshot changes only when
 * what the page shows changes, not on every keystroke.
 */
function createSessionStore(create: (() => CollabSession) | null) {
  let snapshot: Snapshot = idle;
  const listeners = new Set<() => void>();
  let stopSession: (() => void) | null = null;
  const update = (next: Snapshot) => {
    if (
      next.session === snapshot.session &&
      next.status === snapshot.status &&
      next.capability === snapshot.capability &&
      next.error === snapshot.error
    ) {
      return;
    }
    snapshot = next;
    for (const listener of listeners) listener();
  };
  return {
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      if (create && !stopSession) {
        const session = create();
        const unsubscribe = session.subscribe(() => update(view(session, session.getState())));
        stopSession = () => {
          unsubscribe();
          session.destroy();
        };
        update(view(session, session.getState()));
        session.start();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stopSession) {
          stopSession();
          stopSession = null;
          snapshot = idle;
        }
      };
    },
    getSnapshot: (): Snapshot => snapshot,
  };
}

/**
 * Who opens the document (the page passes the signed-in person; this folder knows nothing of
 * the auth feature). Nobody signed in: nothing opens. The server stamps the name and colour
 * others see in presence; the id names the offline copy.
 */
export interface CollabUser {
  id: string;
  name?: string;
  colour?: string;
}

/** How a document is opened. */
export interface CollaborativeDocOptions {
  /**
   * Keep an offline copy on this device (default true). A guest of a share link keeps none:
   * their access ends with the link, and the browser may be someone else's.
   */
  localCopy?: boolean;
}

/**
 * Opens a shared document: one Y.Doc, its socket (a fresh ticket before every connection),
 * an offline copy on this device, presence, and the connection state. Everything is
 * released when the component unmounts or the document changes.
 */
export function useCollaborativeDoc(
  documentId: string,
  user: CollabUser | null,
  { localCopy = true }: CollaborativeDocOptions = {},
): CollaborativeDoc {
  const client = useApolloClient();
  const userId = user?.id ?? null;
  const store = useMemo(
    () =>
      createSessionStore(
        userId
          ? () =>
              new CollabSession({
                documentId,
                issueTicket: () => requestTicket(client, documentId),
                openLocalCopy:
                  !localCopy || typeof indexedDB === 'undefined'
                    ? undefined
                    : (doc) => new IndexeddbPersistence(localCopyName(userId, documentId), doc),
                eventTarget: window,
                online: navigator.onLine,
              })
          : null,
      ),
    [client, documentId, userId, localCopy],
  );
  const { session, status, capability, error } = useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
  );
  return {
    doc: session?.doc ?? null,
    awareness: session?.awareness ?? null,
    status,
    capability,
    error,
  };
}

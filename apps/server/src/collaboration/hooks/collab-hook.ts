import type { Capability } from '@chorus/collab-protocol';
import type { IncomingMessage } from 'node:http';
import type { CollabConnection, CollabUser } from '../collab-connection.js';
import type { LiveDocument } from '../live-document.js';

/** What the connect hooks learn about a new socket, in order. */
export interface ConnectContext {
  request: IncomingMessage;
  url: URL;
  documentId: string;
  user?: CollabUser;
  capability?: Capability;
  workspaceId?: string;
  document?: LiveDocument;
}

/**
 * One step of the collaboration pipeline. The gateway runs the hooks in the order of
 * COLLAB_HOOKS for each phase; a hook refuses by throwing a CollabRefusal, which closes
 * that one connection with its code.
 */
export interface CollabHook {
  readonly name: string;
  /** A socket opened: authenticate, authorise, load, in that order. */
  onConnect?(context: ConnectContext): Promise<void>;
  /** A connection joined its document (after every onConnect). */
  onJoin?(connection: CollabConnection): void;
  /** A content update is about to be applied: refuse it by throwing, drop it by returning false. */
  beforeApply?(connection: CollabConnection, update: Uint8Array): boolean;
  /**
   * A content update changed the document: persist, then relay, in order. A hook that
   * returns a promise is awaited before the next one runs; one that returns nothing lets
   * the next run at once (no turn of the event loop between applying and persisting).
   */
  afterApply?(connection: CollabConnection, change: Uint8Array): Promise<void> | void;
  /** A presence update: may rewrite it; null drops it. */
  onAwareness?(connection: CollabConnection, update: Uint8Array): Uint8Array | null;
  /** A connection closed. */
  onLeave?(connection: CollabConnection): void;
}

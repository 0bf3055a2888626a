import { CloseCode, COLLAB_LIMITS } from '@chorus/collab-protocol';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { DocumentActivity } from '../modules/documents/index.js';
import { AppError } from '../platform/errors/index.js';
import { ROOT_LOGGER } from '../platform/logging/index.js';
import { DocumentStore } from './document-store.js';
import { COLLAB_FANOUT } from './fanout.provider.js';
import type { Fanout } from './fanout.js';
import { LiveDocuments } from './live-documents.js';
import { updateMessage } from './messages.js';

/** Origin of changes the server makes itself (restores, imports). */
export const SERVER_EDIT = Symbol('server-edit');

export interface ServerEdit {
  documentId: string;
  workspaceId: string;
  /** Who asked for it; stamped as the last editor. */
  userId: string;
}

export interface ServerEditResult {
  /** Size of the change in bytes (0: it changed nothing). */
  bytes: number;
  /** The whole document just before the change, as one update. */
  before: Uint8Array;
  /** The whole document with the change, as one update. */
  after: Uint8Array;
  /** False for a dry run (or a change that changed nothing). */
  applied: boolean;
}

/**
 * Reads documents and changes them on the server's own behalf. A change is worked out on a
 * copy of the live document — so a change that fails half-way, or would make the document
 * larger than its limit, leaves the live one untouched — then applied to the live document
 * (loaded for the moment if nobody has it open), appended to PostgreSQL, and sent to every
 * connection here and on other instances. So a restore or an import is one more edit in
 * the history, seen live by everyone.
 */
@Injectable()
export class DocumentEditor {
  /** The largest a document may become (the socket's own limit). */
  maxBytes = COLLAB_LIMITS.documentMaxBytes;

  constructor(
    private readonly store: DocumentStore,
    private readonly live: LiveDocuments,
    private readonly activity: DocumentActivity,
    @Inject(COLLAB_FANOUT) private readonly fanout: Fanout,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  /** The document's durable content — everything any peer has seen — in a new Y.Doc. */
  async read(documentId: string): Promise<Y.Doc> {
    const state = await this.durableInMemory(documentId);
    if (!state) return (await this.store.load(documentId)).doc;
    const doc = new Y.Doc({ gc: true, guid: documentId });
    Y.applyUpdate(doc, state);
    return doc;
  }

  /** The durable content as one Yjs update. */
  async readState(documentId: string): Promise<Uint8Array> {
    const state = await this.durableInMemory(documentId);
    if (state) return state;
    const doc = await this.read(documentId);
    try {
      return Y.encodeStateAsUpdate(doc);
    } finally {
      doc.destroy();
    }
  }

  /**
   * A loaded document's state, taken from memory at a moment when nothing is in flight
   * (memory then equals the database); null when it is not loaded here or never quiet.
   */
  private async durableInMemory(documentId: string): Promise<Uint8Array | null> {
    const live = this.live.peek(documentId);
    return live ? live.whenDurable(() => live.state()) : null;
  }

  /**
   * Runs `mutate` in one transaction and, unless `dryRun`, makes the result durable and
   * visible. Throws PAYLOAD_TOO_LARGE (nothing changed) when the document would pass its
   * size limit; an error thrown by `mutate` also changes nothing.
   */
  async change(
    edit: ServerEdit,
    mutate: (doc: Y.Doc) => void,
    options: { dryRun?: boolean } = {},
  ): Promise<ServerEditResult> {
    const document = await this.live.acquire(edit.documentId, edit.workspaceId);
    try {
      // From here to `apply` nothing awaits: no other edit can slip in between.
      const before = Y.encodeStateAsUpdate(document.doc);
      const scratch = new Y.Doc({ gc: true });
      let candidate: Uint8Array;
      let after: Uint8Array;
      try {
        Y.applyUpdate(scratch, before);
        const vector = Y.encodeStateVector(scratch);
        scratch.transact(() => mutate(scratch), SERVER_EDIT);
        candidate = Y.encodeStateAsUpdate(scratch, vector);
        after = Y.encodeStateAsUpdate(scratch);
      } finally {
        scratch.destroy();
      }
      if (after.byteLength > this.maxBytes) {
        throw AppError.payloadTooLarge(
          `The document would grow to ${megabytes(after.byteLength)}; a document may hold at most ${megabytes(this.maxBytes)}.`,
          this.maxBytes,
        );
      }
      if (options.dryRun) return { bytes: candidate.byteLength, before, after, applied: false };
      const change = document.apply(candidate, SERVER_EDIT);
      if (!change) return { bytes: 0, before, after: before, applied: false };
      document.size = after.byteLength;
      try {
        await document.track(this.store.append(edit.documentId, change));
      } catch (error) {
        // In memory but not durable: drop the document so everyone reloads from storage.
        this.logger.error({ err: error, documentId: edit.documentId }, 'Server edit not saved');
        await this.live.evict(edit.documentId, CloseCode.SERVICE_RESTART, 'storage failure');
        throw error;
      }
      document.pendingRows += 1;
      document.broadcast(updateMessage(change));
      this.fanout.publish(edit.documentId, 'update', change);
      this.activity.edited(edit);
      return { bytes: change.byteLength, before, after, applied: true };
    } finally {
      this.live.releaseIfUnused(document);
    }
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

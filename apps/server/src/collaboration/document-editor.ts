import { CloseCode } from '@chorus/collab-protocol';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { DocumentActivity } from '../modules/documents/index.js';
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

/**
 * Reads documents and changes them on the server's own behalf. A change is made like any
 * client's: applied to the live document (loaded for the moment if nobody has it open),
 * appended to PostgreSQL, then sent to every connection here and on other instances. So
 * a restore or an import is one more edit in the history, seen live by everyone.
 */
@Injectable()
export class DocumentEditor {
  constructor(
    private readonly store: DocumentStore,
    private readonly live: LiveDocuments,
    private readonly activity: DocumentActivity,
    @Inject(COLLAB_FANOUT) private readonly fanout: Fanout,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  /** The document's durable content — everything any peer has seen — in a new Y.Doc. */
  async read(documentId: string): Promise<Y.Doc> {
    return (await this.store.load(documentId)).doc;
  }

  /** The durable content as one Yjs update. */
  async readState(documentId: string): Promise<Uint8Array> {
    const doc = await this.read(documentId);
    try {
      return Y.encodeStateAsUpdate(doc);
    } finally {
      doc.destroy();
    }
  }

  /**
   * Runs `mutate` in one transaction on the live document and makes the result durable
   * and visible. Resolves with the size of the change in bytes (0: nothing changed).
   */
  async change(edit: ServerEdit, mutate: (doc: Y.Doc) => void): Promise<number> {
    const document = await this.live.acquire(edit.documentId, edit.workspaceId);
    try {
      const parts: Uint8Array[] = [];
      const capture = (update: Uint8Array) => parts.push(update);
      document.doc.on('update', capture);
      try {
        document.doc.transact(() => mutate(document.doc), SERVER_EDIT);
      } finally {
        document.doc.off('update', capture);
      }
      if (parts.length === 0) return 0;
      const change = parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
      document.size += change.byteLength;
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
      return change.byteLength;
    } finally {
      this.live.releaseIfUnused(document);
    }
  }
}

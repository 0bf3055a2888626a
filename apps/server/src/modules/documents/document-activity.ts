import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../../platform/logging/index.js';

/** A change to a document's content that is durable (persisted before it was relayed). */
export interface DocumentEdited {
  documentId: string;
  workspaceId: string;
  /** Who made it; null for changes the server made itself (a restore). */
  userId: string | null;
}

type Listener = (event: DocumentEdited) => void;

/**
 * In-process notice of content edits, so modules that care (last-edit stamps, automatic
 * versions) learn of them without the collaboration endpoint knowing those modules.
 */
@Injectable()
export class DocumentActivity {
  private readonly listeners = new Set<Listener>();

  constructor(@Inject(ROOT_LOGGER) private readonly logger: Logger) {}

  onEdited(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every listener; one that throws is logged and never stops the edit or the others. */
  edited(event: DocumentEdited): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error({ err: error, documentId: event.documentId }, 'Edit listener failed');
      }
    }
  }
}

import { Injectable } from '@nestjs/common';

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

  onEdited(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  edited(event: DocumentEdited): void {
    for (const listener of this.listeners) listener(event);
  }
}

import { Injectable } from '@nestjs/common';
import type { CollabConnection } from '../collab-connection.js';
import { DocumentStore } from '../document-store.js';
import type { CollabHook } from './collab-hook.js';

/** Appends each change to PostgreSQL; nothing later in the pipeline runs until it is durable. */
@Injectable()
export class PersistHook implements CollabHook {
  readonly name = 'persist';

  constructor(private readonly store: DocumentStore) {}

  /** Starts the append in the same turn as the change was applied (see LiveDocument.whenDurable). */
  afterApply(connection: CollabConnection, change: Uint8Array): Promise<void> {
    const document = connection.document;
    return document.track(this.store.append(document.id, change)).then(() => {
      document.pendingRows += 1;
    });
  }
}

import { Injectable } from '@nestjs/common';
import { LiveDocuments } from '../live-documents.js';
import type { CollabHook, ConnectContext } from './collab-hook.js';

/** Holds the document in memory (loading it on the first connection). */
@Injectable()
export class LoadHook implements CollabHook {
  readonly name = 'load';

  constructor(private readonly documents: LiveDocuments) {}

  async onConnect(context: ConnectContext): Promise<void> {
    context.document = await this.documents.acquire(context.documentId, context.workspaceId!);
  }
}

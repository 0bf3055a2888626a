import { Injectable } from '@nestjs/common';
import { DocumentActivity } from '../../modules/documents/index.js';
import type { CollabConnection } from '../collab-connection.js';
import type { CollabHook } from './collab-hook.js';

/** Tells the rest of the server that a document changed (after the change is durable). */
@Injectable()
export class ActivityHook implements CollabHook {
  readonly name = 'activity';

  constructor(private readonly activity: DocumentActivity) {}

  afterApply(connection: CollabConnection): void {
    this.activity.edited({
      documentId: connection.document.id,
      workspaceId: connection.workspaceId,
      userId: connection.user.userId,
    });
  }
}

import { CloseCode } from '@chorus/collab-protocol';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import { ANONYMOUS } from '../../modules/access/index.js';
import { DocumentsService } from '../../modules/documents/index.js';
import { GuestSessionsService } from '../../modules/share-links/index.js';
import type { CollabConnection, CollabUser } from '../collab-connection.js';
import { CollabRefusal } from '../collab-refusal.js';
import type { CollabHook, ConnectContext } from './collab-hook.js';

/**
 * What the connection may do, from the permission matrix (edit, comment or view). Also
 * the gate for content updates: only `edit` connections change the document. A document
 * that is archived, or whose brand is, is refused (4410).
 */
@Injectable()
export class AuthorizeHook implements CollabHook {
  readonly name = 'authorize';

  constructor(
    private readonly documents: DocumentsService,
    private readonly guests: GuestSessionsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onConnect(context: ConnectContext): Promise<void> {
    const access = await this.check(context.user!, context.documentId);
    context.capability = access.capability;
    context.workspaceId = access.workspaceId;
  }

  beforeApply(connection: CollabConnection): boolean {
    return connection.capability === 'edit';
  }

  /** Re-checks a user's access to a document, refusing with the right close code. */
  async check(user: CollabUser, documentId: string) {
    // Asked alongside the access check rather than after it (one round trip less on every
    // connect); its answer is used only once the access check has passed.
    const brandArchived = this.dataSource
      .query<Array<{ archived: boolean }>>(
        `SELECT b.archived_at IS NOT NULL AS archived
           FROM documents d JOIN brands b ON b.id = d.brand_id WHERE d.id = $1`,
        [documentId],
      )
      .then(
        (rows) => rows[0]?.archived ?? false,
        () => false,
      );
    try {
      // A guest is checked as itself (its link's document, view or comment: never edit).
      const principal = user.guest
        ? ((await this.guests.principalById(user.guest.guestSessionId)) ?? ANONYMOUS)
        : { kind: 'user' as const, userId: user.userId, sessionId: user.sessionId };
      const view = await this.documents.open(principal, documentId);
      if (user.guest && view.capability === 'edit') throw AppError.forbidden();
      if (view.document.archivedAt || (await brandArchived)) {
        throw new CollabRefusal(CloseCode.DOCUMENT_ARCHIVED);
      }
      return { capability: view.capability, workspaceId: view.workspaceId };
    } catch (error) {
      if (error instanceof AppError) {
        throw new CollabRefusal(
          error.code === 'UNAUTHENTICATED'
            ? CloseCode.UNAUTHENTICATED
            : error.code === 'NOT_FOUND'
              ? CloseCode.NOT_FOUND
              : CloseCode.FORBIDDEN,
        );
      }
      throw error;
    }
  }
}

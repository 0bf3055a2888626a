import { collabPath, type Capability } from '@chorus/collab-protocol';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import { validName } from '../../platform/validation/index.js';
import { AccessEvents, AccessService, isUuid, type Principal } from '../access/index.js';
import { CollabTicketsService } from './collab-tickets.service.js';
import { capabilityFor, KIND_ACTIONS } from './document-access.js';
import { DOCUMENT_KINDS, DocumentEntity, type DocumentKind } from './document.entity.js';
import type { CreateDocumentInput, RenameDocumentInput } from './dto/documents.inputs.js';

export interface DocumentView {
  document: DocumentEntity;
  capability: Capability;
  workspaceId: string;
}

/** The registry of co-edited documents: who may open which, with what capability. */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly accessEvents: AccessEvents,
    private readonly tickets: CollabTicketsService,
  ) {}

  async list(
    principal: Principal,
    brandId: string,
    kind: DocumentKind | undefined,
    includeArchived: boolean,
  ): Promise<DocumentView[]> {
    const { roles, brand } = await this.access.authorizeBrand(principal, brandId, 'brand.read');
    const kinds = (kind ? [kind] : [...DOCUMENT_KINDS]).filter((k) => capabilityFor(k, roles));
    if (kinds.length === 0) return [];
    const documents = await this.dataSource.manager
      .createQueryBuilder(DocumentEntity, 'd')
      .where('d.brand_id = :brandId AND d.kind IN (:...kinds)', { brandId, kinds })
      .andWhere(includeArchived ? '1=1' : 'd.archived_at IS NULL')
      .orderBy('d.updated_at', 'DESC')
      .getMany();
    return documents.map((document) => ({
      document,
      capability: capabilityFor(document.kind, roles)!,
      workspaceId: brand.workspaceId,
    }));
  }

  /** A document and what the principal may do with it; NOT_FOUND when they may not see it. */
  async open(principal: Principal, documentId: string): Promise<DocumentView> {
    this.access.requireUser(principal);
    const document = isUuid(documentId)
      ? await this.dataSource.manager.findOneBy(DocumentEntity, { id: documentId })
      : null;
    if (!document) throw AppError.notFound('The document');
    const { roles, brand } = await this.access
      .authorizeBrand(principal, document.brandId, KIND_ACTIONS[document.kind].read)
      .catch((error: unknown) => {
        // Not allowed to read it: the document does not exist for them.
        if (error instanceof AppError && error.code !== 'UNAUTHENTICATED') {
          throw AppError.notFound('The document');
        }
        throw error;
      });
    return {
      document,
      capability: capabilityFor(document.kind, roles)!,
      workspaceId: brand.workspaceId,
    };
  }

  async create(principal: Principal, input: CreateDocumentInput): Promise<DocumentView> {
    const {
      principal: user,
      roles,
      brand,
    } = await this.access.authorizeBrand(principal, input.brandId, KIND_ACTIONS[input.kind].edit);
    const title = validName(input.title, 'title', 200);
    const document = await this.dataSource.manager.save(
      this.dataSource.manager.create(DocumentEntity, {
        brandId: input.brandId,
        kind: input.kind,
        title,
        createdBy: user.userId,
        archivedAt: null,
      }),
    );
    return {
      document,
      capability: capabilityFor(document.kind, roles)!,
      workspaceId: brand.workspaceId,
    };
  }

  async rename(principal: Principal, input: RenameDocumentInput): Promise<DocumentView> {
    const view = await this.requireEdit(principal, input.documentId);
    const title = validName(input.title, 'title', 200);
    await this.dataSource.manager.update(DocumentEntity, { id: view.document.id }, { title });
    return { ...view, document: { ...view.document, title } };
  }

  async setArchived(
    principal: Principal,
    documentId: string,
    archived: boolean,
  ): Promise<DocumentView> {
    const view = await this.requireEdit(principal, documentId);
    const archivedAt = archived ? (view.document.archivedAt ?? new Date()) : null;
    await this.dataSource.manager.update(DocumentEntity, { id: view.document.id }, { archivedAt });
    this.accessEvents.publish({ kind: 'document', documentId: view.document.id });
    return { ...view, document: { ...view.document, archivedAt } };
  }

  /** A ticket for the socket of one document, for the signed-in session. */
  async issueTicket(principal: Principal, documentId: string) {
    const user = this.access.requireUser(principal);
    const { document, capability } = await this.open(principal, documentId);
    if (document.archivedAt) throw AppError.conflict('The document is archived.');
    const { ticket, expiresAt } = await this.tickets.issue({
      documentId: document.id,
      userId: user.userId,
      sessionId: user.sessionId,
      capability,
    });
    return { ticket, expiresAt, capability, path: collabPath(document.id) };
  }

  /** Is the document active (exists, not archived)? Used by the socket before loading. */
  async isActive(documentId: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(DocumentEntity, {
      id: documentId,
      archivedAt: IsNull(),
    });
  }

  private async requireEdit(principal: Principal, documentId: string): Promise<DocumentView> {
    const view = await this.open(principal, documentId);
    if (view.capability !== 'edit') throw AppError.forbidden();
    return view;
  }
}

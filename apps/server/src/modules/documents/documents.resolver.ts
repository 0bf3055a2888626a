import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { DocumentKindEnum, CollabTicketModel, DocumentModel } from './document.model.js';
import type { DocumentKind } from './document-kind.js';
import { DocumentsService, type DocumentView } from './documents.service.js';
import {
  CreateDocumentInput,
  DuplicateDocumentInput,
  RenameDocumentInput,
} from './dto/documents.inputs.js';
import { ExpensiveOperation } from '../../platform/throttling/index.js';

function toModel({ document, capability }: DocumentView): DocumentModel {
  return Object.assign(new DocumentModel(), {
    id: document.id,
    brandId: document.brandId,
    kind: document.kind,
    title: document.title,
    language: document.language,
    createdBy: document.createdBy,
    lastEditedAt: document.lastEditedAt,
    lastEditedBy: document.lastEditedBy,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
    archivedAt: document.archivedAt,
    myCapability: capability,
  });
}

@Resolver(() => DocumentModel)
export class DocumentsResolver {
  constructor(private readonly documents: DocumentsService) {}

  @Query(() => [DocumentModel], {
    name: 'documents',
    description: "A brand's documents the signed-in user may open",
  })
  async listDocuments(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
    @Args('kind', { type: () => DocumentKindEnum, nullable: true, description: 'Only this kind' })
    kind: DocumentKind | null,
    @Args('includeArchived', { defaultValue: false, description: 'Include archived documents' })
    includeArchived: boolean,
  ): Promise<DocumentModel[]> {
    return (await this.documents.list(principal, brandId, kind ?? undefined, includeArchived)).map(
      toModel,
    );
  }

  @Query(() => DocumentModel, { description: 'One document the signed-in user may open' })
  async document(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DocumentModel> {
    return toModel(await this.documents.open(principal, id));
  }

  @Mutation(() => DocumentModel, {
    description: 'Creates a document of a brand, empty or from its template',
  })
  async createDocument(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateDocumentInput,
  ): Promise<DocumentModel> {
    return toModel(await this.documents.create(principal, input));
  }

  @Mutation(() => DocumentModel, {
    description: 'Copies a document with all its content into a new one (editors)',
  })
  @ExpensiveOperation('duplicateDocument')
  async duplicateDocument(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: DuplicateDocumentInput,
  ): Promise<DocumentModel> {
    return toModel(await this.documents.duplicate(principal, input));
  }

  @Mutation(() => DocumentModel, { description: 'Renames a document (editors)' })
  async renameDocument(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RenameDocumentInput,
  ): Promise<DocumentModel> {
    return toModel(await this.documents.rename(principal, input));
  }

  @Mutation(() => DocumentModel, {
    description: 'Archives a document; open sockets close (editors)',
  })
  async archiveDocument(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<DocumentModel> {
    return toModel(await this.documents.setArchived(principal, documentId, true));
  }

  @Mutation(() => DocumentModel, { description: 'Brings an archived document back (editors)' })
  async restoreDocument(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<DocumentModel> {
    return toModel(await this.documents.setArchived(principal, documentId, false));
  }

  @Mutation(() => CollabTicketModel, {
    description: 'Issues a ticket (valid 60 s) to open one document over /collab/<id>',
  })
  async issueCollabTicket(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<CollabTicketModel> {
    return Object.assign(
      new CollabTicketModel(),
      await this.documents.issueTicket(principal, documentId),
    );
  }
}

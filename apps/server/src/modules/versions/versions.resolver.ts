import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { DocumentVersionModel, DocumentVersionStateModel } from './document-version.model.js';
import { CreateDocumentVersionInput } from './dto/create-document-version.input.js';
import { VersionsService, type VersionView } from './versions.service.js';
import { ExpensiveOperation } from '../../platform/throttling/index.js';

function toModel({ version, authorName }: VersionView): DocumentVersionModel {
  return Object.assign(new DocumentVersionModel(), {
    id: version.id,
    documentId: version.documentId,
    number: version.number,
    kind: version.kind,
    name: version.name,
    authorId: version.createdBy,
    authorName,
    restoredFrom: version.restoredFrom,
    approval: version.approval
      ? {
          approvedAt: new Date(version.approval.approvedAt),
          requestId: version.approval.requestId,
          approvers: version.approval.approvers.map((a) => ({
            userId: a.userId,
            name: a.name,
            stepIndex: a.stepIndex,
            approvedAt: new Date(a.at),
          })),
        }
      : null,
    sizeBytes: version.sizeBytes,
    createdAt: version.createdAt,
  });
}

@Resolver(() => DocumentVersionModel)
export class VersionsResolver {
  constructor(private readonly versions: VersionsService) {}

  @Query(() => [DocumentVersionModel], {
    description: "A document's versions, newest first (at most `first`, up to 200)",
  })
  async documentVersions(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('first', { type: () => Int, defaultValue: 100, description: 'How many, 1-200' })
    first: number,
  ): Promise<DocumentVersionModel[]> {
    return (await this.versions.list(principal, documentId, first)).map(toModel);
  }

  @Query(() => DocumentVersionStateModel, {
    description: 'One version with its content, to open read-only or compare',
  })
  async documentVersionState(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DocumentVersionStateModel> {
    const found = await this.versions.state(principal, id);
    return Object.assign(new DocumentVersionStateModel(), {
      version: toModel(found),
      state: Buffer.from(found.state).toString('base64'),
    });
  }

  @Mutation(() => DocumentVersionModel, {
    description: 'Saves the current content as a named version (editors)',
  })
  @ExpensiveOperation('createDocumentVersion')
  async createDocumentVersion(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateDocumentVersionInput,
  ): Promise<DocumentVersionModel> {
    return toModel(await this.versions.createNamed(principal, input.documentId, input.name));
  }

  @Mutation(() => DocumentVersionModel, {
    description:
      'Brings a version back as a new edit every connected client sees (editors); returns the new version',
  })
  async restoreDocumentVersion(
    @CurrentPrincipal() principal: Principal,
    @Args('versionId', { type: () => ID }) versionId: string,
  ): Promise<DocumentVersionModel> {
    return toModel(await this.versions.restore(principal, versionId));
  }
}

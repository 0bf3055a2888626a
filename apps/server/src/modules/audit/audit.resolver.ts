import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { describeEntry } from './audit-entry.mapper.js';
import {
  AuditEntryModel,
  AuditFilterInputModel,
  AuditPageModel,
  ParkedJobModel,
} from './audit-entry.model.js';
import { AuditService } from './audit.service.js';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditPageModel, {
    description: "The workspace's activity, newest first, a page at a time (owners and admins)",
  })
  async auditLog(
    @CurrentPrincipal() principal: Principal,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('filter', { type: () => AuditFilterInputModel, nullable: true })
    filter: AuditFilterInputModel | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'endCursor of the last page',
    })
    after: string | null,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'How many, 1-100' })
    first: number,
  ): Promise<AuditPageModel> {
    const page = await this.audit.page(principal, workspaceId, filter ?? {}, after, first);
    return Object.assign(new AuditPageModel(), {
      endCursor: page.endCursor,
      hasMore: page.hasMore,
      entries: page.entries.map((entry) =>
        Object.assign(new AuditEntryModel(), {
          id: entry.id,
          occurredAt: entry.occurredAt,
          action: entry.action,
          actorId: entry.actorId,
          actorName: entry.actorName,
          brandId: entry.brandId,
          brandName: entry.brandName,
          documentId: entry.documentId,
          subjectType: entry.subjectType,
          subjectId: entry.subjectId,
          ...describeEntry(entry),
        }),
      ),
    });
  }

  @Query(() => [ParkedJobModel], {
    description: "Reactions to this workspace's events that failed every retry (owners and admins)",
  })
  async parkedJobs(
    @CurrentPrincipal() principal: Principal,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
  ): Promise<ParkedJobModel[]> {
    const jobs = await this.audit.parkedJobs(principal, workspaceId);
    return jobs.map((job) => Object.assign(new ParkedJobModel(), job));
  }
}

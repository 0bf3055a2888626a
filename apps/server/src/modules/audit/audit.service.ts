import { Injectable } from '@nestjs/common';
import { AccessService, type Principal } from '../access/index.js';
import { EventLog, type ParkedEventJob } from '../events/index.js';
import {
  decodeCursor,
  encodeCursor,
  parseAuditFilter,
  type AuditFilter,
  type AuditFilterInput,
} from './audit-filter.js';
import { AuditRepository, type AuditEntryView } from './audit.repository.js';

export interface AuditPage {
  entries: AuditEntryView[];
  endCursor: string | null;
  hasMore: boolean;
}

/** Rows fetched per round trip while a CSV export streams. */
const EXPORT_PAGE = 500;
export const MAX_PAGE = 100;

/** Reading a workspace's audit log: owners and admins only (`audit.read`). */
@Injectable()
export class AuditService {
  constructor(
    private readonly access: AccessService,
    private readonly repository: AuditRepository,
    private readonly events: EventLog,
  ) {}

  async page(
    principal: Principal,
    workspaceId: string,
    filterInput: AuditFilterInput | undefined,
    after: string | null | undefined,
    first: number,
  ): Promise<AuditPage> {
    await this.access.authorizeWorkspace(principal, workspaceId, 'audit.read');
    const filter = parseAuditFilter(filterInput);
    const cursor = decodeCursor(after);
    const limit = Math.min(Math.max(Math.trunc(first) || 1, 1), MAX_PAGE);
    const rows = await this.repository.page(workspaceId, filter, cursor, limit + 1);
    const entries = rows.slice(0, limit);
    const last = entries.at(-1);
    return {
      entries,
      hasMore: rows.length > limit,
      endCursor: last ? encodeCursor({ at: last.occurredKey, id: last.id }) : null,
    };
  }

  /** Checks the caller and the filter before anything is sent (so errors keep their status). */
  async authorizeExport(
    principal: Principal,
    workspaceId: string,
    filterInput: AuditFilterInput,
  ): Promise<AuditFilter> {
    await this.access.authorizeWorkspace(principal, workspaceId, 'audit.read');
    return parseAuditFilter(filterInput);
  }

  /** Every matching entry, newest first, fetched a page at a time. */
  async *exportRows(workspaceId: string, filter: AuditFilter): AsyncGenerator<AuditEntryView> {
    let cursor: { at: string; id: string } | undefined;
    for (;;) {
      const rows = await this.repository.page(workspaceId, filter, cursor, EXPORT_PAGE);
      yield* rows;
      const last = rows.at(-1);
      if (!last || rows.length < EXPORT_PAGE) return;
      cursor = { at: last.occurredKey, id: last.id };
    }
  }

  /** Background jobs of this workspace's events that used up their retries. */
  async parkedJobs(principal: Principal, workspaceId: string): Promise<ParkedEventJob[]> {
    await this.access.authorizeWorkspace(principal, workspaceId, 'audit.read');
    return this.events.parkedJobs(workspaceId);
  }
}

import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { attachment } from '../../platform/files/index.js';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { describeEntry } from './audit-entry.mapper.js';
import type { AuditFilterInput } from './audit-filter.js';
import type { AuditEntryView } from './audit.repository.js';
import { AuditService } from './audit.service.js';

/** The CSV's columns, in order (header names are stable for spreadsheets and scripts). */
export const AUDIT_CSV_COLUMNS = [
  'occurred_at',
  'actor',
  'action',
  'brand',
  'document',
  'subject_type',
  'subject',
  'before',
  'after',
  'version_id',
  'round',
  'step_index',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** User-written text a spreadsheet would run as a formula gets a leading apostrophe. */
function cell(value: string | null | undefined): string {
  const plain = value ?? '';
  return FORMULA_START.test(plain) ? `'${plain}` : plain;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function count(value: unknown): string {
  return typeof value === 'number' && Number.isInteger(value) ? String(value) : '';
}

/**
 * The version an entry is about, in its own column so a spreadsheet can join on it: an
 * approval event's version under review (after a reopen: the new one), or the version a
 * version event made.
 */
export function entryVersionId(entry: AuditEntryView): string {
  return (
    text(entry.data.versionId) ??
    text(entry.data.toVersionId) ??
    (entry.subjectType === 'version' ? entry.subjectId : '')
  );
}

/**
 * GET /api/workspaces/:workspaceId/audit.csv?actorId=&brandId=&action=&from=&to= — the
 * audit log as CSV (approval events with their version id, round and step index as columns) (UTF-8 with BOM, RFC 4180, CRLF), streamed a page at a time so a huge
 * range never sits in memory. Session cookie; owners and admins (`audit.read`).
 */
@Controller('api/workspaces/:workspaceId')
export class AuditCsvController {
  constructor(private readonly audit: AuditService) {}

  @Get('audit.csv')
  async export(
    @CurrentPrincipal() principal: Principal,
    @Param('workspaceId') workspaceId: string,
    @Query() query: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const input: AuditFilterInput = {
      actorId: text(query.actorId),
      brandId: text(query.brandId),
      action: text(query.action),
      from: text(query.from),
      to: text(query.to),
    };
    const filter = await this.audit.authorizeExport(principal, workspaceId, input);
    response
      .status(200)
      .setHeader('content-type', 'text/csv; charset=utf-8')
      .setHeader('content-disposition', attachment('activity.csv'))
      .setHeader('cache-control', 'no-store');
    const audit = this.audit;
    const rows = Readable.from(
      (async function* () {
        for await (const entry of audit.exportRows(workspaceId, filter)) {
          const described = describeEntry(entry);
          yield [
            entry.occurredAt.toISOString(),
            cell(entry.actorName),
            entry.action,
            cell(entry.brandName),
            cell(described.documentTitle),
            entry.subjectType,
            cell(described.subjectName),
            cell(described.before),
            cell(described.after),
            entryVersionId(entry),
            count(entry.data.round),
            count(entry.data.stepIndex),
          ];
        }
      })(),
    );
    await pipeline(
      rows,
      stringify({
        bom: true,
        header: true,
        columns: [...AUDIT_CSV_COLUMNS],
        record_delimiter: 'windows',
      }),
      response,
    );
  }
}

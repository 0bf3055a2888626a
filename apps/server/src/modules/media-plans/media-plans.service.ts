import { applyImport, BLOCKS, readPlan, type PlanView } from '@chorus/media-plan-model';
import {
  exportCsv,
  exportXlsx,
  MAX_IMPORT_BYTES,
  parseCsv,
  parseXlsx,
  type ImportError,
  type ImportWarning,
} from '@chorus/media-plan-model/io';
import { Injectable } from '@nestjs/common';
import { DocumentEditor } from '../../collaboration/index.js';
import { AppError } from '../../platform/errors/index.js';
import { fileName, WorkLimiter } from '../../platform/files/index.js';
import type { Principal } from '../access/index.js';
import { EventLog } from '../events/index.js';
import { DocumentsService, type DocumentView } from '../documents/index.js';
import { requireMediaPlan } from './media-plan.kind.js';

export type PlanFileFormat = 'csv' | 'xlsx';

export interface PlanFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/** The one error the server adds to the file's own checks. */
interface PlanTooLarge {
  row: 0;
  column: '';
  code: 'plan_too_large';
  message: string;
}

export type ImportReport =
  | { ok: true; applied: boolean; rows: number; warnings: readonly ImportWarning[] }
  | {
      ok: false;
      errors: ReadonlyArray<ImportError | PlanTooLarge>;
      errorCount: number;
      warnings: readonly ImportWarning[];
    };

const CONTENT_TYPES: Record<PlanFileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function isPlanFileFormat(value: unknown): value is PlanFileFormat {
  return value === 'csv' || value === 'xlsx';
}

export function importTooLarge(): AppError {
  return AppError.payloadTooLarge('The file is larger than 10 MB.', MAX_IMPORT_BYTES);
}

/**
 * What the server does with media plans besides relaying edits: reads them (rows and
 * totals, for reports and links), exports them as CSV or XLSX, and imports such files —
 * checked whole first, then applied as one edit everyone sees live, or not at all.
 * Spreadsheet work is memory-heavy: at most two files are built or read at once here.
 */
@Injectable()
export class MediaPlansService {
  private readonly files = new WorkLimiter(2);

  constructor(
    private readonly documents: DocumentsService,
    private readonly editor: DocumentEditor,
    private readonly events: EventLog,
  ) {}

  async read(
    principal: Principal,
    documentId: string,
  ): Promise<{ view: DocumentView; plan: PlanView }> {
    const view = await this.openPlan(principal, documentId);
    return { view, plan: await this.readPlan(view.document.id) };
  }

  async export(
    principal: Principal,
    documentId: string,
    format: PlanFileFormat,
  ): Promise<PlanFile> {
    const { view, plan } = await this.read(principal, documentId);
    const body = await this.files.run(async () =>
      format === 'csv' ? Buffer.from(exportCsv(plan)) : Buffer.from(await exportXlsx(plan)),
    );
    return {
      filename: `${fileName(view.document.title, 'media-plan')}.${format}`,
      contentType: CONTENT_TYPES[format],
      body,
    };
  }

  /** Who may import into a plan: its editors, while it is active. Checked before any upload is read. */
  async authorizeImport(principal: Principal, documentId: string): Promise<DocumentView> {
    const view = await this.openPlan(principal, documentId);
    if (view.capability !== 'edit') throw AppError.forbidden();
    if (view.document.archivedAt) throw AppError.conflict('The document is archived.');
    return view;
  }

  /**
   * Checks a CSV or XLSX file and, when it is clean and `dryRun` is off, replaces the
   * plan's rows with it in one edit. A file with any error — or one that would make the
   * plan larger than a document may be — changes nothing.
   */
  async import(
    principal: Principal,
    view: DocumentView,
    format: PlanFileFormat,
    bytes: Uint8Array,
    dryRun: boolean,
  ): Promise<ImportReport> {
    if (bytes.byteLength > MAX_IMPORT_BYTES) throw importTooLarge();
    return this.files.run(async () => {
      const { settings } = await this.readPlan(view.document.id);
      const options = { currency: settings.currency };
      const parsed =
        format === 'csv' ? await parseCsv(bytes, options) : await parseXlsx(bytes, options);
      if (!parsed.ok) {
        return {
          ok: false,
          errors: parsed.errors,
          errorCount: parsed.errorCount,
          warnings: parsed.warnings,
        };
      }
      let refused = null as string | null;
      try {
        await this.editor.change(
          {
            documentId: view.document.id,
            workspaceId: view.workspaceId,
            userId: userIdOf(principal),
          },
          (doc) => {
            const result = applyImport(doc, parsed.plan, 'replace');
            if (!result.ok) refused = result.error;
          },
          { dryRun },
        );
      } catch (error) {
        if (error instanceof AppError && error.code === 'PAYLOAD_TOO_LARGE') {
          return planTooLarge(error.message, parsed.warnings);
        }
        throw error;
      }
      if (refused) throw AppError.validation('file', `The file could not be applied (${refused}).`);
      // The edit is appended by the collaboration store; its event follows it (see ADR 0012).
      if (!dryRun) {
        await this.events.recordAlone({
          type: 'media_plan.imported',
          workspaceId: view.workspaceId,
          brandId: view.document.brandId,
          documentId: view.document.id,
          actorId: userIdOf(principal),
          subject: { type: 'document', id: view.document.id },
          data: { name: view.document.title, format, rows: parsed.plan.rows.length },
        });
      }
      return {
        ok: true,
        applied: !dryRun,
        rows: parsed.plan.rows.length,
        warnings: parsed.warnings,
      };
    });
  }

  /**
   * Every row id of the brand's active media plans the caller may read, with its plan:
   * how a posts file names the row a post belongs to (the plans' Row ID column).
   */
  async brandRowIds(principal: Principal, brandId: string): Promise<Map<string, string>> {
    const plans = await this.documents.list(principal, brandId, 'media_plan', false);
    const rows = new Map<string, string>();
    for (const view of plans) {
      const plan = await this.readPlan(view.document.id);
      for (const row of planRows(plan)) rows.set(row.id, view.document.id);
    }
    return rows;
  }

  private async readPlan(documentId: string): Promise<PlanView> {
    const doc = await this.editor.read(documentId);
    try {
      return readPlan(doc);
    } finally {
      doc.destroy();
    }
  }

  private async openPlan(principal: Principal, documentId: string): Promise<DocumentView> {
    const view = await this.documents.open(principal, documentId);
    requireMediaPlan(view.document.kind);
    return view;
  }
}

function planTooLarge(message: string, warnings: readonly ImportWarning[]): ImportReport {
  return {
    ok: false,
    errorCount: 1,
    warnings,
    errors: [
      {
        row: 0,
        column: '',
        code: 'plan_too_large',
        message: `${message} Split the file into several plans.`,
      },
    ],
  };
}

function userIdOf(principal: Principal): string {
  if (principal.kind !== 'user') throw AppError.unauthenticated();
  return principal.userId;
}

/** Rows of a plan in block order, for GraphQL. */
export function planRows(plan: PlanView) {
  return BLOCKS.flatMap((block) => plan.blocks[block]);
}

import { COLLAB_LIMITS } from '@chorus/collab-protocol';
import {
  applyImport,
  BLOCKS,
  readPlan,
  type ImportedPlan,
  type PlanView,
} from '@chorus/media-plan-model';
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
import * as Y from 'yjs';
import { DocumentEditor } from '../../collaboration/document-editor.js';
import { AppError } from '../../platform/errors/index.js';
import { ErrorCode } from '../../platform/errors/error-codes.js';
import type { Principal } from '../access/index.js';
import { DocumentsService, type DocumentView } from '../documents/index.js';
import { fileName } from '../strategies/strategies.service.js';

export type PlanFileFormat = 'csv' | 'xlsx';

export interface PlanFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/** The one error the server adds to the file checks. */
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

/**
 * What the server does with media plans besides relaying edits: reads them (rows and
 * totals, for reports and links), exports them as CSV or XLSX, and imports such files —
 * checked whole first, then applied as one edit everyone sees live, or not at all.
 */
@Injectable()
export class MediaPlansService {
  constructor(
    private readonly documents: DocumentsService,
    private readonly editor: DocumentEditor,
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
    const body =
      format === 'csv' ? Buffer.from(exportCsv(plan)) : Buffer.from(await exportXlsx(plan));
    return {
      filename: `${fileName(view.document.title)}.${format}`,
      contentType: CONTENT_TYPES[format],
      body,
    };
  }

  /**
   * Checks a CSV or XLSX file and, when it is clean and `dryRun` is off, replaces the
   * plan's rows with it in one edit. A file with any error changes nothing.
   */
  async import(
    principal: Principal,
    documentId: string,
    format: PlanFileFormat,
    bytes: Uint8Array,
    dryRun: boolean,
  ): Promise<ImportReport> {
    const view = await this.openPlan(principal, documentId);
    if (view.capability !== 'edit') throw AppError.forbidden();
    if (view.document.archivedAt) throw AppError.conflict('The document is archived.');
    if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge();
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
    const tooBig = await this.sizeAfterImport(view.document.id, parsed.plan);
    if (tooBig) return tooBig;
    if (!dryRun) {
      let refused = null as string | null;
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
      );
      if (refused) throw AppError.validation('file', `The file could not be applied (${refused}).`);
    }
    return { ok: true, applied: !dryRun, rows: parsed.plan.rows.length, warnings: parsed.warnings };
  }

  /**
   * Tries the import on a scratch copy: a plan past the collaboration size limit would be
   * refused by every client and the socket, so it is reported like any other file error.
   */
  private async sizeAfterImport(
    documentId: string,
    plan: ImportedPlan,
  ): Promise<ImportReport | null> {
    const scratch = await this.editor.read(documentId);
    try {
      applyImport(scratch, plan, 'replace');
      const bytes = Y.encodeStateAsUpdate(scratch).byteLength;
      if (bytes <= COLLAB_LIMITS.documentMaxBytes) return null;
      const mb = (value: number) => (value / 1024 / 1024).toFixed(1);
      return {
        ok: false,
        errorCount: 1,
        warnings: [],
        errors: [
          {
            row: 0,
            column: '',
            code: 'plan_too_large',
            message: `This file would make the plan ${mb(bytes)} MB; a plan can hold at most ${mb(COLLAB_LIMITS.documentMaxBytes)} MB. Split it into several plans.`,
          },
        ],
      };
    } finally {
      scratch.destroy();
    }
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
    if (view.document.kind !== 'media_plan') {
      throw AppError.validation('documentId', 'This document is not a media plan.');
    }
    return view;
  }
}

function tooLarge(): AppError {
  return new AppError(ErrorCode.PAYLOAD_TOO_LARGE, 'The file is larger than 10 MB.', {
    details: { limitBytes: MAX_IMPORT_BYTES },
  });
}

function userIdOf(principal: Principal): string {
  if (principal.kind !== 'user') throw AppError.unauthenticated();
  return principal.userId;
}

/** Rows of a plan in block order, for GraphQL. */
export function planRows(plan: PlanView) {
  return BLOCKS.flatMap((block) => plan.blocks[block]);
}

// The posts-file endpoints of the server (REST, like media-plan files): what they answer
// and the fields a column can be mapped to. No React, no Apollo: shared by hooks and tests.
import {
  isPostField,
  NETWORK_IDS,
  NETWORKS as NETWORK_TABLE,
  type ColumnMapping,
  type DateOrder,
  type NetworkId,
  type PostFileFormat,
} from '@chorus/post-model';

export type { ColumnMapping, DateOrder, PostField, PostFileFormat } from '@chorus/post-model';

/**
 * Largest file the server accepts (10 MB, media-plan-model/io's MAX_IMPORT_BYTES); refused
 * before uploading. A copy, as in media-plans: importing io would bring the spreadsheet code.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The networks a post can go to, with their names, in the table's order. */
export const NETWORKS: ReadonlyArray<readonly [NetworkId, string]> = NETWORK_IDS.map(
  (id) => [id, NETWORK_TABLE[id].label] as const,
);

/** One problem of the file: where (row, column's header) and what (a code the UI translates). */
export interface ImportProblem {
  readonly row: number;
  readonly column: string;
  readonly field: string;
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** The server's report of a dry run or an import. */
export interface ImportReport {
  readonly ok: boolean;
  readonly applied: boolean;
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  readonly rows: number;
  readonly errorRows: number;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly problems: readonly ImportProblem[];
  readonly created: number;
}

/** What an upload came back with. */
export type ImportAnswer =
  | { readonly kind: 'report'; readonly report: ImportReport }
  | { readonly kind: 'refused'; readonly status: number; readonly message: string }
  | { readonly kind: 'network' };

/** The file's format from its name (or type); null when it is neither CSV nor XLSX. */
export function fileFormat(file: { name: string; type: string }): PostFileFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === 'text/csv') return 'csv';
  if (
    name.endsWith('.xlsx') ||
    file.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  ) {
    return 'xlsx';
  }
  return null;
}

/** The address that downloads a brand's posts between two local days. */
export function exportUrl(
  brandId: string,
  format: PostFileFormat,
  from: string,
  to: string,
): string {
  const query = new URLSearchParams({ format, from, to });
  return `/api/brands/${encodeURIComponent(brandId)}/posts/export?${query.toString()}`;
}

/** The address of an import (dry run or not) with the person's mapping. */
export function importUrl(
  brandId: string,
  format: PostFileFormat,
  options: { dryRun: boolean; mapping: ColumnMapping | null; dateOrder: DateOrder },
): string {
  const query = new URLSearchParams({ format, dateOrder: options.dateOrder });
  if (options.dryRun) query.set('dryRun', 'true');
  if (options.mapping) query.set('mapping', JSON.stringify(options.mapping));
  return `/api/brands/${encodeURIComponent(brandId)}/posts/import?${query.toString()}`;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

const number = (value: unknown): number => (typeof value === 'number' ? value : 0);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Reads the server's answer by status; anything unexpected is a refusal with its status. */
export function readImportAnswer(status: number, body: unknown): ImportAnswer {
  const data = record(body);
  if ((status === 200 || status === 422) && Array.isArray(data.problems)) {
    const mapping: ColumnMapping = {};
    for (const [field, header] of Object.entries(record(data.mapping))) {
      if (isPostField(field) && typeof header === 'string') {
        mapping[field] = header;
      }
    }
    return {
      kind: 'report',
      report: {
        ok: data.ok === true,
        applied: data.applied === true,
        headers: Array.isArray(data.headers) ? data.headers.map(text) : [],
        mapping,
        rows: number(data.rows),
        errorRows: number(data.errorRows),
        errorCount: number(data.errorCount),
        warningCount: number(data.warningCount),
        created: number(data.created),
        problems: data.problems.map((entry) => {
          const p = record(entry);
          return {
            row: number(p.row),
            column: text(p.column),
            field: text(p.field),
            code: text(p.code),
            severity: p.severity === 'warning' ? 'warning' : 'error',
            message: text(p.message),
          } as const;
        }),
      },
    };
  }
  return { kind: 'refused', status, message: text(record(data.error).message) };
}

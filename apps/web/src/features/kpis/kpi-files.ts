// The actuals-import endpoint of the server (REST, like posts files): its address, what it
// answers, the checks a column mapping passes before it is sent, and the dashboard as a
// CSV file. No React, no Apollo: shared by hooks and tests.
import { isMetricId, METRIC_IDS, type ActualsMapping, type MetricId } from '@chorus/kpi-model';
import { isNetworkId, type NetworkId } from '@chorus/post-model';

export type { ActualsMapping } from '@chorus/kpi-model';
export type ActualsFileFormat = 'csv' | 'xlsx';

/** Largest file the server accepts (10 MB); refused before uploading. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** One problem of the file: where (row, column's header) and what (a code the UI translates). */
export interface ActualsProblem {
  readonly row: number;
  readonly column: string;
  readonly code: string;
  readonly message: string;
}

/** The server's report of a dry run or an import. */
export interface ActualsReport {
  readonly ok: boolean;
  readonly applied: boolean;
  readonly headers: readonly string[];
  readonly mapping: ActualsMapping | null;
  readonly suggestedNetwork: NetworkId | null;
  readonly currency: string;
  readonly rows: number;
  readonly errorRows: number;
  readonly errorCount: number;
  readonly problems: readonly ActualsProblem[];
  readonly actuals: number;
}

export type ActualsAnswer =
  | { readonly kind: 'report'; readonly report: ActualsReport }
  | { readonly kind: 'refused'; readonly status: number; readonly message: string }
  | { readonly kind: 'network' };

/** The file's format from its name (or type); null when it is neither CSV nor XLSX. */
export function fileFormat(file: { name: string; type: string }): ActualsFileFormat | null {
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

/** The address of an import (dry run or not) with the person's mapping and network. */
export function importUrl(
  brandId: string,
  format: ActualsFileFormat,
  options: {
    dryRun: boolean;
    mapping: ActualsMapping | null;
    network: NetworkId | null;
    locale: string;
  },
): string {
  const query = new URLSearchParams({ format, locale: options.locale });
  if (options.dryRun) query.set('dryRun', 'true');
  if (options.network) query.set('network', options.network);
  if (options.mapping) query.set('mapping', JSON.stringify(options.mapping));
  return `/api/brands/${encodeURIComponent(brandId)}/kpis/actuals/import?${query.toString()}`;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
const number = (value: unknown): number => (typeof value === 'number' ? value : 0);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A mapping as the server sent it, keeping only what a mapping may hold. */
export function readMapping(value: unknown): ActualsMapping | null {
  const data = record(value);
  if (typeof data.period !== 'string') return null;
  const metrics: Partial<Record<MetricId, string>> = {};
  for (const [metric, header] of Object.entries(record(data.metrics))) {
    if (isMetricId(metric) && typeof header === 'string') metrics[metric] = header;
  }
  return {
    period: data.period,
    ...(typeof data.network === 'string' ? { network: data.network } : {}),
    ...(typeof data.post === 'string' ? { post: data.post } : {}),
    ...(typeof data.currency === 'string' ? { currency: data.currency } : {}),
    metrics,
  };
}

/** Reads the server's answer by status; anything unexpected is a refusal with its status. */
export function readActualsAnswer(status: number, body: unknown): ActualsAnswer {
  const data = record(body);
  if ((status === 200 || status === 422) && Array.isArray(data.problems)) {
    const suggested = data.suggestedNetwork;
    return {
      kind: 'report',
      report: {
        ok: data.ok === true,
        applied: data.applied === true,
        headers: Array.isArray(data.headers) ? data.headers.map(text) : [],
        mapping: readMapping(data.mapping),
        suggestedNetwork:
          typeof suggested === 'string' && isNetworkId(suggested) ? suggested : null,
        currency: text(data.currency),
        rows: number(data.rows),
        errorRows: number(data.errorRows),
        errorCount: number(data.errorCount),
        actuals: number(data.actuals),
        problems: data.problems.map((entry) => {
          const p = record(entry);
          return {
            row: number(p.row),
            column: text(p.column),
            code: text(p.code),
            message: text(p.message),
          };
        }),
      },
    };
  }
  return {
    kind: 'refused',
    status,
    message: text(record(data.error).message) || text(data.message),
  };
}

/** What keeps a mapping from being checked, as translation keys under `kpis.import.mapping`. */
export type MappingIssue =
  | { readonly code: 'periodMissing' }
  | { readonly code: 'noMetrics' }
  | { readonly code: 'networkMissing' }
  | { readonly code: 'headerUnknown'; readonly header: string }
  | { readonly code: 'headerTwice'; readonly header: string };

/**
 * The mapping's problems before the file goes to the server: a period column, at least one
 * metric, a network (a column or one for the whole file), headers that exist, each used once.
 */
export function mappingIssues(
  mapping: ActualsMapping,
  headers: readonly string[],
  network: NetworkId | null,
): MappingIssue[] {
  const issues: MappingIssue[] = [];
  if (!mapping.period) issues.push({ code: 'periodMissing' });
  const metricHeaders = METRIC_IDS.map((id) => mapping.metrics[id]).filter(
    (header): header is string => typeof header === 'string' && header !== '',
  );
  if (metricHeaders.length === 0) issues.push({ code: 'noMetrics' });
  if (!mapping.network && !network) issues.push({ code: 'networkMissing' });
  const used = [
    mapping.period,
    mapping.network,
    mapping.post,
    mapping.currency,
    ...metricHeaders,
  ].filter((header): header is string => typeof header === 'string' && header !== '');
  const known = new Set(headers);
  const seen = new Set<string>();
  for (const header of used) {
    if (!known.has(header)) issues.push({ code: 'headerUnknown', header });
    else if (seen.has(header)) issues.push({ code: 'headerTwice', header });
    seen.add(header);
  }
  return issues;
}

/** An empty mapping to start from when the server suggests none. */
export const EMPTY_MAPPING: ActualsMapping = { period: '', metrics: {} };

/** One CSV field, quoted when it must be; a leading =, +, - or @ is defused for spreadsheets. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let textValue = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(textValue)) textValue = `'${textValue}`;
  return /[",\n\r;]/.test(textValue) ? `"${textValue.replace(/"/g, '""')}"` : textValue;
}

/** Rows as CSV text (CRLF, with a BOM so spreadsheets read it as UTF-8). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

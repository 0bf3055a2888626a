import {
  type ActualsMapping,
  type ActualsProblem,
  isMetricId,
  MAX_ACTUALS_IMPORT_ROWS,
  suggestActualsMapping,
  validateActuals,
} from '@chorus/kpi-model';
import { readCsvTable, readXlsxTable, type TableRead } from '@chorus/media-plan-model/io';
import type { NetworkId } from '@chorus/post-model';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import { WorkLimiter } from '../../platform/files/index.js';
import { AccessService, type Principal } from '../access/index.js';
import { assertBrandActive, type BrandEntity } from '../brands/index.js';
import { EventLog } from '../events/index.js';
import { KpiImportMappingEntity } from './kpi.entities.js';
import { KpiSyncService } from './kpi-sync.service.js';
import { writeActuals } from './kpi-actuals.js';
import { actualsName, recordKpiEvent } from './kpi-events.js';

const MAX_COLUMNS = 64;

export interface ActualsImportRequest {
  /** Absent: the mapping suggested from the headers. */
  mapping: ActualsMapping | null;
  /** The network of the whole file, when it has no network column. */
  network: NetworkId | null;
  locale: string;
  dryRun: boolean;
}

/** What a dry run or an import answers. */
export interface ActualsImportReport {
  ok: boolean;
  applied: boolean;
  headers: string[];
  mapping: ActualsMapping | null;
  /** The network the headers name ("Facebook Page reach"), when the file has no column. */
  suggestedNetwork: string | null;
  currency: string;
  rows: number;
  errorRows: number;
  errorCount: number;
  problems: ActualsProblem[];
  /** Month totals written (or that would be). */
  actuals: number;
  /** Where the mapping came from: the request, the one saved for the network, or the headers. */
  mappingSource: 'given' | 'saved' | 'suggested';
}

const FILE_MESSAGES: Record<Exclude<TableRead, { ok: true }>['reason'], string> = {
  file_too_large: 'The file is larger than 10 MB.',
  file_empty: 'The file has no lines.',
  file_unreadable: 'The file cannot be read as this format; check that it is CSV or XLSX.',
  csv_malformed: 'A quoted field opened on this line is never closed.',
  too_many_rows: `The file has more than ${MAX_ACTUALS_IMPORT_ROWS} rows; split it.`,
  too_many_columns: `A line has more than ${MAX_COLUMNS} columns; check the delimiter.`,
};

/**
 * Imports actuals from a network's analytics export (CSV or XLSX): every row is checked
 * first (@chorus/kpi-model's validateActuals: a report naming each bad row and column),
 * and only a clean file is written, all of it in one transaction.
 */
@Injectable()
export class KpiImportService {
  private readonly files = new WorkLimiter(2);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly sync: KpiSyncService,
    private readonly events: EventLog,
  ) {}

  async authorize(principal: Principal, brandId: string): Promise<BrandEntity> {
    const { brand } = await this.access.authorizeBrand(principal, brandId, 'metrics.edit');
    assertBrandActive(brand);
    return brand;
  }

  async run(
    principal: Principal,
    brand: BrandEntity,
    format: 'csv' | 'xlsx',
    bytes: Uint8Array,
    request: ActualsImportRequest,
  ): Promise<ActualsImportReport> {
    return this.files.run(async () => {
      const currency = await this.sync.currencyOf(this.dataSource.manager, brand.id);
      const limits = { maxRecords: MAX_ACTUALS_IMPORT_ROWS + 1, maxFields: MAX_COLUMNS };
      const table =
        format === 'csv' ? readCsvTable(bytes, limits) : await readXlsxTable(bytes, limits);
      const empty = {
        applied: false,
        mapping: null,
        suggestedNetwork: null,
        currency,
        rows: 0,
        errorRows: 0,
        actuals: 0,
        mappingSource: 'suggested' as const,
      };
      if (!table.ok) {
        return {
          ...empty,
          ok: false,
          headers: [],
          errorCount: 1,
          problems: [
            {
              row: table.line,
              column: '',
              code: 'too_many_rows',
              message: FILE_MESSAGES[table.reason],
            },
          ],
        };
      }
      const [header, ...data] = table.records;
      const headers = header!.cells.map((cell) => (cell === null ? '' : String(cell).trim()));
      const suggested = suggestActualsMapping(headers);
      const network = request.network ?? suggested.network;
      const saved =
        request.mapping || !network ? null : await this.savedMapping(brand.id, network, headers);
      const mapping = request.mapping ?? saved ?? suggested.mapping;
      const mappingSource = request.mapping ? 'given' : saved ? 'saved' : 'suggested';
      if (!mapping) {
        return {
          ...empty,
          ok: false,
          headers,
          suggestedNetwork: suggested.network,
          errorCount: 1,
          problems: [
            {
              row: 1,
              column: '',
              code: 'column_missing',
              message: 'No column holds a date or month; map one.',
            },
          ],
        };
      }
      const [span] = await this.dataSource.query<Array<{ from: string | null; to: string | null }>>(
        `SELECT to_char(min(start_date), 'YYYY-MM') AS "from", to_char(max(deadline), 'YYYY-MM') AS "to"
           FROM kpis WHERE brand_id = $1 AND archived_at IS NULL`,
        [brand.id],
      );
      const result = validateActuals(header!, data, mapping, {
        network,
        currency,
        locale: request.locale,
        span: span?.from && span.to ? { from: span.from, to: span.to } : null,
        today: new Date().toISOString().slice(0, 10),
        guarded: table.guarded,
      });
      const report: ActualsImportReport = {
        ok: result.ok,
        applied: false,
        headers,
        mapping,
        suggestedNetwork: suggested.network,
        currency,
        rows: result.rows,
        errorRows: result.errorRows,
        errorCount: result.errorCount,
        problems: [...result.problems],
        actuals: result.actuals.length,
        mappingSource,
      };
      if (!result.ok || request.dryRun || result.actuals.length === 0) return report;
      const userId = principal.kind === 'user' ? principal.userId : null;
      await this.dataSource.transaction(async (manager) => {
        // The next file from this network's analytics is mapped the same way.
        if (network) {
          await manager.upsert(
            KpiImportMappingEntity,
            { brandId: brand.id, network, mapping: { ...mapping }, updatedAt: new Date() },
            ['brandId', 'network'],
          );
        }
        const cells = result.actuals.map((a) => ({
          network: a.network,
          metric: a.metric,
          periodKey: a.periodKey,
          postRef: a.post,
          value: a.value,
        }));
        const { written } = await writeActuals(manager, brand.id, userId, cells);
        await recordKpiEvent(this.events, manager, {
          type: 'kpi_actuals.imported',
          principal,
          brand,
          subject: { type: 'kpi_actuals', id: brand.id },
          data: { name: actualsName(cells), format, rows: result.rows, written },
        });
      });
      return { ...report, applied: true };
    });
  }

  /** The mapping saved for the network, when every column it names is in these headers. */
  private async savedMapping(
    brandId: string,
    network: string,
    headers: readonly string[],
  ): Promise<ActualsMapping | null> {
    const row = await this.dataSource.manager.findOneBy(KpiImportMappingEntity, {
      brandId,
      network,
    });
    if (!row) return null;
    let mapping: ActualsMapping;
    try {
      mapping = actualsMappingFrom(row.mapping);
    } catch {
      return null; // saved by an older release in another shape: suggest afresh
    }
    const present = new Set(headers.map((header) => header.toLowerCase()));
    const named = [mapping.period, mapping.network, mapping.post, mapping.currency]
      .concat(Object.values(mapping.metrics))
      .filter((header): header is string => typeof header === 'string' && header !== '');
    return named.every((header) => present.has(header.trim().toLowerCase())) ? mapping : null;
  }
}

/** The mapping query parameter: JSON `{ period, network?, post?, currency?, metrics: {…} }`. */
export function actualsMappingOf(value: unknown): ActualsMapping | null {
  if (value === undefined || value === '') return null;
  let parsed: unknown;
  try {
    parsed = typeof value === 'string' && value.length <= 8000 ? JSON.parse(value) : null;
  } catch {
    parsed = null;
  }
  return actualsMappingFrom(parsed);
}

/** A mapping from its JSON value (a request's, or one saved for a network); VALIDATION if malformed. */
function actualsMappingFrom(parsed: unknown): ActualsMapping {
  const object = parsed as Record<string, unknown> | null;
  const header = (v: unknown) =>
    v === undefined || v === null || (typeof v === 'string' && v.length <= 200);
  if (
    !object ||
    typeof object !== 'object' ||
    typeof object.period !== 'string' ||
    !header(object.network) ||
    !header(object.post) ||
    !header(object.currency) ||
    !object.metrics ||
    typeof object.metrics !== 'object'
  ) {
    throw AppError.validation(
      'mapping',
      'Send the mapping as JSON: { period, network?, post?, currency?, metrics }.',
    );
  }
  const metrics: Record<string, string> = {};
  for (const [metric, name] of Object.entries(object.metrics as Record<string, unknown>)) {
    if (!isMetricId(metric)) throw AppError.validation('mapping', `"${metric}" is not a metric.`);
    if (typeof name !== 'string' || name.length > 200)
      throw AppError.validation('mapping', `Map ${metric} to a column name.`);
    if (name !== '') metrics[metric] = name;
  }
  return {
    period: object.period,
    network: (object.network as string | null) ?? undefined,
    post: (object.post as string | null) ?? undefined,
    currency: (object.currency as string | null) ?? undefined,
    metrics,
  };
}

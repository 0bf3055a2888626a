import {
  type ActivityProblem,
  bestPostingSlots,
  readActivityGrid,
  WEEK_HOURS,
} from '@chorus/kpi-model';
import { readCsvTable, readXlsxTable } from '@chorus/media-plan-model/io';
import type { NetworkId } from '@chorus/post-model';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WorkLimiter } from '../../../platform/files/index.js';
import { AccessService, type Principal } from '../../access/index.js';
import { assertBrandActive, type BrandEntity } from '../../brands/index.js';
import { AudienceActivityEntity } from './audience-activity.entity.js';
import type { AudienceActivityModel } from './audience-activity.model.js';

/** Suggested slots per network. */
const SLOTS = 5;
/** An activity grid is a week of hours; a few spare rows and columns for headers and notes. */
const LIMITS = { maxRecords: WEEK_HOURS + 10, maxFields: 40 };

export interface ActivityImportReport {
  ok: boolean;
  applied: boolean;
  layout: 'wide' | 'long' | null;
  cells: number;
  errorCount: number;
  problems: ActivityProblem[];
}

/**
 * Audience-activity grids (weekday × hour, one per network) imported from the networks'
 * analytics, and the best posting hours read from them: the calendar suggests those slots.
 * Reading needs `metrics.read`; importing and clearing `metrics.edit`.
 */
@Injectable()
export class AudienceActivityService {
  private readonly files = new WorkLimiter(2);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(principal: Principal, brandId: string): Promise<AudienceActivityModel[]> {
    const { brand } = await this.access.authorizeBrand(principal, brandId, 'metrics.read');
    const rows = await this.dataSource.manager.find(AudienceActivityEntity, {
      where: { brandId: brand.id },
      order: { network: 'ASC' },
    });
    return rows.map((row) => ({
      network: row.network,
      grid: row.grid,
      bestSlots: bestPostingSlots(row.grid, SLOTS),
      updatedAt: row.updatedAt,
    }));
  }

  async authorizeImport(principal: Principal, brandId: string): Promise<BrandEntity> {
    const { brand } = await this.access.authorizeBrand(principal, brandId, 'metrics.edit');
    assertBrandActive(brand);
    return brand;
  }

  /** Checks a file and, unless a dry run or not clean, replaces the network's grid with it. */
  async import(
    principal: Principal,
    brand: BrandEntity,
    network: NetworkId,
    format: 'csv' | 'xlsx',
    bytes: Uint8Array,
    options: { locale: string; dryRun: boolean },
  ): Promise<ActivityImportReport> {
    return this.files.run(async () => {
      const table =
        format === 'csv' ? readCsvTable(bytes, LIMITS) : await readXlsxTable(bytes, LIMITS);
      if (!table.ok) {
        const message =
          table.reason === 'too_many_rows' || table.reason === 'too_many_columns'
            ? 'An activity grid has 7 weekday rows and 24 hour columns, or 168 Day/Hour/value rows.'
            : 'The file cannot be read as this format; check that it is CSV or XLSX.';
        return {
          ok: false,
          applied: false,
          layout: null,
          cells: 0,
          errorCount: 1,
          problems: [{ row: table.line, column: '', code: 'layout_unknown', message }],
        };
      }
      const [header, ...records] = table.records;
      const result = readActivityGrid(header!, records, options.locale);
      if (!result.ok) {
        return {
          ok: false,
          applied: false,
          layout: null,
          cells: 0,
          errorCount: result.errorCount,
          problems: result.problems,
        };
      }
      const report = {
        ok: true,
        applied: false,
        layout: result.layout,
        cells: result.cells,
        errorCount: 0,
        problems: [],
      };
      if (options.dryRun) return report;
      await this.dataSource.manager.upsert(
        AudienceActivityEntity,
        {
          brandId: brand.id,
          network,
          grid: result.grid,
          updatedBy: principal.kind === 'user' ? principal.userId : null,
          updatedAt: new Date(),
        },
        ['brandId', 'network'],
      );
      return { ...report, applied: true };
    });
  }

  /** Removes a network's grid; answers whether there was one. */
  async clear(principal: Principal, brandId: string, network: string): Promise<boolean> {
    const brand = await this.authorizeImport(principal, brandId);
    const result = await this.dataSource.manager.delete(AudienceActivityEntity, {
      brandId: brand.id,
      network,
    });
    return (result.affected ?? 0) > 0;
  }
}

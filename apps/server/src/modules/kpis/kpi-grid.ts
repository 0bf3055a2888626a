import { Injectable } from '@nestjs/common';
import { Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '../../platform/errors/index.js';
import { AccessService, type Principal } from '../access/index.js';
import { assertBrandActive } from '../brands/index.js';
import { EventLog } from '../events/index.js';
import { checkActualCells } from './kpi-actuals.js';
import { actualsName, recordKpiEvent } from './kpi-events.js';
import { checkMonth, checkNetwork } from './kpi-rules.js';

/**
 * The co-edited actuals grid (docs/adr/0039): each cell is saved on its own with the value
 * its editor started from, and a save whose start is no longer the stored value is refused
 * with CONFLICT (reason ACTUAL_CHANGED) naming the cell and what it holds now, changing
 * nothing. Every save records `kpi_actuals.entered`, which the live channel carries to the
 * other open grids of the brand (they refetch `kpiActualGrid`).
 */

@ObjectType('KpiGridCell', { description: 'A cell of the actuals grid as stored now' })
export class KpiGridCellModel {
  @Field()
  network: string;

  @Field()
  metric: string;

  @Field({ description: 'yyyy-mm' })
  periodKey: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Money in minor units of the plan currency; null when the cell is empty',
  })
  value: number | null;

  @Field(() => ID, { nullable: true, description: 'Who saved it last (null: an import or script)' })
  updatedById: string | null;

  @Field(() => String, { nullable: true })
  updatedByName: string | null;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;
}

@InputType({ description: 'One grid cell saved on its own, guarded by the value it started from' })
export class SetKpiActualInput {
  @Field(() => ID)
  brandId: string;

  @Field()
  network: string;

  @Field()
  metric: string;

  @Field({ description: 'yyyy-mm' })
  periodKey: string;

  @Field(() => Float, { nullable: true, description: 'The new value; null clears the cell' })
  value: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The value the editor started from (null: the cell was empty)',
  })
  expected: number | null;
}

interface CellRow {
  network: string;
  metric: string;
  period_key: string;
  value: number;
  updated_by: string | null;
  updated_by_name: string | null;
  updated_at: Date;
}

const CELL_COLUMNS = `a.network, a.metric, a.period_key, a.value, a.updated_by,
  u.display_name AS updated_by_name, a.updated_at`;

function toCell(row: CellRow): KpiGridCellModel {
  return {
    network: row.network,
    metric: row.metric,
    periodKey: row.period_key,
    value: row.value,
    updatedById: row.updated_by,
    updatedByName: row.updated_by_name,
    updatedAt: row.updated_at,
  };
}

/** Most months one grid read spans. */
export const MAX_GRID_MONTHS = 36;

@Injectable()
export class KpiGridService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: EventLog,
  ) {}

  /** The account cells (no post) of one network over a span of months: one statement. */
  async cells(
    principal: Principal,
    query: { brandId: string; network: string; from: string; to: string },
  ): Promise<KpiGridCellModel[]> {
    await this.access.authorizeBrand(principal, query.brandId, 'metrics.read');
    checkNetwork(query.network);
    checkMonth(query.from, 'from');
    checkMonth(query.to, 'to');
    if (query.from > query.to)
      throw AppError.validation('to', 'The last month is before the first.');
    if (monthsApart(query.from, query.to) >= MAX_GRID_MONTHS) {
      throw AppError.validation('to', `At most ${MAX_GRID_MONTHS} months at once.`);
    }
    const rows = await this.dataSource.query<CellRow[]>(
      `SELECT ${CELL_COLUMNS} FROM kpi_actuals a LEFT JOIN users u ON u.id = a.updated_by
        WHERE a.brand_id = $1 AND a.network = $2 AND a.post_ref = '' AND a.period_key BETWEEN $3 AND $4
        ORDER BY a.metric, a.period_key`,
      [query.brandId, query.network, query.from, query.to],
    );
    return rows.map(toCell);
  }

  /**
   * Saves one cell if it still holds `expected`; otherwise CONFLICT with the current cell.
   * Saving the value the cell already holds succeeds without a change (a retried save whose
   * answer was lost is not a conflict) and records nothing.
   */
  async set(principal: Principal, input: SetKpiActualInput): Promise<KpiGridCellModel> {
    const { brand } = await this.access.authorizeBrand(principal, input.brandId, 'metrics.edit');
    assertBrandActive(brand);
    const cell = {
      network: input.network,
      metric: input.metric,
      periodKey: input.periodKey,
      value: input.value,
    };
    checkActualCells([cell]);
    const userId = principal.kind === 'user' ? principal.userId : null;
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockCell(manager, brand.id, cell);
      const now = current?.value ?? null;
      if (now === input.value) return current ? toCell(current) : emptyCell(cell);
      if (now !== (input.expected ?? null)) throw changedConflict(cell, current);
      if (input.value === null) {
        await manager.query(
          `DELETE FROM kpi_actuals WHERE brand_id = $1 AND network = $2 AND metric = $3
             AND period_key = $4 AND post_ref = ''`,
          [brand.id, cell.network, cell.metric, cell.periodKey],
        );
      } else if (current) {
        await manager.query(
          `UPDATE kpi_actuals SET value = $5, updated_by = $6, updated_at = now()
            WHERE brand_id = $1 AND network = $2 AND metric = $3 AND period_key = $4 AND post_ref = ''`,
          [brand.id, cell.network, cell.metric, cell.periodKey, input.value, userId],
        );
      } else {
        // Nothing to lock when the cell is empty: of two first saves, the second inserts nothing.
        const inserted = await manager.query<unknown[]>(
          `INSERT INTO kpi_actuals (brand_id, network, metric, period_key, post_ref, value, updated_by)
           VALUES ($1, $2, $3, $4, '', $5, $6) ON CONFLICT DO NOTHING RETURNING id`,
          [brand.id, cell.network, cell.metric, cell.periodKey, input.value, userId],
        );
        if (inserted.length === 0) {
          throw changedConflict(cell, await this.lockCell(manager, brand.id, cell));
        }
      }
      const cleared = input.value === null ? 1 : 0;
      await recordKpiEvent(this.events, manager, {
        type: 'kpi_actuals.entered',
        principal,
        brand,
        subject: { type: 'kpi_actuals', id: brand.id },
        data: {
          name: actualsName([cell]),
          via: 'grid',
          written: 1 - cleared,
          cleared,
          cell: { network: cell.network, metric: cell.metric, periodKey: cell.periodKey },
        },
      });
      const saved = await this.lockCell(manager, brand.id, cell);
      return saved ? toCell(saved) : emptyCell(cell);
    });
  }

  private async lockCell(
    manager: EntityManager,
    brandId: string,
    cell: { network: string; metric: string; periodKey: string },
  ): Promise<CellRow | null> {
    const [row] = await manager.query<CellRow[]>(
      `SELECT ${CELL_COLUMNS} FROM kpi_actuals a LEFT JOIN users u ON u.id = a.updated_by
        WHERE a.brand_id = $1 AND a.network = $2 AND a.metric = $3 AND a.period_key = $4
          AND a.post_ref = '' FOR UPDATE OF a`,
      [brandId, cell.network, cell.metric, cell.periodKey],
    );
    return row ?? null;
  }
}

function emptyCell(cell: { network: string; metric: string; periodKey: string }) {
  return { ...cell, value: null, updatedById: null, updatedByName: null, updatedAt: null };
}

/** CONFLICT naming the cell and what it holds now (`extensions.current`, null: empty). */
function changedConflict(
  cell: { network: string; metric: string; periodKey: string },
  current: CellRow | null,
): AppError {
  const now = current ? String(current.value) : 'empty';
  return new AppError(
    ErrorCode.CONFLICT,
    `${cell.network} · ${cell.metric} · ${cell.periodKey} was changed meanwhile; it is now ${now}.`,
    {
      field: 'value',
      details: {
        reason: 'ACTUAL_CHANGED',
        cell: { network: cell.network, metric: cell.metric, periodKey: cell.periodKey },
        current: current?.value ?? null,
        updatedByName: current?.updated_by_name ?? null,
      },
    },
  );
}

function monthsApart(from: string, to: string): number {
  const [fy = 0, fm = 0] = from.split('-').map(Number);
  const [ty = 0, tm = 0] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm);
}

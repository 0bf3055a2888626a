import {
  isPeriodKind,
  METRICS,
  targetsFromPlan,
  unitOf,
  validateTargets,
  type KpiMetric,
  type PeriodKind,
} from '@chorus/kpi-model';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import { AccessService, type Principal } from '../access/index.js';
import { assertBrandActive, type BrandEntity } from '../brands/index.js';
import { EventLog } from '../events/index.js';
import type {
  CreateKpiInput,
  KpiInput,
  SetKpiTargetsInput,
  UpsertKpiActualsInput,
} from './kpi.model.js';
import type { KpiModel } from './kpi.model.js';
import { checkActualCells, writeActuals } from './kpi-actuals.js';
import { actualsName, recordKpiEvent } from './kpi-events.js';
import {
  checkDate,
  checkMetric,
  checkNetwork,
  checkNumber,
  KPI_COLUMNS,
  KPI_TARGETS_JSON,
  type KpiRow,
  toKpiModel,
} from './kpi-rules.js';
import { KpiSyncService } from './kpi-sync.service.js';

const FIELDS_FROM_GOAL = ['name', 'metric', 'baseline', 'target', 'deadline'] as const;

/** KPIs of a brand: custom ones, targets, and actuals entered in the grid. */
@Injectable()
export class KpisService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly sync: KpiSyncService,
    private readonly events: EventLog,
  ) {}

  async list(principal: Principal, brandId: string, archived = false): Promise<KpiModel[]> {
    await this.access.authorizeBrand(principal, brandId, 'metrics.read');
    const rows = await this.dataSource.query<KpiRow[]>(
      `SELECT ${KPI_COLUMNS}, ${KPI_TARGETS_JSON} FROM kpis k
        WHERE k.brand_id = $1 AND (k.archived_at IS NOT NULL) = $2 ORDER BY k.created_at, k.id`,
      [brandId, archived],
    );
    return rows.map((row) => toKpiModel(row));
  }

  /** Reads the brand's strategies now and brings goal KPIs in line (the job does it after edits). */
  async syncFromGoals(principal: Principal, brandId: string): Promise<KpiModel[]> {
    const { brand } = await this.access.authorizeBrand(principal, brandId, 'metrics.edit');
    assertBrandActive(brand);
    await this.sync.syncGoals(brandId, 'all');
    return this.list(principal, brandId);
  }

  async create(principal: Principal, input: CreateKpiInput): Promise<KpiModel> {
    const { brand } = await this.access.authorizeBrand(principal, input.brandId, 'metrics.edit');
    assertBrandActive(brand);
    const name = (input.name ?? '').trim();
    if (name === '' || name.length > 300) {
      throw AppError.validation('name', 'Give the KPI a name of at most 300 characters.');
    }
    if (!input.metric) throw AppError.validation('metric', 'Choose a metric.');
    this.checkInput(input);
    const metric = input.metric as KpiMetric;
    const currency = await this.sync.currencyOf(this.dataSource.manager, brand.id);
    const unit = unitOf(metric, currency);
    const id = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO kpis (brand_id, name, metric, unit, currency, direction, network, baseline,
              target, start_date, deadline, period_kind, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, COALESCE($10::date, CURRENT_DATE), $11, $12, $13)
       RETURNING id`,
        [
          brand.id,
          name,
          metric,
          unit.kind,
          unit.kind === 'money' ? currency : null,
          input.direction ?? METRICS[metric].direction,
          input.network ?? null,
          input.baseline ?? null,
          input.target ?? null,
          input.startDate ?? null,
          input.deadline ?? null,
          input.periodKind ?? 'month',
          principal.kind === 'user' ? principal.userId : null,
        ],
      );
      await recordKpiEvent(this.events, manager, {
        type: 'kpi.created',
        principal,
        brand,
        subject: { type: 'kpi', id: row!.id },
        data: { name, metric },
      });
      return row!.id;
    });
    return this.one(id);
  }

  async update(principal: Principal, kpiId: string, input: KpiInput): Promise<KpiModel> {
    const { kpi, brand } = await this.authorizeKpi(principal, kpiId);
    if (kpi.goal_id) {
      const fromGoal = FIELDS_FROM_GOAL.find((field) => input[field] !== undefined);
      if (fromGoal) {
        throw AppError.validation(
          fromGoal,
          'This KPI follows a SMART goal: change the goal card in the strategy.',
        );
      }
    }
    this.checkInput(input);
    if (input.name !== undefined && (input.name.trim() === '' || input.name.length > 300)) {
      throw AppError.validation('name', 'Give the KPI a name of at most 300 characters.');
    }
    await this.dataSource.transaction(async (manager) => {
      // The row as it is now, held until commit: two edits never mix their fields.
      const [locked] = await manager.query<KpiRow[]>(
        `SELECT ${KPI_COLUMNS}, NULL AS stored_targets FROM kpis k WHERE k.id = $1 FOR UPDATE`,
        [kpi.id],
      );
      if (!locked) throw AppError.notFound('The KPI');
      const metric = (input.metric ?? locked.metric) as KpiMetric;
      const currency = locked.currency ?? (await this.sync.currencyOf(manager, locked.brand_id));
      const unit = unitOf(metric, currency);
      const next = {
        name: input.name?.trim() ?? locked.name,
        metric,
        unit: unit.kind,
        currency: unit.kind === 'money' ? currency : null,
        direction: input.direction ?? (input.metric ? METRICS[metric].direction : locked.direction),
        network: input.network === undefined ? locked.network : input.network,
        baseline: input.baseline === undefined ? locked.baseline : input.baseline,
        target: input.target === undefined ? locked.target : input.target,
        start_date: input.startDate ?? locked.start_date,
        deadline: input.deadline === undefined ? locked.deadline : input.deadline,
        period_kind: input.periodKind ?? locked.period_kind,
      };
      const fields = (Object.keys(next) as (keyof typeof next)[]).filter(
        (field) => next[field] !== locked[field],
      );
      if (fields.length === 0) return;
      await manager.query(
        `UPDATE kpis SET name = $2, metric = $3, unit = $4, currency = $5, direction = $6, network = $7,
                baseline = $8, target = $9, start_date = $10, deadline = $11, period_kind = $12,
                updated_at = now()
          WHERE id = $1`,
        [
          kpi.id,
          next.name,
          next.metric,
          next.unit,
          next.currency,
          next.direction,
          next.network,
          next.baseline,
          next.target,
          next.start_date,
          next.deadline,
          next.period_kind,
        ],
      );
      if (next.period_kind !== locked.period_kind) {
        // Typed targets were of the old period kind.
        await manager.query('DELETE FROM kpi_targets WHERE kpi_id = $1', [kpi.id]);
        await manager.query(`UPDATE kpis SET target_mode = 'linear' WHERE id = $1`, [kpi.id]);
      }
      const single = fields.length === 1 ? fields[0]! : null;
      await recordKpiEvent(this.events, manager, {
        type: 'kpi.updated',
        principal,
        brand,
        subject: { type: 'kpi', id: kpi.id },
        data: {
          name: locked.name,
          fields,
          ...(single ? { before: locked[single], after: next[single] } : {}),
        },
      });
    });
    return this.one(kpi.id);
  }

  async archive(principal: Principal, kpiId: string, archived: boolean): Promise<KpiModel> {
    const { kpi, brand } = await this.authorizeKpi(principal, kpiId);
    await this.dataSource.transaction(async (manager) => {
      // A statement, not a bare UPDATE: TypeORM answers an UPDATE's RETURNING as [rows, count].
      const changed = await manager.query<unknown[]>(
        `WITH changed AS (
           UPDATE kpis SET archived_at = CASE WHEN $2 THEN now() END
            WHERE id = $1 AND (archived_at IS NOT NULL) <> $2 RETURNING id)
         SELECT id FROM changed`,
        [kpi.id, archived],
      );
      if (changed.length === 0) return; // already so: nothing to record
      await recordKpiEvent(this.events, manager, {
        type: archived ? 'kpi.archived' : 'kpi.restored',
        principal,
        brand,
        subject: { type: 'kpi', id: kpi.id },
        data: { name: kpi.name },
      });
    });
    return this.one(kpi.id);
  }

  async setTargets(principal: Principal, input: SetKpiTargetsInput): Promise<KpiModel> {
    const { kpi, brand } = await this.authorizeKpi(principal, input.kpiId);
    const kind = kpi.period_kind as PeriodKind;
    let targets: { periodKey: string; value: number }[] = [];
    if (input.mode === 'manual') {
      targets = input.targets ?? [];
      if (targets.length > 600) throw AppError.validation('targets', 'At most 600 targets.');
      const problems = validateTargets(targets, {
        kind,
        start: kpi.start_date,
        deadline: kpi.deadline ?? '2999-12-31',
        capped100: METRICS[kpi.metric as KpiMetric]?.capped100 ?? false,
      });
      if (problems.length > 0) {
        const [first] = problems;
        throw AppError.validation(
          `targets.${first!.index}`,
          `${first!.periodKey}: ${first!.error.replace(/_/g, ' ')}` +
            (problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''),
        );
      }
    } else if (input.mode === 'media_plan') {
      if (!kpi.goal_id)
        throw AppError.validation('mode', 'Only a KPI from a goal has plan targets.');
      const cells = await this.dataSource.query<
        Array<{
          row_id: string;
          goal_id: string;
          period_key: string;
          quantity: number;
          budget: string;
        }>
      >(
        'SELECT row_id, goal_id, period_key, quantity, budget FROM kpi_plan_cells WHERE brand_id = $1 AND goal_id = $2',
        [kpi.brand_id, kpi.goal_id],
      );
      const rows = new Map<
        string,
        { goalId: string; cells: Record<string, { budget: number; quantity: number }> }
      >();
      for (const cell of cells) {
        const row = rows.get(cell.row_id) ?? { goalId: cell.goal_id, cells: {} };
        row.cells[cell.period_key] = { budget: Number(cell.budget), quantity: cell.quantity };
        rows.set(cell.row_id, row);
      }
      targets = targetsFromPlan([...rows.values()], kpi.goal_id, kind);
      if (targets.length === 0) {
        throw AppError.validation(
          'mode',
          'No media-plan row linked to this goal has a planned quantity.',
        );
      }
    } else if (input.mode !== 'linear') {
      throw AppError.validation('mode', 'Choose linear, manual or media_plan.');
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM kpi_targets WHERE kpi_id = $1', [kpi.id]);
      if (targets.length > 0) {
        await manager.query(
          `INSERT INTO kpi_targets (kpi_id, period_key, value)
           SELECT $1, t."periodKey", t.value FROM jsonb_to_recordset($2::jsonb) AS t("periodKey" text, value float8)`,
          [kpi.id, JSON.stringify(targets)],
        );
      }
      await manager.query('UPDATE kpis SET target_mode = $2, updated_at = now() WHERE id = $1', [
        kpi.id,
        input.mode,
      ]);
      await recordKpiEvent(this.events, manager, {
        type: 'kpi.targets_set',
        principal,
        brand,
        subject: { type: 'kpi', id: kpi.id },
        data: {
          name: kpi.name,
          before: kpi.target_mode,
          after: input.mode,
          periods: targets.length,
        },
      });
    });
    return this.one(kpi.id);
  }

  /** Grid cells (or an API script's): each written (value) or cleared (null), all or none. */
  async upsertActuals(
    principal: Principal,
    input: UpsertKpiActualsInput,
    via: 'grid' | 'api' = 'grid',
  ): Promise<{ written: number; cleared: number }> {
    const { brand } = await this.access.authorizeBrand(principal, input.brandId, 'metrics.edit');
    assertBrandActive(brand);
    checkActualCells(input.cells);
    const userId = principal.kind === 'user' ? principal.userId : null;
    return this.dataSource.transaction(async (manager) => {
      const result = await writeActuals(manager, brand.id, userId, input.cells);
      if (input.cells.length > 0) {
        await recordKpiEvent(this.events, manager, {
          type: 'kpi_actuals.entered',
          principal,
          brand,
          subject: { type: 'kpi_actuals', id: brand.id },
          data: { name: actualsName(input.cells), via, ...result },
        });
      }
      return result;
    });
  }

  private checkInput(input: KpiInput): void {
    if (input.metric !== undefined) checkMetric(input.metric);
    if (
      input.direction !== undefined &&
      input.direction !== 'higher' &&
      input.direction !== 'lower'
    ) {
      throw AppError.validation('direction', 'Choose higher or lower.');
    }
    if (input.periodKind !== undefined && !isPeriodKind(input.periodKind)) {
      throw AppError.validation('periodKind', 'Choose month, week or quarter.');
    }
    checkNetwork(input.network);
    checkNumber(input.baseline, 'baseline');
    checkNumber(input.target, 'target');
    checkDate(input.startDate, 'startDate');
    checkDate(input.deadline, 'deadline');
    if (input.startDate && input.deadline && input.deadline < input.startDate) {
      throw AppError.validation('deadline', 'The deadline is before the start.');
    }
  }

  private async authorizeKpi(
    principal: Principal,
    kpiId: string,
  ): Promise<{ kpi: KpiRow; brand: BrandEntity }> {
    const kpi = /^[0-9a-f-]{36}$/i.test(kpiId) ? await this.row(kpiId) : null;
    if (!kpi) {
      if (principal.kind !== 'user') throw AppError.unauthenticated();
      throw AppError.notFound('The KPI');
    }
    const { brand } = await this.access.authorizeBrand(principal, kpi.brand_id, 'metrics.edit');
    assertBrandActive(brand);
    return { kpi, brand };
  }

  private async row(kpiId: string): Promise<KpiRow | null> {
    const [row] = await this.dataSource.query<KpiRow[]>(
      `SELECT ${KPI_COLUMNS}, ${KPI_TARGETS_JSON} FROM kpis k WHERE k.id = $1`,
      [kpiId],
    );
    return row ?? null;
  }

  private async one(kpiId: string): Promise<KpiModel> {
    const row = await this.row(kpiId);
    if (!row) throw AppError.notFound('The KPI');
    return toKpiModel(row);
  }
}

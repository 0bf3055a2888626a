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
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import { AccessService, type Principal } from '../access/index.js';
import { assertBrandActive } from '../brands/index.js';
import type {
  CreateKpiInput,
  KpiInput,
  SetKpiTargetsInput,
  UpsertKpiActualsInput,
} from './kpi.model.js';
import type { KpiModel } from './kpi.model.js';
import {
  actualProblem,
  checkDate,
  checkMetric,
  checkMonth,
  checkNetwork,
  checkNumber,
  checkStoredMetric,
  KPI_COLUMNS,
  KPI_TARGETS_JSON,
  type KpiRow,
  toKpiModel,
} from './kpi-rules.js';
import { KpiSyncService } from './kpi-sync.service.js';

/** Most grid cells one upsert may carry. */
export const MAX_ACTUAL_CELLS = 5000;
const FIELDS_FROM_GOAL = ['name', 'metric', 'baseline', 'target', 'deadline'] as const;

/** KPIs of a brand: custom ones, targets, and actuals entered in the grid. */
@Injectable()
export class KpisService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly sync: KpiSyncService,
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
    await this.sync.syncGoals(brandId);
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
    const [row] = await this.dataSource.query<Array<{ id: string }>>(
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
    return this.one(row!.id);
  }

  async update(principal: Principal, kpiId: string, input: KpiInput): Promise<KpiModel> {
    const kpi = await this.authorizeKpi(principal, kpiId);
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
    const metric = (input.metric ?? kpi.metric) as KpiMetric;
    const currency =
      kpi.currency ?? (await this.sync.currencyOf(this.dataSource.manager, kpi.brand_id));
    const unit = unitOf(metric, currency);
    await this.dataSource.query(
      `UPDATE kpis SET name = $2, metric = $3, unit = $4, currency = $5, direction = $6, network = $7,
              baseline = $8, target = $9, start_date = $10, deadline = $11, period_kind = $12,
              updated_at = now()
        WHERE id = $1`,
      [
        kpi.id,
        input.name?.trim() ?? kpi.name,
        metric,
        unit.kind,
        unit.kind === 'money' ? currency : null,
        input.direction ?? (input.metric ? METRICS[metric].direction : kpi.direction),
        input.network === undefined ? kpi.network : input.network,
        input.baseline === undefined ? kpi.baseline : input.baseline,
        input.target === undefined ? kpi.target : input.target,
        input.startDate ?? kpi.start_date,
        input.deadline === undefined ? kpi.deadline : input.deadline,
        input.periodKind ?? kpi.period_kind,
      ],
    );
    if (input.periodKind && input.periodKind !== kpi.period_kind) {
      // Typed targets were of the old period kind.
      await this.dataSource.query('DELETE FROM kpi_targets WHERE kpi_id = $1', [kpi.id]);
      await this.dataSource.query(`UPDATE kpis SET target_mode = 'linear' WHERE id = $1`, [kpi.id]);
    }
    return this.one(kpi.id);
  }

  async archive(principal: Principal, kpiId: string, archived: boolean): Promise<KpiModel> {
    const kpi = await this.authorizeKpi(principal, kpiId);
    await this.dataSource.query(
      `UPDATE kpis SET archived_at = CASE WHEN $2 THEN COALESCE(archived_at, now()) END WHERE id = $1`,
      [kpi.id, archived],
    );
    return this.one(kpi.id);
  }

  async setTargets(principal: Principal, input: SetKpiTargetsInput): Promise<KpiModel> {
    const kpi = await this.authorizeKpi(principal, input.kpiId);
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
    });
    return this.one(kpi.id);
  }

  /** Grid cells: each written (value) or cleared (null), all or none. */
  async upsertActuals(
    principal: Principal,
    input: UpsertKpiActualsInput,
  ): Promise<{ written: number; cleared: number }> {
    const { brand } = await this.access.authorizeBrand(principal, input.brandId, 'metrics.edit');
    assertBrandActive(brand);
    if (input.cells.length > MAX_ACTUAL_CELLS) {
      throw AppError.validation('cells', `At most ${MAX_ACTUAL_CELLS} cells at once.`);
    }
    const seen = new Set<string>();
    input.cells.forEach((cell, index) => {
      checkNetwork(cell.network, `cells.${index}.network`);
      checkStoredMetric(cell.metric, `cells.${index}.metric`);
      checkMonth(cell.periodKey, `cells.${index}.periodKey`);
      if ((cell.postRef ?? '').length > 500)
        throw AppError.validation(`cells.${index}.postRef`, 'At most 500 characters.');
      if (cell.value !== null) {
        const problem = actualProblem(cell.metric, cell.value);
        if (problem)
          throw AppError.validation(`cells.${index}.value`, `${cell.metric}: ${problem}.`);
      }
      const key = `${cell.network}|${cell.metric}|${cell.periodKey}|${cell.postRef ?? ''}`;
      if (seen.has(key)) throw AppError.validation(`cells.${index}`, 'The same cell twice.');
      seen.add(key);
    });
    const userId = principal.kind === 'user' ? principal.userId : null;
    return this.dataSource.transaction((manager) =>
      writeActuals(manager, brand.id, userId, input.cells),
    );
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

  private async authorizeKpi(principal: Principal, kpiId: string): Promise<KpiRow> {
    const kpi = /^[0-9a-f-]{36}$/i.test(kpiId) ? await this.row(kpiId) : null;
    if (!kpi) {
      if (principal.kind !== 'user') throw AppError.unauthenticated();
      throw AppError.notFound('The KPI');
    }
    const { brand } = await this.access.authorizeBrand(principal, kpi.brand_id, 'metrics.edit');
    assertBrandActive(brand);
    return kpi;
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

/** Writes and clears actuals in one statement each (the caller's transaction). */
export async function writeActuals(
  manager: EntityManager,
  brandId: string,
  userId: string | null,
  cells: readonly {
    network: string;
    metric: string;
    periodKey: string;
    postRef?: string | null;
    value: number | null;
  }[],
): Promise<{ written: number; cleared: number }> {
  const writes = cells
    .filter((c) => c.value !== null)
    .map((c) => ({ n: c.network, m: c.metric, p: c.periodKey, r: c.postRef ?? '', v: c.value }));
  const clears = cells
    .filter((c) => c.value === null)
    .map((c) => ({ n: c.network, m: c.metric, p: c.periodKey, r: c.postRef ?? '' }));
  for (let i = 0; i < writes.length; i += 5000) {
    await manager.query(
      `INSERT INTO kpi_actuals (brand_id, network, metric, period_key, post_ref, value, updated_by)
       SELECT $1, a.n, a.m, a.p, a.r, a.v, $3 FROM jsonb_to_recordset($2::jsonb) AS a(n text, m text, p text, r text, v float8)
       ON CONFLICT (brand_id, network, metric, period_key, post_ref)
       DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [brandId, JSON.stringify(writes.slice(i, i + 5000)), userId],
    );
  }
  if (clears.length > 0) {
    await manager.query(
      `DELETE FROM kpi_actuals k USING jsonb_to_recordset($2::jsonb) AS a(n text, m text, p text, r text)
        WHERE k.brand_id = $1 AND k.network = a.n AND k.metric = a.m AND k.period_key = a.p AND k.post_ref = a.r`,
      [brandId, JSON.stringify(clears)],
    );
  }
  return { written: writes.length, cleared: clears.length };
}

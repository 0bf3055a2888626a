import { METRICS, metricFromText, unitOf } from '@chorus/kpi-model';
import { DEFAULT_CURRENCY, readPlan } from '@chorus/media-plan-model';
import { extractGoals, parseTarget, STRATEGY_FRAGMENT } from '@chorus/strategy-model';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { ROOT_LOGGER } from '../../platform/logging/index.js';
import { JobQueue } from '../../platform/jobs/index.js';
import { DocumentEditor } from '../../collaboration/index.js';
import { DocumentActivity, type DocumentEdited } from '../documents/index.js';

export const KPI_SYNC_QUEUE = 'kpi-sync';
/** How long after an edit the sync runs: a burst of keystrokes makes one sync. */
const SETTLE_SECONDS = 1;

/**
 * Keeps what KPIs read from documents in step with them (docs/adr/0032): after the edits
 * of a strategy settle, its SMART goal cards are read and the brand's goal KPIs created,
 * updated or marked "goal removed" (never deleted); after the edits of a media plan settle,
 * its cells are mirrored into kpi_plan_cells (planned spend and quantities for the
 * dashboard). The job is durable (the job queue), so a crash only delays it; running it
 * twice is harmless.
 */
@Injectable()
export class KpiSyncService implements OnModuleDestroy {
  private readonly queued = new Map<string, number>();
  private readonly stopListening: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly editor: DocumentEditor,
    private readonly jobs: JobQueue,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    activity: DocumentActivity,
  ) {
    jobs.register(KPI_SYNC_QUEUE, (data) =>
      this.syncDocument((data as { documentId: string }).documentId),
    );
    this.stopListening = activity.onEdited((edit) => this.onEdited(edit));
  }

  onModuleDestroy(): void {
    this.stopListening();
  }

  private onEdited({ documentId }: DocumentEdited): void {
    const now = Date.now();
    const due = this.queued.get(documentId);
    if (due !== undefined && now < due - 200) return;
    this.queued.set(documentId, now + SETTLE_SECONDS * 1000);
    if (this.queued.size > 10_000) this.queued.clear();
    this.jobs
      .send(KPI_SYNC_QUEUE, { documentId }, { startAfterSeconds: SETTLE_SECONDS })
      .catch((error: unknown) => {
        this.queued.delete(documentId);
        this.logger.warn({ err: error, documentId }, 'KPI sync not queued');
      });
  }

  /** Syncs whatever a strategy or media plan gives KPIs; other documents are ignored. */
  async syncDocument(documentId: string): Promise<void> {
    const [document] = await this.dataSource.query<
      Array<{ brand_id: string; kind: string; archived_at: Date | null }>
    >('SELECT brand_id, kind, archived_at FROM documents WHERE id = $1', [documentId]);
    if (!document) return;
    if (document.kind === 'strategy') await this.syncGoals(document.brand_id);
    else if (document.kind === 'media_plan') await this.mirrorPlan(documentId, document.brand_id);
  }

  /**
   * Reads the goals of every active strategy of the brand and brings its goal KPIs in
   * line: a new goal creates a KPI, a changed goal updates its name, metric, baseline,
   * target and deadline, a goal gone from every strategy marks its KPI `goal_removed_at`
   * (a goal that comes back clears it). Custom KPIs are never touched.
   */
  async syncGoals(brandId: string): Promise<void> {
    const strategies = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM documents WHERE brand_id = $1 AND kind = 'strategy' AND archived_at IS NULL
        ORDER BY created_at`,
      [brandId],
    );
    const goals = new Map<
      string,
      { documentId: string; goal: ReturnType<typeof extractGoals>[number] }
    >();
    for (const { id } of strategies) {
      const doc = await this.editor.read(id);
      try {
        for (const goal of extractGoals(doc.getXmlFragment(STRATEGY_FRAGMENT))) {
          if (!goals.has(goal.id)) goals.set(goal.id, { documentId: id, goal });
        }
      } finally {
        doc.destroy();
      }
    }
    await this.dataSource.transaction(async (manager) => {
      const currency = await this.currencyOf(manager, brandId);
      const existing = await manager.query<
        Array<{ id: string; goal_id: string; goal_removed_at: Date | null }>
      >(
        'SELECT id, goal_id, goal_removed_at FROM kpis WHERE brand_id = $1 AND goal_id IS NOT NULL FOR UPDATE',
        [brandId],
      );
      const known = new Map(existing.map((row) => [row.goal_id, row]));
      for (const [goalId, { documentId, goal }] of goals) {
        const metric = metricFromText(goal.metric) ?? 'followers';
        const info = METRICS[metric];
        const unit = unitOf(metric, currency);
        const values = [
          goal.statement.slice(0, 300) || goal.metric.slice(0, 300) || goalId,
          metric,
          unit.kind,
          unit.kind === 'money' ? currency : null,
          info.direction,
          parseTarget(goal.baseline),
          goal.targetValue,
          goal.deadline || null,
          documentId,
        ];
        const row = known.get(goalId);
        if (row) {
          await manager.query(
            `UPDATE kpis SET name = $2, metric = $3, unit = $4, currency = $5, direction = $6,
                    baseline = $7, target = $8, deadline = $9, strategy_document_id = $10,
                    goal_removed_at = NULL, updated_at = now()
              WHERE id = $1 AND (name, metric, unit, currency, direction, baseline, target, deadline,
                    strategy_document_id, goal_removed_at) IS DISTINCT FROM
                    ($2, $3, $4, $5, $6, $7::float8, $8::float8, $9::date, $10::uuid, NULL::timestamptz)`,
            [row.id, ...values],
          );
        } else {
          await manager.query(
            `INSERT INTO kpis (brand_id, goal_id, name, metric, unit, currency, direction, baseline,
                    target, deadline, strategy_document_id, start_date)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CURRENT_DATE)
             ON CONFLICT DO NOTHING`,
            [brandId, goalId, ...values],
          );
        }
      }
      const removed = existing.filter((row) => !goals.has(row.goal_id) && !row.goal_removed_at);
      if (removed.length > 0) {
        await manager.query(
          'UPDATE kpis SET goal_removed_at = now(), updated_at = now() WHERE id = ANY($1::uuid[])',
          [removed.map((row) => row.id)],
        );
      }
    });
  }

  /** Rewrites the plan's mirrored cells (an archived plan's cells are dropped). */
  async mirrorPlan(documentId: string, brandId: string): Promise<void> {
    const [active] = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM documents WHERE id = $1 AND archived_at IS NULL',
      [documentId],
    );
    const rows: unknown[][] = [];
    if (active) {
      const doc = await this.editor.read(documentId);
      try {
        const plan = readPlan(doc);
        for (const block of ['PAID', 'OWNED', 'EARNED'] as const) {
          for (const row of plan.blocks[block]) {
            for (const [periodKey, cell] of Object.entries(row.cells)) {
              if (cell.budget === 0 && cell.quantity === 0) continue;
              rows.push([
                row.id,
                periodKey,
                block,
                row.channel.slice(0, 100),
                row.goalId.slice(0, 100),
                plan.settings.currency,
                cell.budget,
                cell.quantity,
                row.activity.slice(0, 300),
                row.pricing,
              ]);
            }
          }
        }
      } finally {
        doc.destroy();
      }
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM kpi_plan_cells WHERE document_id = $1', [documentId]);
      for (let i = 0; i < rows.length; i += 1000) {
        const batch = rows.slice(i, i + 1000);
        await manager.query(
          `INSERT INTO kpi_plan_cells (document_id, brand_id, row_id, period_key, block, channel,
                  goal_id, currency, budget, quantity, activity, pricing)
           SELECT $1, $2, r.* FROM jsonb_to_recordset($3::jsonb) AS r(row_id text, period_key text,
                  block text, channel text, goal_id text, currency text, budget bigint, quantity float8,
                  activity text, pricing text)`,
          [
            documentId,
            brandId,
            JSON.stringify(
              batch.map(
                ([
                  row_id,
                  period_key,
                  block,
                  channel,
                  goal_id,
                  currency,
                  budget,
                  quantity,
                  activity,
                  pricing,
                ]) => ({
                  row_id,
                  period_key,
                  block,
                  channel,
                  goal_id,
                  currency,
                  budget,
                  quantity,
                  activity,
                  pricing,
                }),
              ),
            ),
          ],
        );
      }
    });
  }

  /** The brand's plan currency: its media plans' (the most used), else the default. */
  async currencyOf(manager: EntityManager, brandId: string): Promise<string> {
    const [row] = await manager.query<Array<{ currency: string }>>(
      `SELECT currency FROM kpi_plan_cells WHERE brand_id = $1
        GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1`,
      [brandId],
    );
    return row?.currency ?? DEFAULT_CURRENCY;
  }
}

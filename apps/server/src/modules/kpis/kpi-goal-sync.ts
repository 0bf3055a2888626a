import { METRICS, metricFromText, unitOf } from '@chorus/kpi-model';
import { parseTarget } from '@chorus/strategy-model';
import type { EntityManager } from 'typeorm';
import type { EventLog, EventType } from '../events/index.js';
import type { StoredGoal } from './kpi-goal-source.entity.js';
import { KPI_COLUMNS, type KpiRow } from './kpi-rules.js';

/** A goal card and the strategy it was first found in (the KPI links to it). */
export interface SourcedGoal {
  documentId: string;
  goal: StoredGoal;
}

/** The goal-derived fields of a KPI row, in the row's own terms. */
type GoalFields = Pick<
  KpiRow,
  | 'name'
  | 'metric'
  | 'unit'
  | 'currency'
  | 'direction'
  | 'baseline'
  | 'target'
  | 'deadline'
  | 'strategy_document_id'
>;
const GOAL_FIELDS = [
  'name',
  'metric',
  'unit',
  'currency',
  'direction',
  'baseline',
  'target',
  'deadline',
  'strategy_document_id',
] as const satisfies readonly (keyof GoalFields)[];

/** What a goal card says a KPI's fields are. */
export function fieldsOfGoal({ documentId, goal }: SourcedGoal, currency: string): GoalFields {
  const metric = metricFromText(goal.metric) ?? 'followers';
  const unit = unitOf(metric, currency);
  return {
    name: goal.statement.slice(0, 300) || goal.metric.slice(0, 300) || goal.id,
    metric,
    unit: unit.kind,
    currency: unit.kind === 'money' ? currency : null,
    direction: METRICS[metric].direction,
    baseline: parseTarget(goal.baseline),
    target: goal.targetValue,
    deadline: goal.deadline || null,
    strategy_document_id: documentId,
  };
}

/** The changes between a KPI row and its goal (a field that differs, by name). */
export function changedFields(row: GoalFields, next: GoalFields): (keyof GoalFields)[] {
  return GOAL_FIELDS.filter((field) => row[field] !== next[field]);
}

/**
 * Brings a brand's goal KPIs in line with its goal cards inside `manager`'s transaction:
 * a new goal creates a KPI, a changed goal updates it, a goal gone from every strategy
 * marks its KPI "goal removed" (never deleted; a goal that comes back clears it). Each
 * change is recorded as the system's (no actor), so the brand's activity shows what the
 * sync did. Rows already in line are not written. Answers how many KPIs changed.
 */
export async function reconcileGoalKpis(
  manager: EntityManager,
  events: EventLog,
  brand: { id: string; workspaceId: string },
  goals: ReadonlyMap<string, SourcedGoal>,
  currency: string,
): Promise<number> {
  const existing = await manager.query<KpiRow[]>(
    `SELECT ${KPI_COLUMNS} FROM kpis k WHERE k.brand_id = $1 AND k.goal_id IS NOT NULL FOR UPDATE`,
    [brand.id],
  );
  const known = new Map(existing.map((row) => [row.goal_id!, row]));
  const record = (type: EventType, kpiId: string, data: Record<string, unknown>) =>
    events.record(manager, {
      type,
      workspaceId: brand.workspaceId,
      brandId: brand.id,
      actorId: null,
      subject: { type: 'kpi', id: kpiId },
      data,
    });
  let changes = 0;
  for (const [goalId, sourced] of goals) {
    const next = fieldsOfGoal(sourced, currency);
    const row = known.get(goalId);
    if (!row) {
      const [created] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO kpis (brand_id, goal_id, name, metric, unit, currency, direction, baseline,
                target, deadline, strategy_document_id, start_date)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CURRENT_DATE)
         ON CONFLICT DO NOTHING RETURNING id`,
        [brand.id, goalId, ...GOAL_FIELDS.map((field) => next[field])],
      );
      if (created) {
        await record('kpi.created', created.id, { name: next.name, metric: next.metric, goalId });
        changes += 1;
      }
      continue;
    }
    const fields = changedFields(row, next);
    const returned = row.goal_removed_at !== null;
    if (fields.length === 0 && !returned) continue;
    await manager.query(
      `UPDATE kpis SET name = $2, metric = $3, unit = $4, currency = $5, direction = $6,
              baseline = $7, target = $8, deadline = $9, strategy_document_id = $10,
              goal_removed_at = NULL, updated_at = now()
        WHERE id = $1`,
      [row.id, ...GOAL_FIELDS.map((field) => next[field])],
    );
    if (returned) await record('kpi.goal_returned', row.id, { name: next.name, goalId });
    if (fields.length > 0) {
      const single = fields.length === 1 ? fields[0]! : null;
      await record('kpi.updated', row.id, {
        name: row.name,
        fields,
        ...(single ? { before: row[single], after: next[single] } : {}),
      });
    }
    changes += 1;
  }
  const removed = existing.filter((row) => !goals.has(row.goal_id!) && !row.goal_removed_at);
  if (removed.length > 0) {
    await manager.query(
      'UPDATE kpis SET goal_removed_at = now(), updated_at = now() WHERE id = ANY($1::uuid[])',
      [removed.map((row) => row.id)],
    );
    for (const row of removed) {
      await record('kpi.goal_removed', row.id, { name: row.name, goalId: row.goal_id });
    }
    changes += removed.length;
  }
  return changes;
}

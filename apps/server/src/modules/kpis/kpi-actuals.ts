import type { EntityManager } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import { actualProblem, checkMonth, checkNetwork, checkStoredMetric } from './kpi-rules.js';

/** Most grid cells one upsert may carry. */
export const MAX_ACTUAL_CELLS = 5000;

/** A grid cell (or an API script's): written with a value, cleared with null. */
export interface ActualCell {
  network: string;
  metric: string;
  periodKey: string;
  postRef?: string | null;
  value: number | null;
}

/** Refuses the first bad cell with a VALIDATION naming it (`cells.<index>.<field>`). */
export function checkActualCells(cells: readonly ActualCell[]): void {
  if (cells.length > MAX_ACTUAL_CELLS) {
    throw AppError.validation('cells', `At most ${MAX_ACTUAL_CELLS} cells at once.`);
  }
  const seen = new Set<string>();
  cells.forEach((cell, index) => {
    checkNetwork(cell.network, `cells.${index}.network`);
    checkStoredMetric(cell.metric, `cells.${index}.metric`);
    checkMonth(cell.periodKey, `cells.${index}.periodKey`);
    if ((cell.postRef ?? '').length > 500)
      throw AppError.validation(`cells.${index}.postRef`, 'At most 500 characters.');
    if (cell.value !== null) {
      const problem = actualProblem(cell.metric, cell.value);
      if (problem) throw AppError.validation(`cells.${index}.value`, `${cell.metric}: ${problem}.`);
    }
    const key = `${cell.network}|${cell.metric}|${cell.periodKey}|${cell.postRef ?? ''}`;
    if (seen.has(key)) throw AppError.validation(`cells.${index}`, 'The same cell twice.');
    seen.add(key);
  });
}

/** Writes and clears actuals in one statement each (the caller's transaction). */
export async function writeActuals(
  manager: EntityManager,
  brandId: string,
  userId: string | null,
  cells: readonly ActualCell[],
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

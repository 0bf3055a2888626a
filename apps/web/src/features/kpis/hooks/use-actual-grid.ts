import { useApolloClient, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { METRICS, type MetricId } from '@chorus/kpi-model';
import { useCallback, useMemo } from 'react';
import type { KpiGridCellFieldsFragment } from '../../../gql/graphql';
import { useRefetchOnLiveEvents, type LiveEvent } from '../../live';
import type { SaveRequest, StoredCell, Theirs } from '../actuals-drafts';
import { cellKey } from '../actuals-grid';
import { KpiActualGridQuery, SetKpiActualMutation } from '../graphql/kpis.graphql';
import { toStored, toTyped } from '../kpi-format';

/** Actual changes (grid saves, imports, scripts) refetch the open grids. */
const isActualsEvent = (event: LiveEvent) => event.type.startsWith('kpi_actuals.');

/** How a save ended (see ActualsCells' SaveOutcome); `message` is the server's for failures. */
export type GridSaveResult =
  | { readonly kind: 'saved' }
  | { readonly kind: 'conflict'; readonly theirs: Theirs }
  | { readonly kind: 'failed'; readonly error: unknown };

/**
 * One network's actuals over `months` as the grid shows them (typed units, who saved each),
 * kept live: every actuals event of the brand refetches them. `save` writes one cell guarded
 * by the value it started from and puts the answer in the cache at once.
 */
export function useActualGrid(
  brandId: string,
  network: string,
  months: readonly string[],
  currency: string,
) {
  const client = useApolloClient();
  const variables = { brandId, network, from: months[0] ?? '', to: months.at(-1) ?? '' };
  const skip = months.length === 0;
  const { data, error } = useQuery(KpiActualGridQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
    skip,
  });
  useRefetchOnLiveEvents(brandId, ['KpiActualGrid'], isActualsEvent);

  const unitOf = (metric: string) =>
    metric in METRICS ? METRICS[metric as MetricId].unit : 'count';
  const stored = useMemo(() => {
    const cells = new Map<string, StoredCell>();
    for (const cell of data?.kpiActualGrid ?? []) {
      if (cell.value === null || cell.value === undefined) continue;
      cells.set(cellKey(cell.network, cell.metric, cell.periodKey), {
        value: toTyped(cell.value, unitOf(cell.metric), currency),
        by: cell.updatedByName ?? null,
      });
    }
    return cells;
  }, [data, currency]);

  const { brandId: b, network: n, from, to } = variables;
  const save = useCallback(
    async (
      cell: { metric: MetricId; periodKey: string },
      request: SaveRequest,
    ): Promise<GridSaveResult> => {
      const unit = unitOf(cell.metric);
      const stored = (value: number | null) =>
        value === null ? null : toStored(value, unit, currency);
      try {
        const result = await client.mutate({
          mutation: SetKpiActualMutation,
          variables: {
            input: {
              brandId: b,
              network: n,
              metric: cell.metric,
              periodKey: cell.periodKey,
              value: stored(request.value),
              expected: stored(request.expected),
            },
          },
        });
        const saved = result.data?.setKpiActual;
        if (saved) {
          client.cache.updateQuery(
            { query: KpiActualGridQuery, variables: { brandId: b, network: n, from, to } },
            (grid) => grid && { kpiActualGrid: withCell(grid.kpiActualGrid, saved) },
          );
        }
        return { kind: 'saved' };
      } catch (error) {
        const conflict = conflictOf(error);
        if (conflict) {
          const value =
            conflict.current === null ? null : toTyped(conflict.current, unit, currency);
          return { kind: 'conflict', theirs: { value, by: conflict.by } };
        }
        return { kind: 'failed', error };
      }
    },
    [client, b, n, from, to, currency],
  );

  return { stored, save, loaded: data !== undefined, error };
}

/** The grid's cells with `saved` in place of its old self (or without it when cleared). */
function withCell(
  cells: readonly KpiGridCellFieldsFragment[],
  saved: KpiGridCellFieldsFragment,
): KpiGridCellFieldsFragment[] {
  const same = (c: KpiGridCellFieldsFragment) =>
    c.network === saved.network && c.metric === saved.metric && c.periodKey === saved.periodKey;
  const rest = cells.filter((c) => !same(c));
  return saved.value === null || saved.value === undefined ? rest : [...rest, saved];
}

/** A CONFLICT of a cell's save: what it holds now (stored units) and who saved it. */
function conflictOf(error: unknown): { current: number | null; by: string | null } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions ?? {};
  if (extensions.code !== 'CONFLICT' || extensions.reason !== 'ACTUAL_CHANGED') return null;
  const current = typeof extensions.current === 'number' ? extensions.current : null;
  const by = typeof extensions.updatedByName === 'string' ? extensions.updatedByName : null;
  return { current, by };
}

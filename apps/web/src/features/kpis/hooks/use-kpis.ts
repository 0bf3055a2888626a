import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  ArchiveKpiMutation,
  CreateKpiMutation,
  KpiDashboardQuery,
  KpisQuery,
  SetKpiTargetsMutation,
  SyncKpisFromGoalsMutation,
  UpdateKpiMutation,
} from '../graphql/kpis.graphql';

export type { KpiDashboardQuery, KpiFieldsFragment } from '../../../gql/graphql';

/** What changes KPIs or actuals refreshes every KPI view of the page. */
const REFRESH = ['Kpis', 'KpiDashboard', 'KpiPostResults'];

/** The dashboard of a range of months (network first: actuals change under other people). */
export function useKpiDashboard(brandId: string, from: string, to: string, skip = false) {
  return useQuery(KpiDashboardQuery, {
    variables: { brandId, from, to },
    fetchPolicy: 'cache-and-network',
    skip,
  });
}

/** The brand's KPIs; archived ones too when asked. */
export function useKpis(brandId: string, archived: boolean) {
  return useQuery(KpisQuery, {
    variables: { brandId, archived },
    fetchPolicy: 'cache-and-network',
  });
}

export function useCreateKpi() {
  return useMutation(CreateKpiMutation, { refetchQueries: REFRESH, awaitRefetchQueries: true });
}

export function useUpdateKpi() {
  return useMutation(UpdateKpiMutation, { refetchQueries: REFRESH, awaitRefetchQueries: true });
}

export function useArchiveKpi() {
  return useMutation(ArchiveKpiMutation, { refetchQueries: REFRESH, awaitRefetchQueries: true });
}

export function useSetKpiTargets() {
  return useMutation(SetKpiTargetsMutation, {
    refetchQueries: REFRESH,
    awaitRefetchQueries: true,
  });
}

export function useSyncKpisFromGoals() {
  return useMutation(SyncKpisFromGoalsMutation, {
    refetchQueries: REFRESH,
    awaitRefetchQueries: true,
  });
}

/** Refetches every KPI view of the page (after an import, which is not a GraphQL mutation). */
export function useRefreshKpis(): () => void {
  const apollo = useApolloClient();
  return useCallback(() => {
    void apollo.refetchQueries({ include: REFRESH });
  }, [apollo]);
}

import { useQuery } from '@apollo/client/react';
import type { AuditFilter } from '../../../gql/graphql';
import { ActivityFiltersQuery, AuditLogQuery } from '../graphql/activity.graphql';

/** Entries per page. */
export const ACTIVITY_PAGE = 50;

/** The activity list for a filter, with "load more" (keyset pages appended). */
export function useAuditLog(workspaceId: string, filter: AuditFilter) {
  const result = useQuery(AuditLogQuery, {
    variables: { workspaceId, filter, first: ACTIVITY_PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const page = result.data?.auditLog;
  const loadMore = () =>
    page?.endCursor
      ? result.fetchMore({
          variables: { after: page.endCursor },
          updateQuery: (previous, { fetchMoreResult }) => ({
            auditLog: {
              ...fetchMoreResult.auditLog,
              entries: [...previous.auditLog.entries, ...fetchMoreResult.auditLog.entries],
            },
          }),
        })
      : undefined;
  return {
    entries: page?.entries ?? [],
    hasMore: page?.hasMore ?? false,
    loading: result.loading,
    error: result.error,
    loadMore,
  };
}

/** People, brands and parked jobs of the workspace. */
export function useActivityFilters(workspaceId: string) {
  const { data } = useQuery(ActivityFiltersQuery, { variables: { id: workspaceId } });
  return {
    people: data?.workspace.members.map((member) => member.user) ?? [],
    brands: data?.workspace.brands ?? [],
    parkedJobs: data?.parkedJobs ?? [],
  };
}

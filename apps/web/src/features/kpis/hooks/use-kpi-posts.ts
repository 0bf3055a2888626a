import { useQuery } from '@apollo/client/react';
import { KpiPostResultsQuery } from '../graphql/kpi-posts.graphql';

export type { KpiPostResultsQuery } from '../../../gql/graphql';

/** The brand's most engaging posts in a range of months (one network, or all; one post). */
export function useKpiPostResults(
  brandId: string,
  from: string,
  to: string,
  network: string | null,
  skip = false,
  postRef?: string,
) {
  return useQuery(KpiPostResultsQuery, {
    variables: postRef
      ? { brandId, from, to, network, postRef, first: 20 }
      : { brandId, from, to, network, first: 20 },
    fetchPolicy: 'cache-and-network',
    skip,
  });
}

import { useQuery } from '@apollo/client/react';
import { AudienceActivityQuery } from '../graphql/audience-activity.graphql';

/** The brand's audience-activity grids with their best hours (skipped without metrics.read). */
export function useAudienceActivity(brandId: string, canRead: boolean) {
  return useQuery(AudienceActivityQuery, { variables: { brandId }, skip: !canRead });
}

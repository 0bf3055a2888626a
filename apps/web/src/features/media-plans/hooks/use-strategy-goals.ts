import { useQuery } from '@apollo/client/react';
import { BrandStrategyGoalsQuery } from '../graphql/strategy-goals.graphql';

/** The SMART goals of a brand's strategies, for a row's goal picker (none without a brand). */
export function useBrandStrategyGoals(brandId: string | undefined) {
  return useQuery(BrandStrategyGoalsQuery, {
    variables: { brandId: brandId ?? '' },
    skip: !brandId,
  });
}

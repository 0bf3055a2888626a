import { useOutletContext } from 'react-router';
import type { BrandSummaryQuery } from '../../../gql/graphql';

export interface BrandContext {
  brand: BrandSummaryQuery['brand'];
}

/** The brand the page is in, as its layout loaded it (name, my roles, my actions). */
export function useBrand(): BrandContext['brand'] {
  return useOutletContext<BrandContext>().brand;
}

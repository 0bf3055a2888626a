import { useOutletContext } from 'react-router';
import type { BrandSummaryQuery } from '../../../gql/graphql';

export interface BrandContext {
  brand: BrandSummaryQuery['brand'];
}

/** The brand the page is in, as its layout loaded it (name, my roles, my actions). */
export function useBrand(): BrandContext['brand'] {
  return useOutletContext<BrandContext>().brand;
}

/**
 * The brand of the page when it is inside a brand's layout, else null: a kind's parts are
 * also shown on pages outside it (a guest's share link shows the document's preview).
 */
export function useBrandIfAny(): BrandContext['brand'] | null {
  return useOutletContext<BrandContext | undefined>()?.brand ?? null;
}

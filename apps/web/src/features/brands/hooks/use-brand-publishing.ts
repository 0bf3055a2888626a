import { useMutation, useQuery } from '@apollo/client/react';
import {
  BrandPublishingQuery,
  UpdateBrandPublishingMutation,
} from '../graphql/brand-publishing.graphql';

/** The brand's promotional cap and UTM defaults. */
export function useBrandPublishing(id: string) {
  return useQuery(BrandPublishingQuery, { variables: { id } });
}

/** Saves them; the content mix asks again for its cap (it is read with each mix). */
export function useUpdateBrandPublishing() {
  return useMutation(UpdateBrandPublishingMutation, { refetchQueries: ['ContentMix'] });
}

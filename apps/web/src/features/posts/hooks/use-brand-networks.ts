import { useQuery } from '@apollo/client/react';
import { isNetworkId, type NetworkId } from '@chorus/post-model';
import { useMemo } from 'react';
import { PostBrandNetworksQuery } from '../graphql/posts.graphql';

/**
 * The networks the brand uses, as post-model ids; null while loading (or when the brand
 * could not be read — the editor then offers the networks that already have a text).
 * A share-link guest may not read the brand: `skip`, and the post's own networks show.
 */
export function useBrandNetworks(
  brandId: string,
  skip = false,
): {
  networks: NetworkId[] | null;
  failed: boolean;
} {
  const { data, error } = useQuery(PostBrandNetworksQuery, { variables: { id: brandId }, skip });
  const networks = useMemo(
    () =>
      data?.brand.networks
        .map((network) => network.toLowerCase())
        .filter((network): network is NetworkId => isNetworkId(network)) ?? null,
    [data],
  );
  return { networks, failed: error !== undefined };
}

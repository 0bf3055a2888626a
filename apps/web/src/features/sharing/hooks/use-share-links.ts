import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateShareLinkMutation,
  RevokeShareLinkMutation,
  ShareLinksQuery,
} from '../graphql/sharing.graphql';

/** The brand's share links (every one, or one document's), newest first as the server sends. */
export function useShareLinks(brandId: string, documentId?: string | null) {
  return useQuery(ShareLinksQuery, {
    variables: { brandId, documentId: documentId ?? null },
    fetchPolicy: 'cache-and-network',
  });
}

/** Creates a link; every list of the brand's links asks again. */
export function useCreateShareLink() {
  return useMutation(CreateShareLinkMutation, { refetchQueries: [ShareLinksQuery] });
}

/** Revokes a link (the answer updates it in the cache; the lists ask again). */
export function useRevokeShareLink() {
  return useMutation(RevokeShareLinkMutation, {
    refetchQueries: [ShareLinksQuery],
    awaitRefetchQueries: true,
  });
}

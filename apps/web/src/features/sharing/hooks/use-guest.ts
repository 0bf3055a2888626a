import { useMutation, useQuery } from '@apollo/client/react';
import type { CalendarFilterInput } from '../../../gql/graphql';
import {
  ConfirmGuestEmailMutation,
  GuestCalendarPostsQuery,
  GuestDocumentApprovalsQuery,
  GuestDocumentQuery,
  GuestSessionQuery,
  RedeemShareLinkMutation,
  ShareLinkPreviewQuery,
} from '../graphql/sharing.graphql';

/**
 * How often an open guest page asks whether its link still holds. A revoked or expired link
 * must say so within 5 s; the document's socket usually says it sooner (closed as revoked).
 */
export const GUEST_CHECK_MS = 3_000;

/** What a link offers (NOT_FOUND for any dead link). */
export function useShareLinkPreview(token: string) {
  return useQuery(ShareLinkPreviewQuery, {
    variables: { token },
    fetchPolicy: 'network-only',
  });
}

/** The guest session of this browser, asked again every few seconds while `watch` is on. */
export function useGuestSession(watch: boolean) {
  return useQuery(GuestSessionQuery, {
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'network-only',
    pollInterval: watch ? GUEST_CHECK_MS : 0,
    notifyOnNetworkStatusChange: false,
  });
}

/** Redeems a link: the server sets the guest cookie and answers the session. */
export function useRedeemShareLink() {
  return useMutation(RedeemShareLinkMutation, {
    update: (cache, { data }) => {
      if (data) {
        cache.writeQuery({
          query: GuestSessionQuery,
          data: { guestSession: data.redeemShareLink },
        });
      }
    },
  });
}

export function useConfirmGuestEmail() {
  return useMutation(ConfirmGuestEmailMutation, {
    update: (cache, { data }) => {
      if (data) {
        cache.writeQuery({
          query: GuestSessionQuery,
          data: { guestSession: data.confirmGuestEmail },
        });
      }
    },
  });
}

/** The shared document (or a post of a shared calendar). */
export function useGuestDocument(documentId: string) {
  return useQuery(GuestDocumentQuery, { variables: { id: documentId } });
}

/** The shared document's approval requests (approve links), kept fresh. */
export function useGuestApprovals(documentId: string, skip: boolean) {
  return useQuery(GuestDocumentApprovalsQuery, {
    variables: { documentId },
    skip,
    fetchPolicy: 'cache-and-network',
    pollInterval: 10_000,
  });
}

/** The posts of the shared calendar range. */
export function useGuestCalendarPosts(
  range: {
    brandId: string;
    from: string;
    to: string;
    filter: CalendarFilterInput | null;
  } | null,
) {
  return useQuery(GuestCalendarPostsQuery, {
    variables: range ?? { brandId: '', from: '', to: '', filter: null },
    skip: !range,
    fetchPolicy: 'cache-and-network',
  });
}

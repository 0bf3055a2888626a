import { useMutation, useQuery } from '@apollo/client/react';
import type { DocumentKind } from '../../../gql/graphql';
import {
  ApprovalChangeMarkersQuery,
  ApprovalHistoryQuery,
  ChooseApprovalFlowMutation,
  DecideApprovalMutation,
  DocumentApprovalStateQuery,
  MarkApprovalChangeSeenMutation,
  SkipApprovalStepMutation,
  SubmitForApprovalMutation,
  VersionDiffQuery,
  WithdrawApprovalMutation,
} from '../graphql/approvals.graphql';

/**
 * How often an open document asks again for its approval state and the caller's "changed
 * after your approval" markers (until live notifications push them).
 */
export const APPROVAL_POLL_MS = 10_000;

/** The flow the document follows, the brand's flows for its kind and its requests. */
export function useDocumentApprovalState(documentId: string, brandId: string, kind: DocumentKind) {
  return useQuery(DocumentApprovalStateQuery, {
    variables: { documentId, brandId, kind },
    fetchPolicy: 'cache-and-network',
    pollInterval: APPROVAL_POLL_MS,
  });
}

/** The caller's unseen "changed after your approval" markers on one document. */
export function useDocumentChangeMarkers(documentId: string) {
  const result = useQuery(ApprovalChangeMarkersQuery, {
    fetchPolicy: 'cache-and-network',
    pollInterval: APPROVAL_POLL_MS,
  });
  const markers = (result.data ?? result.previousData)?.myApprovalChangeMarkers.filter(
    (marker) => marker.documentId === documentId && !marker.seenAt,
  );
  return { markers: markers ?? [], error: result.error };
}

/** The document's approval trail (asked for while it is shown). */
export function useApprovalHistory(documentId: string) {
  return useQuery(ApprovalHistoryQuery, {
    variables: { documentId },
    fetchPolicy: 'cache-and-network',
  });
}

/** After any approval change: the state, the trail and the version list follow. */
const refetchAfterChange = {
  refetchQueries: [
    DocumentApprovalStateQuery,
    ApprovalHistoryQuery,
    ApprovalChangeMarkersQuery,
    'DocumentVersions',
  ],
  awaitRefetchQueries: true,
};

export function useChooseApprovalFlow() {
  return useMutation(ChooseApprovalFlowMutation, refetchAfterChange);
}

export function useSubmitForApproval() {
  return useMutation(SubmitForApprovalMutation, refetchAfterChange);
}

export function useDecideApproval() {
  return useMutation(DecideApprovalMutation, refetchAfterChange);
}

export function useSkipApprovalStep() {
  return useMutation(SkipApprovalStepMutation, refetchAfterChange);
}

export function useWithdrawApproval() {
  return useMutation(WithdrawApprovalMutation, refetchAfterChange);
}

export function useMarkApprovalChangeSeen() {
  return useMutation(MarkApprovalChangeSeenMutation, {
    refetchQueries: [ApprovalChangeMarkersQuery],
    awaitRefetchQueries: true,
  });
}

/** The server's comparison of two versions (it never changes: the cache keeps it). */
export function useVersionDiff(fromVersionId: string, toVersionId: string) {
  return useQuery(VersionDiffQuery, { variables: { fromVersionId, toVersionId } });
}

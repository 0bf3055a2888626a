import { useMutation, useQuery } from '@apollo/client/react';
import { MyWorkspacesQuery } from '../../workspaces';
import { AcceptInvitationMutation, InvitationPreviewQuery } from '../graphql/invitations.graphql';

/** What an invitation link offers; always asked afresh, since a link can be used up elsewhere. */
export function useInvitationPreview(token: string) {
  return useQuery(InvitationPreviewQuery, { variables: { token }, fetchPolicy: 'network-only' });
}

/** Joins the workspace; the list of mine follows before the promise settles. */
export function useAcceptInvitation() {
  return useMutation(AcceptInvitationMutation, {
    refetchQueries: [MyWorkspacesQuery],
    awaitRefetchQueries: true,
  });
}

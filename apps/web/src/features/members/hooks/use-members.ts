import { useMutation, useQuery } from '@apollo/client/react';
import { MyWorkspacesQuery, WorkspaceSummaryQuery } from '../../workspaces';
import {
  ChangeMemberRoleMutation,
  CreateInvitationMutation,
  RemoveMemberMutation,
  ResendInvitationMutation,
  RevokeInvitationMutation,
  WorkspaceMembersQuery,
} from '../graphql/members.graphql';

/** A workspace's members and invitations (for those who manage them). */
export function useWorkspaceMembers(workspaceId: string) {
  return useQuery(WorkspaceMembersQuery, { variables: { id: workspaceId } });
}

/** Changes a member's role. One's own role changes what one may do: the layout and the switcher ask again. */
export function useChangeMemberRole() {
  return useMutation(ChangeMemberRoleMutation, {
    refetchQueries: [WorkspaceMembersQuery, WorkspaceSummaryQuery, MyWorkspacesQuery],
  });
}

/** Removes a member; the list follows before the promise settles. */
export function useRemoveMember() {
  return useMutation(RemoveMemberMutation, {
    refetchQueries: [WorkspaceMembersQuery],
    awaitRefetchQueries: true,
  });
}

/** Creates an invitation link; the invitation list follows. */
export function useCreateInvitation() {
  return useMutation(CreateInvitationMutation, { refetchQueries: [WorkspaceMembersQuery] });
}

export function useRevokeInvitation() {
  return useMutation(RevokeInvitationMutation);
}

/** Sends an invitation again with a new link. */
export function useResendInvitation() {
  return useMutation(ResendInvitationMutation);
}

import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateTeamMutation,
  DeleteTeamMutation,
  RenameTeamMutation,
  SetTeamMemberRolesMutation,
  WorkspaceTeamsQuery,
} from '../graphql/teams.graphql';

/** After a change, the teams page shows the server's list before the promise settles. */
const refetchTeams = { refetchQueries: [WorkspaceTeamsQuery], awaitRefetchQueries: true };

/** The workspace's teams with their people, and the members who could join them. */
export function useWorkspaceTeams(workspaceId: string) {
  return useQuery(WorkspaceTeamsQuery, { variables: { id: workspaceId } });
}

export function useCreateTeam() {
  return useMutation(CreateTeamMutation, refetchTeams);
}

export function useRenameTeam() {
  return useMutation(RenameTeamMutation);
}

export function useDeleteTeam() {
  return useMutation(DeleteTeamMutation, refetchTeams);
}

/** Sets a person's roles in a team; no roles takes them out of it. */
export function useSetTeamMemberRoles() {
  return useMutation(SetTeamMemberRolesMutation, refetchTeams);
}

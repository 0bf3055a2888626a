import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateWorkspaceMutation,
  LeaveWorkspaceMutation,
  MyWorkspacesQuery,
  RenameWorkspaceMutation,
  WorkspaceSummaryQuery,
} from '../graphql/workspaces.graphql';

/** Every workspace the signed-in person belongs to, with their role in each. */
export function useMyWorkspaces() {
  return useQuery(MyWorkspacesQuery);
}

/** One workspace's name, my role and my actions (what its layout hands its pages). */
export function useWorkspaceSummary(id: string) {
  return useQuery(WorkspaceSummaryQuery, { variables: { id } });
}

/** Creates a workspace; the list of mine follows before the promise settles. */
export function useCreateWorkspace() {
  return useMutation(CreateWorkspaceMutation, {
    refetchQueries: [MyWorkspacesQuery],
    awaitRefetchQueries: true,
  });
}

export function useRenameWorkspace() {
  return useMutation(RenameWorkspaceMutation);
}

/** Leaves a workspace; the list of mine follows before the promise settles. */
export function useLeaveWorkspace() {
  return useMutation(LeaveWorkspaceMutation, {
    refetchQueries: [MyWorkspacesQuery],
    awaitRefetchQueries: true,
  });
}

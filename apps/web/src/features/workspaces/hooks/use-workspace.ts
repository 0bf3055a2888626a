import { useOutletContext } from 'react-router';
import type { WorkspaceSummaryQuery } from '../../../gql/graphql';

export interface WorkspaceContext {
  workspace: WorkspaceSummaryQuery['workspace'];
}

/** The workspace the page is in, as its layout loaded it (name, my role, my actions). */
export function useWorkspace(): WorkspaceContext['workspace'] {
  return useOutletContext<WorkspaceContext>().workspace;
}

/** Whether the signed-in person may perform a workspace-scope action here. */
export function useCan(action: string): boolean {
  return useWorkspace().myActions.includes(action);
}

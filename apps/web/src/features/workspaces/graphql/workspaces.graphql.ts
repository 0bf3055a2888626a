import { graphql } from '../../../gql';

/** The signed-in user's workspaces, for the switcher, the home page and the list. */
export const MyWorkspacesQuery = graphql(`
  query MyWorkspaces {
    workspaces {
      id
      name
      myRole
    }
  }
`);

/** What the workspace layout needs: the name and what the user may do here. */
export const WorkspaceSummaryQuery = graphql(`
  query WorkspaceSummary($id: ID!) {
    workspace(id: $id) {
      id
      name
      myRole
      myActions
    }
  }
`);

export const CreateWorkspaceMutation = graphql(`
  mutation CreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) {
      id
      name
      myRole
      myActions
    }
  }
`);

export const RenameWorkspaceMutation = graphql(`
  mutation RenameWorkspace($input: RenameWorkspaceInput!) {
    renameWorkspace(input: $input) {
      id
      name
    }
  }
`);

export const LeaveWorkspaceMutation = graphql(`
  mutation LeaveWorkspace($workspaceId: ID!) {
    leaveWorkspace(workspaceId: $workspaceId)
  }
`);

import { graphql } from '../../../gql';

/** The workspace's teams with their people, and the members who can join them. */
export const WorkspaceTeamsQuery = graphql(`
  query WorkspaceTeams($id: ID!) {
    workspace(id: $id) {
      id
      myActions
      members {
        role
        joinedAt
        user {
          id
          email
          displayName
        }
      }
      teams {
        id
        name
        members {
          roles
          user {
            id
            email
            displayName
          }
        }
      }
    }
  }
`);

export const CreateTeamMutation = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
    }
  }
`);

export const RenameTeamMutation = graphql(`
  mutation RenameTeam($input: RenameTeamInput!) {
    renameTeam(input: $input) {
      id
      name
    }
  }
`);

export const DeleteTeamMutation = graphql(`
  mutation DeleteTeam($teamId: ID!) {
    deleteTeam(teamId: $teamId)
  }
`);

export const SetTeamMemberRolesMutation = graphql(`
  mutation SetTeamMemberRoles($input: SetTeamMemberRolesInput!) {
    setTeamMemberRoles(input: $input) {
      roles
      user {
        id
      }
    }
  }
`);
